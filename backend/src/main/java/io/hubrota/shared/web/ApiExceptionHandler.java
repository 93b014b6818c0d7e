package io.hubrota.shared.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into an RFC 9457 problem (application/problem+json), so the frontend has one
 * error shape to show: field errors for validation, row errors for imports, a readable reason otherwise.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static final String ERRORS = "errors";

    /** Problem type of a 409 for an edit against a stale version (docs/security.md lists the API's problem types). */
    public static final URI STALE_VERSION = URI.create("urn:hubrota:problem:stale-version");

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage());
        problem.setType(STALE_VERSION);
        return problem;
    }

    @ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
    ProblemDetail staleEdit(Exception e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed by someone else",
                "Someone else changed this while you were editing it. Reload to see their change, then try again.");
        problem.setType(STALE_VERSION);
        return problem;
    }

    /** A database constraint caught what the checks before it did not, e.g. a record still in use elsewhere. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The change conflicts with other stored data (a duplicate code, or a record still in use).");
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Cannot be processed", e.getMessage());
        if (!e.getErrors().isEmpty()) {
            problem.setProperty(ERRORS, e.getErrors());
        }
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You do not have permission to do this.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in to continue.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations()
            .stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
        return invalid(errors);
    }

    /** The last resort: the client learns something went wrong, the log gets the stack trace. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error in an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on the server. The error has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(fieldErrors(e.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults()
            .stream()
            .flatMap(result -> result.getResolvableErrors()
                .stream()
                .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
            .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
            .body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
                    "The request body is missing or is not valid JSON of the expected shape."));
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> fields = result.getFieldErrors()
            .stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
        List<FieldError> objects = result.getGlobalErrors()
            .stream()
            .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()))
            .toList();
        return Stream.concat(fields.stream(), objects.stream()).toList();
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "Some fields are not valid; see errors.");
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

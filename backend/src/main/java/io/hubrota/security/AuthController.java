package io.hubrota.security;

import io.hubrota.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in, sign-out and "who am I" for the browser SPA, as JSON. */
@Tag(name = "Authentication", description = "Session sign-in, sign-out and CSRF token")
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AuthenticationManager authenticationManager;

    private final SecurityContextRepository securityContextRepository;

    private final CsrfTokenRepository csrfTokenRepository;

    private final CurrentUser currentUser;

    private final AuditLog auditLog;

    private final SecurityContextHolderStrategy securityContextHolder = SecurityContextHolder
        .getContextHolderStrategy();

    AuthController(AuthenticationManager authenticationManager, SecurityContextRepository securityContextRepository,
            CsrfTokenRepository csrfTokenRepository, CurrentUser currentUser, AuditLog auditLog) {
        this.authenticationManager = authenticationManager;
        this.securityContextRepository = securityContextRepository;
        this.csrfTokenRepository = csrfTokenRepository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Operation(operationId = "getCsrfToken",
            summary = "Sets the XSRF-TOKEN cookie that every non-GET request must echo in the X-XSRF-TOKEN header")
    @ApiResponse(responseCode = "204", description = "The XSRF-TOKEN cookie is set")
    @GetMapping("/csrf")
    ResponseEntity<Void> csrf(@Parameter(hidden = true) CsrfToken token) {
        // Reading the deferred token is what makes the repository write the cookie.
        token.getToken();
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "login", summary = "Sign in with username and password; starts a session")
    @ApiResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = CurrentUserResponse.class)))
    @ApiResponse(responseCode = "400", description = "Missing username or password", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Wrong username or password", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/login")
    ResponseEntity<Object> login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
            HttpServletResponse response) {
        Authentication authentication;
        try {
            authentication = authenticationManager
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()));
        }
        catch (AuthenticationException e) {
            // One message for every failure, so the response does not reveal which usernames exist.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Wrong username or password.");
            problem.setTitle("Sign-in failed");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        // A new session id after sign-in, so an id planted before it (session fixation) is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = securityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        securityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
        // And a new CSRF token, for the same reason.
        csrfTokenRepository.saveToken(csrfTokenRepository.generateToken(request), request, response);
        return ResponseEntity.ok(CurrentUserResponse.of(currentUser.get()));
    }

    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    @ApiResponse(responseCode = "200", description = "The signed-in user")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/me")
    CurrentUserResponse me() {
        return CurrentUserResponse.of(currentUser.get());
    }

    @Operation(operationId = "logout", summary = "Sign out; ends the session")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = securityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            auditLog.record(authentication.getName(), "LOGOUT", authentication.getName(), null);
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        csrfTokenRepository.saveToken(null, request, response);
        return ResponseEntity.noContent().build();
    }
}

package io.hubrota.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class ApiExceptionHandlerTests {

    record ThingRequest(@NotBlank String name, @Positive int size) {
    }

    @RestController
    static class FailingController {

        @GetMapping("/missing")
        void missing() {
            throw new NotFoundException("No hub 42");
        }

        @GetMapping("/conflict")
        void conflict() {
            throw new ConflictException("Hub code BLY is taken");
        }

        @GetMapping("/stale")
        void stale() {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }

        @GetMapping("/import")
        void badImport() {
            throw new UnprocessableException("2 rows are invalid",
                    List.of(new RowError(3, "arrivals", "must be a whole number"),
                            new RowError(7, "hour", "must be 0-23")));
        }

        @GetMapping("/rule")
        void rule() {
            throw new UnprocessableException("The rota is already published");
        }

        @GetMapping("/forbidden")
        void forbidden() {
            throw new AccessDeniedException("not your hub");
        }

        @GetMapping("/boom")
        void boom() {
            throw new IllegalStateException("internal detail that must not leak");
        }

        @PostMapping("/things")
        void create(@Valid @RequestBody ThingRequest request) {
        }
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ApiExceptionHandler())
            .setValidator(validator)
            .build();
    }

    @Test
    void notFoundConflictAndForbiddenAreProblems() throws Exception {
        mvc.perform(get("/missing"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("No hub 42"));
        mvc.perform(get("/conflict")).andExpect(status().isConflict()).andExpect(jsonPath("$.status").value(409));
        mvc.perform(get("/forbidden")).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditIs409WithAReadableReason() throws Exception {
        mvc.perform(get("/stale"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("Reload")));
    }

    @Test
    void importErrorsAre422WithRowErrors() throws Exception {
        mvc.perform(get("/import"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].row").value(3))
            .andExpect(jsonPath("$.errors[0].field").value("arrivals"))
            .andExpect(jsonPath("$.errors[1].message").value("must be 0-23"));
        mvc.perform(get("/rule"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void validationErrorsAre400WithFieldErrors() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"size\":0}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors.length()").value(2))
            .andExpect(jsonPath("$.errors[0].field").value("name"))
            .andExpect(jsonPath("$.errors[1].field").value("size"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.title").value("Malformed request"));
    }

    @Test
    void unexpectedErrorsAre500WithoutInternals() throws Exception {
        mvc.perform(get("/boom"))
            .andExpect(status().isInternalServerError())
            .andExpect(jsonPath("$.detail").value("Something went wrong on the server. The error has been logged."));
    }
}

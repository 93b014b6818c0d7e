package io.hubrota.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class StaleVersionProblemTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aStaleVersionIsA409OfItsOwnTypeWithTheReasonAsDetail() {
        ProblemDetail problem = handler.staleVersion(new StaleVersionException("Hub H1 was changed by someone else"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(ApiExceptionHandler.STALE_VERSION);
        assertThat(problem.getDetail()).isEqualTo("Hub H1 was changed by someone else");
    }

    @Test
    void jpasOwnVersionCheckGivesTheSameType() {
        assertThat(handler.staleEdit(new OptimisticLockException()).getType())
                .isEqualTo(ApiExceptionHandler.STALE_VERSION);
    }

    @Test
    void otherConflictsKeepTheBlankType() {
        ProblemDetail problem = handler.conflict(new ConflictException("Hub code H1 is already used"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType().toString()).isEqualTo("about:blank");
    }
}

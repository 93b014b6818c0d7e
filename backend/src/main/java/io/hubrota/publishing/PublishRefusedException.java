package io.hubrota.publishing;

import io.hubrota.solver.checker.Violation;
import java.util.List;

/** The working copy breaks hard rules, so nothing was published; answered with 422 listing the violations. */
class PublishRefusedException extends RuntimeException {

    private final List<Violation> violations;

    PublishRefusedException(List<Violation> violations) {
        super("The rota breaks " + violations.size() + " hard rule(s); nothing was published");
        this.violations = List.copyOf(violations);
    }

    List<Violation> getViolations() {
        return violations;
    }
}

package io.hubrota.solver.checker;

import java.util.List;

/** The checker's verdict. {@code hardPenalty} equals minus the solver's hard score for the same rota. */
public record CheckReport(List<Violation> violations, long hardPenalty) {

    public boolean isValid() {
        return violations.isEmpty();
    }
}

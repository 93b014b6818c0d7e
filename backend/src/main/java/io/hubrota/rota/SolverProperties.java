package io.hubrota.rota;

import io.hubrota.solver.constraints.ConstraintWeights;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hubrota.solver.*}: constraint weights for every rota this installation solves, by constraint name, e.g.
 * {@code hubrota.solver.constraint-weights[Travel minutes]=0hard/0medium/2soft}. Checked at start-up, so a typo in a
 * name or a negative weight stops the application with a message instead of being ignored.
 */
@ConfigurationProperties("hubrota.solver")
record SolverProperties(Map<String, String> constraintWeights) {

    SolverProperties {
        constraintWeights = constraintWeights == null ? Map.of() : Map.copyOf(constraintWeights);
        ConstraintWeights.parse(constraintWeights);
    }
}

package io.hubrota.cli;

import io.hubrota.solver.run.TimedSolve;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one-line result of a solver run, as the solve command and the rota benchmark print it. */
final class RunSummary {

    private RunSummary() {
    }

    static Map<String, Object> of(String dataset, long seed, long seconds, TimedSolve.Result result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("dataset", dataset);
        line.put("seed", seed);
        line.put("seconds", seconds);
        line.put("hard", result.score().hardScore());
        line.put("medium", result.score().mediumScore());
        line.put("soft", result.score().softScore());
        line.put("firstFeasibleSeconds", result.firstFeasibleSeconds() < 0 ? null : result.firstFeasibleSeconds());
        line.put("moveEvaluationSpeed", result.moveEvaluationSpeed());
        return line;
    }
}

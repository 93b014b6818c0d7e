package io.hubrota.solver.benchmark.curtois;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hubrota.solver.domain.RotaSolution;

/** Solves an instance with the benchmark's configuration but only the given custom phases, and judges the roster. */
final class CurtoisPhaseRuns {

    private CurtoisPhaseRuns() {
    }

    @SafeVarargs
    static RotaSolution solve(CurtoisInstance instance, PhaseCommand<RotaSolution>... phases) {
        SolverConfig config = SolverConfig.createFromXmlResource("solver/curtois-solver.xml")
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(phases));
        return SolverFactory.<RotaSolution>create(config).buildSolver().solve(CurtoisImporter.toSolution(instance));
    }

    /** The independent evaluator's verdict on the solved roster. */
    static CurtoisEvaluation evaluate(CurtoisInstance instance, RotaSolution solution) {
        return CurtoisEvaluator.evaluate(instance, CurtoisImporter.toRoster(instance, solution));
    }
}

package io.hubrota.solver.benchmark.curtois;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.BestLineDescent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BestLineDescent} alone (no local search) on real instances, checked by the independent evaluator: every
 * Curtois–Qu limit is a limit on one staff member's line, so the line-by-line construction must keep all of them.
 */
class CurtoisBestLineDescentTests {

    @ParameterizedTest
    @ValueSource(strings = { "Instance1", "Instance2", "Instance3", "Instance4", "Instance5", "Instance6", "Instance7",
            "Instance8", "Instance9", "Instance10", "Instance11", "Instance12" })
    void descentAloneGivesAFeasibleRosterWithTheObjectiveItsScoreClaims(String name) {
        CurtoisInstance instance = CurtoisTestFiles.instance(name);
        SolverConfig config = SolverConfig.createFromXmlResource("solver/curtois-solver.xml")
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new BestLineDescent()));

        RotaSolution solved = SolverFactory.<RotaSolution>create(config).buildSolver()
                .solve(CurtoisImporter.toSolution(instance));
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance,
                CurtoisImporter.toRoster(instance, solved));

        assertThat(evaluation.hardViolations()).isEmpty();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(-solved.getScore().softScore()).isEqualTo(evaluation.objective());
        long required = instance.cover().stream().mapToLong(CurtoisCoverRequirement::requirement).sum();
        long assigned = solved.getClinicianDays().stream().filter(day -> day.getPost() != null).count();
        assertThat(assigned).as("shifts assigned vs cover required").isGreaterThanOrEqualTo(required * 3 / 4);
    }
}

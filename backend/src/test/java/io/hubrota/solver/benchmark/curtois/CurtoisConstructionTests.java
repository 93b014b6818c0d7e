package io.hubrota.solver.benchmark.curtois;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.WorkPatternConstruction;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WorkPatternConstruction} alone (no local search) on real instances, checked by the independent evaluator. */
class CurtoisConstructionTests {

    /** The limits the construction checks date by date; only the minimum total and the minimum run may stay short. */
    private static final Set<CurtoisHardRule> NEVER_BROKEN = EnumSet.complementOf(
            EnumSet.of(CurtoisHardRule.MIN_TOTAL_MINUTES, CurtoisHardRule.MIN_CONSECUTIVE_SHIFTS));

    @ParameterizedTest
    @ValueSource(strings = { "Instance1", "Instance2", "Instance3", "Instance4", "Instance6", "Instance10" })
    void constructionBreaksNoLimitItChecksAndFillsThreeQuartersOfTheCover(String name) {
        CurtoisInstance instance = CurtoisTestFiles.instance(name);
        SolverConfig config = SolverConfig.createFromXmlResource("solver/curtois-solver.xml")
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new WorkPatternConstruction()));

        RotaSolution constructed = SolverFactory.<RotaSolution>create(config).buildSolver()
                .solve(CurtoisImporter.toSolution(instance));
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance,
                CurtoisImporter.toRoster(instance, constructed));

        assertThat(evaluation.hardViolations())
                .filteredOn(violation -> NEVER_BROKEN.contains(violation.rule()))
                .isEmpty();
        long required = instance.cover().stream().mapToLong(CurtoisCoverRequirement::requirement).sum();
        long assigned = constructed.getClinicianDays().stream().filter(day -> day.getPost() != null).count();
        assertThat(assigned).as("shifts assigned vs cover required").isGreaterThanOrEqualTo(required * 3 / 4);
    }
}

package io.hubrota.solver.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.constraint.ConstraintRef;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.RandomProblems;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemMapper;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConstraintWeightsTests {

    private static final SolutionManager<RotaSolution, HardMediumSoftLongScore> SOLUTION_MANAGER = SolutionManager
            .create(SolverFactory.create(SolverConfig.createFromXmlResource("solver/hub-rota-solver.xml")));

    private static ProblemBuilder twoDayProblem() {
        return ProblemBuilder.horizon("2026-06-01", "2026-06-02")
                .hub("h1", 2)
                .clinician("c1", "GP", 2250)
                .shift("s1", "h1", "2026-06-01T18:30", "2026-06-01T20:00",
                        ProblemBuilder.line("GP", 1, 1));
    }

    @Test
    void aHubRotaWithoutWorkPatternsPreferencesOrPreviousRotaSwitchesThoseRulesOff() {
        RotaSolution solution = ProblemMapper.toSolution(twoDayProblem().build());

        assertThat(ConstraintWeights.unusableRules(solution)).containsExactlyInAnyOrder(
                WorkPatternConstraints.MAX_SHIFTS_PER_TYPE, WorkPatternConstraints.TOTAL_MINUTES,
                WorkPatternConstraints.MIN_CONSECUTIVE_WORKING_DAYS, WorkPatternConstraints.MIN_CONSECUTIVE_DAYS_OFF,
                WorkPatternConstraints.MAX_WEEKENDS, WorkPatternConstraints.FORBIDDEN_SUCCESSION,
                WorkPatternConstraints.COVER_BELOW_REQUIREMENT, WorkPatternConstraints.COVER_ABOVE_REQUIREMENT,
                WorkPatternConstraints.SHIFT_ON_REQUEST, WorkPatternConstraints.SHIFT_OFF_REQUEST,
                RotaConstraintProvider.PREFERENCES, RotaConstraintProvider.STABILITY);
        assertThat(weightOf(solution, RotaConstraintProvider.STABILITY)).isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(weightOf(solution, RotaConstraintProvider.HOURS_GUARANTEE)).isNull();
    }

    @Test
    void preferencesAndAPreviousRotaKeepTheirRulesOn() {
        RotaSolution solution = ProblemMapper.toSolution(twoDayProblem()
                .preference("c1", "AVOID_DAY", null, "2026-06-01", null, 5)
                .previous("c1", "s1")
                .build());

        assertThat(ConstraintWeights.unusableRules(solution))
                .doesNotContain(RotaConstraintProvider.PREFERENCES, RotaConstraintProvider.STABILITY);
    }

    @Test
    void configuredWeightsComeFromTheProblemSettingsAndWinOverSwitchedOffRules() {
        ProblemDocument plain = twoDayProblem().build();
        ProblemDocument configured = new ProblemDocument(plain.timezone(), plain.firstDate(), plain.lastDate(),
                plain.hubs(), plain.clinicians(), plain.shifts(), plain.bankHolidays(), plain.hourWeights(),
                plain.pinned(), plain.previous(), new ProblemDocument.Settings(null, null, null, Map.of(
                        "Travel minutes", "0hard/0medium/2soft", "Stability", "0hard/0medium/7soft")));

        RotaSolution solution = ProblemMapper.toSolution(configured);

        assertThat(weightOf(solution, RotaConstraintProvider.TRAVEL_MINUTES)).isEqualTo(HardMediumSoftLongScore.ofSoft(2));
        assertThat(weightOf(solution, RotaConstraintProvider.STABILITY)).isEqualTo(HardMediumSoftLongScore.ofSoft(7));
    }

    @Test
    void unknownNamesBadFormatsAndNegativeWeightsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> ConstraintWeights.parse(Map.of("Travel minutez", "1soft")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown constraint \"Travel minutez\"")
                .hasMessageContaining("Travel minutes");
        assertThatThrownBy(() -> ConstraintWeights.parse(Map.of("Travel minutes", "two")))
                .hasMessageContaining("\"two\" of constraint \"Travel minutes\"");
        assertThatThrownBy(() -> ConstraintWeights.parse(Map.of("Travel minutes", "0hard/0medium/-1soft")))
                .hasMessageContaining("negative");
        assertThat(ConstraintWeights.parse(Map.of("Hours guarantee", " 2hard/0medium/0soft ")))
                .containsEntry("Hours guarantee", HardMediumSoftLongScore.ofHard(2));
    }

    /** An override of a rule missing from NAMES would be refused at start-up as unknown. */
    @Test
    void namesListEveryConstraintOfTheProvider() {
        RotaSolution allRulesOn = ProblemMapper.toSolution(twoDayProblem().build());
        allRulesOn.setConstraintWeightOverrides(ConstraintWeightOverrides.none());

        assertThat(SOLUTION_MANAGER.analyze(allRulesOn).constraintMap().keySet())
                .extracting(ConstraintRef::constraintName)
                .containsExactlyInAnyOrderElementsOf(ConstraintWeights.NAMES);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /** Switching off rules a problem cannot trigger must never change a score. */
    @ParameterizedTest
    @MethodSource("seeds")
    void switchedOffRulesLeaveTheScoreOfRandomRotasUnchanged(long seed) {
        RandomProblems.Case generated = RandomProblems.generate(seed);
        RotaSolution withDefaults = ProblemMapper.toSolution(
                ProblemMapper.withPinned(generated.problem(), generated.assignments()));
        RotaSolution allRulesOn = ProblemMapper.toSolution(
                ProblemMapper.withPinned(generated.problem(), generated.assignments()));
        allRulesOn.setConstraintWeightOverrides(ConstraintWeightOverrides.none());

        assertThat(SOLUTION_MANAGER.update(withDefaults)).isEqualTo(SOLUTION_MANAGER.update(allRulesOn));
    }

    private static HardMediumSoftLongScore weightOf(RotaSolution solution, String constraint) {
        return solution.getConstraintWeightOverrides().getConstraintWeight(constraint);
    }
}

package io.hubrota.solver.benchmark.curtois;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.run.TimedSolve;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurtoisImporterTests {

    private static final SolutionManager<RotaSolution, HardMediumSoftLongScore> SCORING = SolutionManager.create(
            SolverFactory.create(SolverConfig.createFromXmlResource("solver/curtois-solver.xml")));

    private final CurtoisInstance instance1 = CurtoisTestFiles.instance("Instance1");

    @Test
    void instance1BecomesOneClinicianDayPerStaffAndDay() {
        RotaSolution solution = CurtoisImporter.toSolution(instance1);

        assertThat(solution.getClinicians()).extracting(clinician -> clinician.id())
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(solution.getClinicianDays()).hasSize(8 * 14);
        assertThat(solution.getShifts()).hasSize(14);
        assertThat(solution.getPosts()).hasSize(14);
        assertThat(solution.getCoverWeights()).hasSize(instance1.cover().size());
        assertThat(solution.getShiftRequests())
                .hasSize(instance1.shiftOnRequests().size() + instance1.shiftOffRequests().size());
        assertThat(solution.getWorkPatterns()).hasSize(8);
        // One post per day in date order; day 2 requires 6 people (Instance1, SECTION_COVER "2,D,6,100,1").
        assertThat(solution.getPosts().get(2).min()).isEqualTo(6);
    }

    @Test
    void daysOffOfferNoPostAndAreLeaveForTheLeaveRule() {
        RotaSolution solution = CurtoisImporter.toSolution(instance1);
        CurtoisStaff a = instance1.staff().get(0);

        for (ClinicianDay day : solution.getClinicianDays()) {
            int dayIndex = (int) (day.getDate().toEpochDay() - CurtoisImporter.DAY_ZERO.toEpochDay());
            boolean dayOff = instance1.staff().get(instance1.staffIndex(day.getClinician().id())).hasDayOff(dayIndex);
            assertThat(day.getPossiblePosts()).as(day.getId()).hasSize(dayOff ? 0 : 1);
        }
        assertThat(solution.getClinicians().get(0).unavailable()).hasSize(a.daysOff().size());
    }

    @Test
    void softScoreIsMinusTheObjectiveOfTheHandMadeRoster() {
        // The roster of CurtoisEvaluatorTests.handMadeRosterScoresEveryTerm, objective 6025 worked out by hand there.
        CurtoisRoster roster = CurtoisEvaluatorTests.roster(instance1,
                "..DD..........",
                "DDDDD.........",
                "..........D...",
                "..........D...",
                "..........D...",
                "........D.....",
                "..............",
                "..D...........");

        HardMediumSoftLongScore score = scoreOf(instance1, roster);

        assertThat(score.softScore()).isEqualTo(-6025);
        assertThat(score.mediumScore()).isZero();
        assertThat(score.hardScore()).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Instance1", "Instance2", "Instance3", "Instance4" })
    void scoreAgreesWithTheEvaluatorOnRandomRosters(String name) {
        CurtoisInstance instance = CurtoisTestFiles.instance(name);
        Random random = new Random(name.hashCode());
        for (int sample = 0; sample < 40; sample++) {
            // Mostly sparse rosters so that some of them are feasible; the rest break rules of every kind.
            double workProbability = sample % 2 == 0 ? 0.7 : random.nextDouble();
            CurtoisRoster roster = randomRoster(instance, random, workProbability);
            CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance, roster);

            HardMediumSoftLongScore score = scoreOf(instance, roster);

            assertThat(score.softScore()).as("soft of sample %d", sample).isEqualTo(-evaluation.objective());
            assertThat(score.hardScore() == 0).as("hard 0 vs feasible, sample %d: %s", sample,
                    evaluation.hardViolations()).isEqualTo(evaluation.isFeasible());
        }
    }

    @Test
    void solvedRosterRoundTripsAndAShortSolveOnInstance1IsFeasible() {
        RotaSolution problem = CurtoisImporter.toSolution(instance1);
        TimedSolve.Result result = TimedSolve.solve(problem, SolverConfig
                .createFromXmlResource("solver/curtois-solver.xml")
                // Stops at the first feasible roster (under a second on an idle machine); the cap is for a loaded one.
                .withTerminationConfig(new TerminationConfig().withBestScoreLimit("0hard/*medium/*soft")
                        .withSpentLimit(Duration.ofSeconds(60))));

        CurtoisRoster roster = CurtoisImporter.toRoster(instance1, result.solution());
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance1, roster);

        assertThat(evaluation.hardViolations()).isEmpty();
        assertThat(result.score().hardScore()).isZero();
        assertThat(result.score().softScore()).isEqualTo(-evaluation.objective());
    }

    /** A random roster that respects days off and MaxShifts 0 (as the value ranges do) and nothing else. */
    private static CurtoisRoster randomRoster(CurtoisInstance instance, Random random, double workProbability) {
        List<List<String>> grid = new ArrayList<>();
        for (CurtoisStaff member : instance.staff()) {
            List<String> row = new ArrayList<>();
            List<CurtoisShiftType> allowed = instance.shiftTypes().stream()
                    .filter(type -> member.maxShifts(type.id()) > 0).toList();
            for (int day = 0; day < instance.days(); day++) {
                boolean works = !member.hasDayOff(day) && !allowed.isEmpty() && random.nextDouble() < workProbability;
                row.add(works ? allowed.get(random.nextInt(allowed.size())).id() : null);
            }
            grid.add(row);
        }
        return CurtoisRoster.fromShiftGrid(instance.staffIds(), instance.days(), grid);
    }

    private static HardMediumSoftLongScore scoreOf(CurtoisInstance instance, CurtoisRoster roster) {
        RotaSolution solution = CurtoisImporter.toSolution(instance);
        CurtoisImporter.assign(instance, solution, roster);
        return SCORING.update(solution);
    }
}

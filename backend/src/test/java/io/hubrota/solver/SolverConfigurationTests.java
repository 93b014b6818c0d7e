package io.hubrota.solver;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.solver.checker.RotaChecker;
import io.hubrota.solver.constraints.RotaConstraintProvider;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import io.hubrota.solver.problem.ProblemMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolverConfigurationTests {

    private static final String SOLVER_CONFIG = "solver/hub-rota-solver.xml";

    /**
     * Solves until the plan is legal and fully covered (best score limit) or {@code millis} pass. The time limit is
     * a safety net for a busy machine, not what the test measures, so it is generous.
     */
    private static RotaSolution solve(ProblemDocument problem, long millis) {
        SolverConfig config = SolverConfig.createFromXmlResource(SOLVER_CONFIG)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(millis))
                        .withBestScoreLimit("0hard/0medium/-9223372036854775808soft"));
        return SolverFactory.<RotaSolution>create(config).buildSolver().solve(ProblemMapper.toSolution(problem));
    }

    /** A week at two hubs that a careful hand could staff legally and completely. */
    private static ProblemBuilder staffableWeek() {
        var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("north", 2).hub("south", 2);
        for (int index = 0; index < 4; index++) {
            problem.clinician("gp" + index, "GP", 1500).travel("gp" + index, "north", 10 + 10 * index)
                    .travel("gp" + index, "south", 50 - 10 * index);
            problem.clinician("pn" + index, "PRACTICE_NURSE", 1200);
        }
        problem.commitment("gp0", "2026-03-23T08:00", "2026-03-23T13:00")
                .leave("gp1", "2026-03-25T00:00", "2026-03-27T00:00");
        for (int day = 23; day <= 29; day++) {
            for (String hub : List.of("north", "south")) {
                problem.shift(hub + "-" + day, hub, "2026-03-" + day + "T18:30", "2026-03-" + day + "T21:30",
                        line("GP", 1, 1), line("PRACTICE_NURSE", 1, 1));
            }
        }
        return problem;
    }

    @Test
    void solverConfigSolvesAStaffableWeekLegallyAndCompletely() {
        ProblemDocument problem = staffableWeek().build();
        RotaSolution solved = solve(problem, 60_000);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        List<Assignment> rota = ProblemMapper.assignments(solved);
        assertThat(rota).hasSize(14 * 2);
        assertThat(RotaChecker.check(problem, rota).isValid()).isTrue();
    }

    @Test
    void pinnedAssignmentsStayWhereTheyArePut() {
        ProblemDocument problem = staffableWeek().assign("gp3", "north-24").build();
        RotaSolution solved = solve(problem, 500);
        assertThat(ProblemMapper.assignments(solved)).contains(new Assignment("gp3", "north-24"));
    }

    @Test
    void constraintWeightsCanBeOverriddenPerProblem() {
        ProblemDocument problem = staffableWeek().assign("gp3", "south-24").build();
        RotaSolution solution = ProblemMapper.toSolution(problem);
        var manager = SolutionManager.<RotaSolution, HardMediumSoftLongScore>create(
                SolverFactory.<RotaSolution>createFromXmlResource(SOLVER_CONFIG));
        long withDefaults = manager.update(solution).softScore();

        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                RotaConstraintProvider.TRAVEL_MINUTES, HardMediumSoftLongScore.ZERO)));
        long withoutTravel = manager.update(solution).softScore();

        // gp3 travels 20 minutes to south.
        assertThat(withoutTravel - withDefaults).isEqualTo(20);
    }

    @Test
    void benchmarkConfigBuildsWithProblemsGivenInCode() {
        RotaSolution problem = ProblemMapper.toSolution(staffableWeek().build());
        var benchmark = PlannerBenchmarkFactory.createFromXmlResource("solver/hub-rota-benchmark.xml")
                .buildPlannerBenchmark(problem);
        assertThat(benchmark).isNotNull();
    }
}

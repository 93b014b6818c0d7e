package io.hubrota.solver.checker;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.solver.RandomProblems;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import io.hubrota.solver.problem.ProblemMapper;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for random problems and random rotas, the independent checker's total equals minus the hard score, and
 * "no violations" holds exactly when the hard score is zero. Then the same for rotas the real solver produces.
 */
class CheckerAgreesWithScoreTests {

    private static final String SOLVER_CONFIG = "solver/hub-rota-solver.xml";
    private static final SolverFactory<RotaSolution> SOLVER_FACTORY = SolverFactory.create(
            SolverConfig.createFromXmlResource(SOLVER_CONFIG));
    private static final SolutionManager<RotaSolution, HardMediumSoftLongScore> SOLUTION_MANAGER = SolutionManager
            .create(SOLVER_FACTORY);

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 30).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void checkerTotalIsMinusTheHardScoreForRandomRotas(long seed) {
        RandomProblems.Case generated = RandomProblems.generate(seed);
        assertAgreement(generated.problem(), generated.assignments());
    }

    @Test
    void randomRotasCoverLegalRotasAndEveryHardRule() {
        long broken = 0;
        Set<String> rulesBroken = new TreeSet<>();
        for (long seed : seeds().toList()) {
            RandomProblems.Case generated = RandomProblems.generate(seed);
            CheckReport report = RotaChecker.check(generated.problem(), generated.assignments());
            broken += report.isValid() ? 0 : 1;
            report.violations().forEach(violation -> rulesBroken.add(violation.rule()));
        }
        assertThat(broken).as("random rotas that break a hard rule, of 30").isBetween(3L, 27L);
        assertThat(rulesBroken).containsExactlyInAnyOrder("Hours guarantee", "Role and skill mismatch",
                "Overlap with a practice commitment", "Rest between working days", "Weekly rest",
                "Maximum consecutive working days", "Leave or unavailability overlap", "Hub rooms",
                "Travel beyond maximum");
    }

    @ParameterizedTest
    @MethodSource("solvedSeeds")
    void checkerAgreesWithTheSolversOwnRota(long seed) {
        RandomProblems.Case generated = RandomProblems.generate(seed);
        ProblemDocument unpinned = ProblemMapper.withPinned(generated.problem(), List.of());
        SolverConfig config = SolverConfig.createFromXmlResource(SOLVER_CONFIG)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(1)));
        RotaSolution solved = SolverFactory.<RotaSolution>create(config).buildSolver()
                .solve(ProblemMapper.toSolution(unpinned));
        List<Assignment> rota = ProblemMapper.assignments(solved);

        CheckReport report = RotaChecker.check(unpinned, rota);
        assertThat(report.hardPenalty()).isEqualTo(-solved.getScore().hardScore());
        assertAgreement(unpinned, rota);
    }

    static Stream<Long> solvedSeeds() {
        return Stream.of(3L, 8L);
    }

    @Test
    void incrementalScoreMatchesAFullRecalculationWhileSolving() {
        RandomProblems.Case generated = RandomProblems.generate(5);
        ProblemDocument unpinned = ProblemMapper.withPinned(generated.problem(), List.of());
        SolverConfig config = SolverConfig.createFromXmlResource(SOLVER_CONFIG)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(2)));
        // FULL_ASSERT recalculates the score from scratch after every move and throws on any difference.
        RotaSolution solved = SolverFactory.<RotaSolution>create(config).buildSolver()
                .solve(ProblemMapper.toSolution(unpinned));
        assertThat(solved.getScore()).isNotNull();
    }

    private static void assertAgreement(ProblemDocument problem, List<Assignment> assignments) {
        RotaSolution solution = ProblemMapper.toSolution(ProblemMapper.withPinned(problem, assignments));
        HardMediumSoftLongScore score = SOLUTION_MANAGER.update(solution);
        CheckReport report = RotaChecker.check(problem, assignments);

        assertThat(report.hardPenalty())
                .as("checker total vs hard score; violations: %s", report.violations())
                .isEqualTo(-score.hardScore());
        assertThat(report.isValid()).isEqualTo(score.hardScore() == 0);
    }
}

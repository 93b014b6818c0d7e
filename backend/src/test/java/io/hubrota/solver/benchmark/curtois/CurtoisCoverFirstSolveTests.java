package io.hubrota.solver.benchmark.curtois;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.BestLineDescent;
import io.hubrota.solver.heuristics.CoverFirstSolve;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link CoverFirstSolve} in a solver: its roster does not displace a better one by the instance's own weights, it does
 * nothing where there are no requests to put second, and its nested solver stops when the phase's own time is up.
 */
class CurtoisCoverFirstSolveTests {

    /** One post on the Monday; A would rather not work it, and that wish (500) outweighs the post short (100). */
    private static final String WISH_AGAINST_COVER = """
            SECTION_HORIZON
            7

            SECTION_SHIFTS
            E,480,

            SECTION_STAFF
            A,E=7,3360,0,7,1,1,1

            SECTION_DAYS_OFF

            SECTION_SHIFT_ON_REQUESTS

            SECTION_SHIFT_OFF_REQUESTS
            A,0,E,500

            SECTION_COVER
            0,E,1,100,1
            """;

    private static final String NESTED_CONFIG = "solver/curtois-cover-first-solver.xml";

    @Test
    void aCoverFirstRosterTheRequestsRateWorseDoesNotBecomeTheSolversBest() {
        CurtoisInstance instance = CurtoisParser.parse("WishAgainstCover", WISH_AGAINST_COVER);

        RotaSolution best = solve(instance, phase(new BestLineDescent()),
                timed(phase(coverFirst(NESTED_CONFIG)), Duration.ofSeconds(1)));

        // Cover first works the post (cover 100 x 501 against the wish's 500); by the instance's own weights the
        // roster that keeps the wish (100) is better than that one (500), and it stays the solver's best.
        assertThat(CurtoisImporter.toRoster(instance, best).shiftOn(0, 0)).isNull();
        assertThat(-best.getScore().softScore()).isEqualTo(100);
        assertThat(best.getShiftRequests()).hasSize(1);
    }

    @Test
    void theNestedSolverStopsWhenThePhaseTimeIsUp() {
        // Instance1's nested local search has no termination of its own: only the phase's second ends it. Without
        // it the solve would run to the solver's own 30 s, so ending within 20 s is the phase's doing.
        CurtoisInstance instance = CurtoisTestFiles.instance("Instance1");

        RotaSolution solved = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> solve(instance,
                phase(new BestLineDescent()), timed(phase(coverFirst(NESTED_CONFIG)), Duration.ofSeconds(1))));

        assertThat(CurtoisEvaluator.evaluate(instance, CurtoisImporter.toRoster(instance, solved)).isFeasible())
                .isTrue();
    }

    @Test
    void theCoverOnlySolveAlsoStopsWhenThePhaseTimeIsUp() {
        // Its own 60 s would outlast the solver's 30 s and the test's 20: only the phase's second can end it in time.
        CurtoisInstance instance = CurtoisTestFiles.instance("Instance1");
        CoverFirstSolve coverFirst = coverFirst(NESTED_CONFIG);
        coverFirst.setCoverOnlySeconds(60);

        RotaSolution solved = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> solve(instance,
                phase(new BestLineDescent()), timed(phase(coverFirst), Duration.ofSeconds(1))));

        assertThat(CurtoisEvaluator.evaluate(instance, CurtoisImporter.toRoster(instance, solved)).isFeasible())
                .isTrue();
    }

    @Test
    void withoutRequestsThereIsNothingToPutSecondAndNoNestedSolve() {
        CurtoisInstance noRequests = CurtoisParser.parse("NoRequests", WISH_AGAINST_COVER.replace("A,0,E,500", ""));
        CurtoisInstance withRequests = CurtoisParser.parse("WishAgainstCover", WISH_AGAINST_COVER);

        // A configuration that does not exist shows whether the nested solver was built at all.
        solve(noRequests, phase(new BestLineDescent()), phase(coverFirst("no/such/config.xml")));
        assertThatIllegalArgumentException().isThrownBy(() -> solve(withRequests, phase(new BestLineDescent()),
                phase(coverFirst("no/such/config.xml"))));
    }

    @Test
    void needsItsNestedConfiguration() {
        CurtoisInstance instance = CurtoisParser.parse("WishAgainstCover", WISH_AGAINST_COVER);

        assertThatIllegalStateException()
                .isThrownBy(() -> solve(instance, phase(new CoverFirstSolve())))
                .withMessageContaining("solverConfig");
    }

    private static CoverFirstSolve coverFirst(String nestedConfig) {
        CoverFirstSolve coverFirst = new CoverFirstSolve();
        coverFirst.setSolverConfig(nestedConfig);
        coverFirst.setSeed(1);
        return coverFirst;
    }

    private static CustomPhaseConfig phase(PhaseCommand<RotaSolution> command) {
        return new CustomPhaseConfig().withCustomPhaseCommands(command);
    }

    private static CustomPhaseConfig timed(CustomPhaseConfig phase, Duration limit) {
        return phase.withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    private static RotaSolution solve(CurtoisInstance instance, PhaseConfig<?>... phases) {
        SolverConfig config = SolverConfig.createFromXmlResource("solver/curtois-solver.xml")
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(30)))
                .withPhases(phases);
        return SolverFactory.<RotaSolution>create(config).buildSolver().solve(CurtoisImporter.toSolution(instance));
    }
}

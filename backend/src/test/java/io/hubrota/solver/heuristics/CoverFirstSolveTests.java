package io.hubrota.solver.heuristics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.hubrota.solver.benchmark.curtois.CurtoisImporter;
import io.hubrota.solver.benchmark.curtois.CurtoisParser;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.RotaSolution;
import org.junit.jupiter.api.Test;

/** The problem {@link CoverFirstSolve} hands its nested solver. */
class CoverFirstSolveTests {

    private static final String INSTANCE = """
            SECTION_HORIZON
            7

            SECTION_SHIFTS
            E,480,

            SECTION_STAFF
            A,E=7,3360,0,7,1,1,1
            B,E=7,3360,0,7,1,1,1

            SECTION_DAYS_OFF

            SECTION_SHIFT_ON_REQUESTS
            A,1,E,3

            SECTION_SHIFT_OFF_REQUESTS
            B,0,E,2

            SECTION_COVER
            0,E,1,100,1
            1,E,2,50,7
            """;

    @Test
    void coverWeighsOneMoreThanAllRequestsTogetherAndTheRestIsAsItWas() {
        RotaSolution working = workingWithFirstDayWorked();
        ClinicianDay first = working.getClinicianDays().get(0);

        RotaSolution problem = CoverFirstSolve.coverFirstProblem(working);

        // Requests weigh 3 + 2 = 5, so cover weighs 6 times its own weights.
        assertThat(problem.getCoverWeights()).extracting(CoverWeights::underWeight).containsExactly(600, 300);
        assertThat(problem.getCoverWeights()).extracting(CoverWeights::overWeight).containsExactly(6, 42);
        assertThat(problem.getCoverWeights()).extracting(CoverWeights::post)
                .containsExactlyElementsOf(working.getCoverWeights().stream().map(CoverWeights::post).toList());
        assertThat(problem.getShiftRequests()).isEqualTo(working.getShiftRequests());
        assertThat(working.getCoverWeights()).extracting(CoverWeights::underWeight).containsExactly(100, 50);
        assertCopiedDays(problem, first);
    }

    @Test
    void coverOnlyLeavesTheRequestsOutAndTheCoverWeightsAsTheyWere() {
        RotaSolution working = workingWithFirstDayWorked();
        ClinicianDay first = working.getClinicianDays().get(0);

        RotaSolution problem = CoverFirstSolve.coverOnlyProblem(working, 2);

        assertThat(problem.getShiftRequests()).isEmpty();
        assertThat(working.getShiftRequests()).hasSize(2);
        assertThat(problem.getCoverWeights()).isEqualTo(working.getCoverWeights());
        assertCopiedDays(problem, first);
    }

    @Test
    void coverOnlyWeighsThePostsOfAShiftTypeAskedForBeyondItsCapsByTheFactor() {
        RotaSolution working = CurtoisImporter.toSolution(CurtoisParser.parse("Scarce", """
                SECTION_HORIZON
                7

                SECTION_SHIFTS
                E,480,
                N,480,E

                SECTION_STAFF
                A,E=7|N=1,6720,0,7,1,1,1
                B,E=7|N=1,6720,0,7,1,1,1

                SECTION_DAYS_OFF

                SECTION_SHIFT_ON_REQUESTS

                SECTION_SHIFT_OFF_REQUESTS

                SECTION_COVER
                0,E,1,100,1
                0,N,2,100,1
                1,N,1,40,3
                """));

        // Nights: 3 asked against caps of 1 + 1; earlies: 1 asked against 7 + 7.
        assertThat(ScarceShiftTypes.of(working)).containsExactly("N");
        assertThat(CoverFirstSolve.coverOnlyProblem(working, 3).getCoverWeights())
                .extracting(CoverWeights::underWeight, CoverWeights::overWeight)
                .containsExactly(tuple(100, 1), tuple(300, 1), tuple(120, 3));
        assertThat(CoverFirstSolve.coverOnlyProblem(working, 1).getCoverWeights())
                .isEqualTo(working.getCoverWeights());
        assertThat(ScarceShiftTypes.of(workingWithFirstDayWorked())).isEmpty();
    }

    @Test
    void scarceCoverFactorIsOneOrMore() {
        CoverFirstSolve phase = new CoverFirstSolve();

        phase.setScarceCoverFactor(1);
        assertThatIllegalArgumentException().isThrownBy(() -> phase.setScarceCoverFactor(0))
                .withMessageContaining("scarceCoverFactor");
    }

    @Test
    void coverOnlySecondsAreZeroOrMore() {
        CoverFirstSolve phase = new CoverFirstSolve();

        phase.setCoverOnlySeconds(0);
        assertThatIllegalArgumentException().isThrownBy(() -> phase.setCoverOnlySeconds(-1))
                .withMessageContaining("coverOnlySeconds");
        assertThatIllegalArgumentException().isThrownBy(() -> phase.setCoverOnlySeconds(Double.NaN));
    }

    /** The instance with A working the Monday post. */
    private static RotaSolution workingWithFirstDayWorked() {
        RotaSolution working = CurtoisImporter.toSolution(CurtoisParser.parse("Two", INSTANCE));
        ClinicianDay first = working.getClinicianDays().get(0);
        first.setPost(first.getPossiblePosts().get(0));
        return working;
    }

    /** The days are copies with the same posts: the nested solver's moves do not touch the working roster. */
    private static void assertCopiedDays(RotaSolution problem, ClinicianDay first) {
        assertThat(problem.getClinicianDays().get(0)).isNotSameAs(first);
        assertThat(problem.getClinicianDays().get(0).getPost()).isEqualTo(first.getPost());
    }
}

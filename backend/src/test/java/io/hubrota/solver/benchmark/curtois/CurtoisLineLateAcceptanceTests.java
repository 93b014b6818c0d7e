package io.hubrota.solver.benchmark.curtois;

import static io.hubrota.solver.benchmark.curtois.CurtoisPhaseRuns.evaluate;
import static io.hubrota.solver.benchmark.curtois.CurtoisPhaseRuns.solve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.BestLineDescent;
import io.hubrota.solver.heuristics.LineLateAcceptance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LineLateAcceptance} after {@link BestLineDescent}, judged by the independent evaluator: the roster it leaves
 * keeps every limit, the solver's score of it is the instance's objective (so the phase's own cost bookkeeping led it
 * to a roster the constraints agree on), and it is cheaper than the descent's.
 */
class CurtoisLineLateAcceptanceTests {

    private static final String INSTANCE = """
            SECTION_HORIZON
            14

            SECTION_SHIFTS
            E,480,
            L,480,E
            N,600,E|L

            SECTION_STAFF
            A,E=14|L=14|N=3,4800,3360,5,2,2,1
            B,E=14|L=14|N=0,4800,3360,5,2,2,1
            C,E=0|L=14|N=4,4800,2400,4,1,2,1
            D,E=14|L=0|N=2,4320,1920,5,1,1,2
            E,E=14|L=14|N=3,3840,1440,3,1,2,1

            SECTION_DAYS_OFF
            A,3
            C,9

            SECTION_SHIFT_ON_REQUESTS
            B,0,E,3
            D,5,E,2

            SECTION_SHIFT_OFF_REQUESTS
            C,4,L,2

            SECTION_COVER
            %s
            """;

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3 })
    void findsACheaperRosterThanDescentThatKeepsEveryLimit(long seed) {
        CurtoisInstance instance = CurtoisParser.parse("lines", INSTANCE.formatted(cover()));
        int descentOnly = evaluate(instance, solve(instance, new BestLineDescent())).objective();

        RotaSolution searched = solve(instance, new BestLineDescent(), search(seed, 4000));
        CurtoisEvaluation evaluation = evaluate(instance, searched);

        assertThat(evaluation.hardViolations()).isEmpty();
        assertThat(-searched.getScore().softScore()).isEqualTo(evaluation.objective());
        assertThat(evaluation.objective()).isLessThan(descentOnly);
    }

    @Test
    void reachesTheOptimumOfTheSmallestInstance() {
        CurtoisInstance instance = CurtoisTestFiles.instance("Instance1");

        CurtoisEvaluation evaluation = evaluate(instance,
                solve(instance, new BestLineDescent(), search(1, 20_000)));

        assertThat(evaluation.hardViolations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(607);
    }

    @Test
    void sameSeedSameRoster() {
        CurtoisInstance instance = CurtoisParser.parse("lines", INSTANCE.formatted(cover()));

        assertThat(CurtoisImporter.toRoster(instance, solve(instance, new BestLineDescent(), search(7, 2000))))
                .isEqualTo(CurtoisImporter.toRoster(instance, solve(instance, new BestLineDescent(), search(7, 2000))));
    }

    @Test
    void limitsMustBePositive() {
        LineLateAcceptance search = new LineLateAcceptance();
        assertThatIllegalArgumentException().isThrownBy(() -> search.setMaxMoves(0))
                .withMessageContaining("at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> search.setMaxLines(0))
                .withMessageContaining("at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> search.setMaxTradeDays(0))
                .withMessageContaining("at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> search.setLateAcceptanceSize(0))
                .withMessageContaining("at least 1");
    }

    /** One of each shift every day, two lates at weekends. */
    private static String cover() {
        StringBuilder cover = new StringBuilder();
        for (int day = 0; day < 14; day++) {
            boolean weekend = day % 7 >= 5;
            cover.append(day).append(",E,1,100,1\n");
            cover.append(day).append(",L,").append(weekend ? 2 : 1).append(",100,1\n");
            cover.append(day).append(",N,1,100,1\n");
        }
        return cover.toString();
    }

    private static LineLateAcceptance search(long seed, long maxMoves) {
        LineLateAcceptance search = new LineLateAcceptance();
        search.setSeed(seed);
        search.setMaxMoves(maxMoves);
        return search;
    }
}

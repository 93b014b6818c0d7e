package io.hubrota.solver.benchmark.curtois;

import static io.hubrota.solver.benchmark.curtois.CurtoisPhaseRuns.evaluate;
import static io.hubrota.solver.benchmark.curtois.CurtoisPhaseRuns.solve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.BestLineDescent;
import io.hubrota.solver.heuristics.CoverPriceDescent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CoverPriceDescent} after {@link BestLineDescent} (no local search) on real instances, judged by the
 * independent evaluator: the roster it leaves keeps every limit, its score is the instance's objective, and the
 * prices find a cheaper roster than line-by-line descent stops at.
 */
class CurtoisCoverPriceDescentTests {

    @ParameterizedTest
    @ValueSource(strings = { "Instance1", "Instance2", "Instance3" })
    void pricesFindACheaperRosterThanDescentAloneAndKeepEveryLimit(String name) {
        CurtoisInstance instance = CurtoisTestFiles.instance(name);
        CoverPriceDescent prices = prices(150);

        int descentOnly = evaluate(instance, solve(instance, new BestLineDescent())).objective();
        RotaSolution priced = solve(instance, new BestLineDescent(), prices);
        CurtoisEvaluation evaluation = evaluate(instance, priced);

        assertThat(evaluation.hardViolations()).isEmpty();
        assertThat(-priced.getScore().softScore()).isEqualTo(evaluation.objective());
        assertThat(evaluation.objective()).isLessThan(descentOnly);
    }

    @Test
    void afterTheStepsConvergeThePricesStartAgainAndFindACheaperRoster() {
        // On Instance2 the steps shrink to nothing after about 280 rounds; the restarts after that reach 829 of an
        // optimum of 828, where the converged prices had stopped at 831.
        CurtoisInstance instance = CurtoisTestFiles.instance("Instance2");
        CoverPriceDescent converged = prices(300);
        CoverPriceDescent restarted = prices(1000);

        int atConvergence = evaluate(instance, solve(instance, new BestLineDescent(), converged)).objective();
        CurtoisEvaluation afterRestarts = evaluate(instance, solve(instance, new BestLineDescent(), restarted));

        assertThat(afterRestarts.isFeasible()).isTrue();
        assertThat(afterRestarts.objective()).isLessThan(atConvergence);
    }

    @Test
    void sameSeedSameRoster() {
        CurtoisInstance instance = CurtoisTestFiles.instance("Instance1");
        CoverPriceDescent first = prices(40);
        CoverPriceDescent second = prices(40);

        assertThat(CurtoisImporter.toRoster(instance, solve(instance, new BestLineDescent(), second)))
                .isEqualTo(CurtoisImporter.toRoster(instance, solve(instance, new BestLineDescent(), first)));
    }

    @Test
    void maxRoundsMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoverPriceDescent().setMaxRounds(0))
                .withMessageContaining("at least 1");
    }

    private static CoverPriceDescent prices(int maxRounds) {
        CoverPriceDescent prices = new CoverPriceDescent();
        prices.setMaxRounds(maxRounds);
        return prices;
    }
}

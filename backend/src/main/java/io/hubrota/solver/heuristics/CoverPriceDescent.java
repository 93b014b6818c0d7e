package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import io.hubrota.solver.domain.RotaSolution;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Lagrangian relaxation of cover. Every work-pattern limit is a limit on one clinician's line; only cover ties the
 * lines together. Give each post a price, let every line be planned on its own against its requests minus the
 * prices of the posts it takes ({@link BestLinePlanner}), and move the prices by subgradient steps: up where
 * posts are short, down where they are over. Each round's lines, made greedy-consistent by line-by-line descent
 * on true costs, are a roster that keeps every limit; the best one found replaces the working solution when it is
 * cheaper. Prices find where cover is really scarce, which the local search's one- and two-line moves cannot see.
 *
 * <p>The rounds go on until the phase's time or {@link #setMaxRounds} is up: when the steps have shrunk to nothing
 * they start again from the prices reached, to sample more rosters around them.
 */
public class CoverPriceDescent implements PhaseCommand<RotaSolution> {

    private static final long SCALE = 1000;
    private static final int NOISE = 10;
    /** Rounds without a better dual value before the step halves. */
    private static final int STALL_ROUNDS = 10;
    private static final double MIN_THETA = 1e-3;

    static final int DEFAULT_MAX_ROUNDS = 2000;

    private int maxRounds = DEFAULT_MAX_ROUNDS;
    private long seed;

    /** Price rounds at most; the phase also ends when its time is up or the priced lines meet cover exactly. */
    public void setMaxRounds(int maxRounds) {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be at least 1, not " + maxRounds + ".");
        }
        this.maxRounds = maxRounds;
    }

    /** Seed of the tie-break noise in the priced lines (the phase is deterministic for one seed). */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RotaSolution solution = scoreDirector.getWorkingSolution();
        LineReplanner replanner = new LineReplanner(solution);
        LineModel model = new LineModel(solution, replanner);
        if (model.rows.length == 0) {
            return;
        }
        Random random = new Random(seed);
        int[][] current = model.currentLines();
        long startCost = model.cost(current);
        int[][] best = current;
        long upper = startCost;
        // A post's price lies between minus its over weight and its under weight (outside, the relaxation is
        // unbounded); halfway to the under weight is a neutral start.
        double[] prices = new double[model.posts.length];
        for (int p = 0; p < prices.length; p++) {
            prices[p] = model.under[p] / 2.0;
        }
        double theta = 1.0;
        int[][] priced = current;
        double bestDual = Double.NEGATIVE_INFINITY;
        int stall = 0;
        for (int round = 0; round < maxRounds && !isPhaseTerminated.getAsBoolean(); round++) {
            if (theta <= MIN_THETA) {
                // Converged: start the steps again from these prices. The rosters repaired around them differ from
                // round to round, and the best of more of them is what the local search starts from (Instance6,
                // 60 s, seed 1: 2,149 without restarts, 2,054 with).
                theta = 1.0;
                bestDual = Double.NEGATIVE_INFINITY;
                stall = 0;
            }
            int[][] lines = new int[model.rows.length][];
            double dual = 0;
            for (int r = 0; r < model.rows.length; r++) {
                long[][] costs = pricedCosts(model, r, prices, random);
                BestLinePlanner.Line line = model.planners[r].plan(costs, model.lineCost(r, priced[r], costs));
                lines[r] = line == null ? priced[r].clone() : model.options(r, line);
                dual += model.lineCost(r, lines[r], costs) / (double) SCALE;
            }
            priced = lines.clone();
            int[] counts = model.counts(lines);
            double norm = 0;
            double[] gradient = new double[prices.length];
            for (int p = 0; p < prices.length; p++) {
                dual += prices[p] * model.min[p];
                gradient[p] = model.min[p] - counts[p];
                norm += gradient[p] * gradient[p];
            }
            model.repair(lines);
            long cost = model.cost(lines);
            if (cost < upper) {
                upper = cost;
                best = lines;
            }
            if (dual > bestDual + 1e-6) {
                bestDual = dual;
                stall = 0;
            } else if (++stall >= STALL_ROUNDS) {
                theta /= 2;
                stall = 0;
            }
            if (norm == 0) {
                break;
            }
            // Polyak's step towards the best roster's cost; theta halves when the bound stalls.
            double step = theta * Math.max(upper - dual, 1) / norm;
            for (int p = 0; p < prices.length; p++) {
                prices[p] = Math.max(-model.over[p], Math.min(model.under[p], prices[p] + step * gradient[p]));
            }
        }
        if (upper < startCost) {
            model.apply(scoreDirector, best);
        }
    }

    /** Each option of the row's days at its request cost minus the price of its post, with tie-break noise. */
    private static long[][] pricedCosts(LineModel model, int r, double[] prices, Random random) {
        long[][] costs = new long[model.rows[r].size()][];
        for (int i = 0; i < costs.length; i++) {
            long[] request = model.requestCosts[r][i];
            costs[i] = new long[request.length];
            for (int o = 0; o < request.length; o++) {
                int p = model.postOf[r][i][o];
                long price = p < 0 ? 0 : Math.round(prices[p] * SCALE);
                costs[i][o] = request[o] * SCALE - price + random.nextInt(NOISE);
            }
        }
        return costs;
    }
}

package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
    private static final int MAX_REPAIR_PASSES = 10;

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
        Model model = new Model(solution, replanner);
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
                long[][] costs = model.pricedCosts(r, prices, random);
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

    /** The rows, their options and the posts, as arrays for speed. */
    private static final class Model {
        final List<ClinicianDay>[] rows;
        final BestLinePlanner[] planners;
        final long[][][] requestCosts;
        /** postOf[r][i][o]: the weighed post index of option o on day i of row r, or -1. */
        final int[][][] postOf;
        final Post[] posts;
        final int[] min;
        /** Cover from clinicians outside the rows (no work pattern): it does not change here. */
        final int[] fixedCounts;
        final long[] under;
        final long[] over;

        @SuppressWarnings("unchecked")
        Model(RotaSolution solution, LineReplanner replanner) {
            Map<Post, Integer> index = new HashMap<>();
            List<CoverWeights> weights = solution.getCoverWeights();
            posts = new Post[weights.size()];
            min = new int[weights.size()];
            under = new long[weights.size()];
            over = new long[weights.size()];
            for (int p = 0; p < weights.size(); p++) {
                CoverWeights w = weights.get(p);
                posts[p] = w.post();
                min[p] = w.post().min();
                under[p] = w.underWeight();
                over[p] = w.overWeight();
                index.put(w.post(), p);
            }
            fixedCounts = new int[posts.length];
            Set<ClinicianDay> inRows = Collections.newSetFromMap(new IdentityHashMap<>());
            List<List<ClinicianDay>> planned = replanner.rows().stream()
                    .filter(row -> replanner.planner(row) != null).toList();
            rows = planned.toArray(new List[0]);
            planned.forEach(inRows::addAll);
            for (ClinicianDay day : solution.getClinicianDays()) {
                Integer p = day.getPost() == null ? null : index.get(day.getPost());
                if (p != null && !inRows.contains(day)) {
                    fixedCounts[p]++;
                }
            }
            planners = new BestLinePlanner[rows.length];
            requestCosts = new long[rows.length][][];
            postOf = new int[rows.length][][];
            for (int r = 0; r < rows.length; r++) {
                planners[r] = replanner.planner(rows[r]);
                requestCosts[r] = replanner.lineCosts().requestCosts(rows[r]);
                postOf[r] = new int[rows[r].size()][];
                for (int i = 0; i < rows[r].size(); i++) {
                    List<Post> possible = rows[r].get(i).getPossiblePosts();
                    postOf[r][i] = new int[possible.size() + 1];
                    postOf[r][i][0] = -1;
                    for (int o = 1; o <= possible.size(); o++) {
                        postOf[r][i][o] = index.getOrDefault(possible.get(o - 1), -1);
                    }
                }
            }
        }

        int[][] currentLines() {
            int[][] lines = new int[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                lines[r] = new int[rows[r].size()];
                for (int i = 0; i < rows[r].size(); i++) {
                    ClinicianDay day = rows[r].get(i);
                    lines[r][i] = day.getPost() == null ? 0 : day.getPossiblePosts().indexOf(day.getPost()) + 1;
                }
            }
            return lines;
        }

        int[] options(int r, BestLinePlanner.Line line) {
            int[] options = new int[rows[r].size()];
            for (int i = 0; i < options.length; i++) {
                Post post = line.posts().get(i);
                options[i] = post == null ? 0 : rows[r].get(i).getPossiblePosts().indexOf(post) + 1;
            }
            return options;
        }

        long[][] pricedCosts(int r, double[] prices, Random random) {
            long[][] costs = new long[rows[r].size()][];
            for (int i = 0; i < costs.length; i++) {
                long[] request = requestCosts[r][i];
                costs[i] = new long[request.length];
                for (int o = 0; o < request.length; o++) {
                    int p = postOf[r][i][o];
                    long price = p < 0 ? 0 : Math.round(prices[p] * SCALE);
                    costs[i][o] = request[o] * SCALE - price + random.nextInt(NOISE);
                }
            }
            return costs;
        }

        long lineCost(int r, int[] line, long[][] costs) {
            long cost = 0;
            for (int i = 0; i < line.length; i++) {
                cost += costs[i][line[i]];
            }
            return cost;
        }

        int[] counts(int[][] lines) {
            int[] counts = fixedCounts.clone();
            for (int r = 0; r < lines.length; r++) {
                for (int i = 0; i < lines[r].length; i++) {
                    int p = postOf[r][i][lines[r][i]];
                    if (p >= 0) {
                        counts[p]++;
                    }
                }
            }
            return counts;
        }

        /** The objective: requests not met plus cover short or over, in the instance's weights. */
        long cost(int[][] lines) {
            long cost = 0;
            for (int r = 0; r < lines.length; r++) {
                for (int i = 0; i < lines[r].length; i++) {
                    cost += requestCosts[r][i][lines[r][i]];
                }
            }
            int[] counts = counts(lines);
            for (int p = 0; p < posts.length; p++) {
                cost += counts[p] < min[p] ? under[p] * (min[p] - counts[p]) : over[p] * (counts[p] - min[p]);
            }
            return cost;
        }

        /** Line-by-line descent on true marginal costs until a pass changes nothing. */
        void repair(int[][] lines) {
            int[] counts = counts(lines);
            for (int pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
                boolean changed = false;
                for (int r = 0; r < lines.length; r++) {
                    int[] line = lines[r];
                    long[][] costs = new long[line.length][];
                    long scale = (long) NOISE * line.length + 1;
                    for (int i = 0; i < line.length; i++) {
                        long[] request = requestCosts[r][i];
                        costs[i] = new long[request.length];
                        for (int o = 0; o < request.length; o++) {
                            int p = postOf[r][i][o];
                            long cover = 0;
                            if (p >= 0) {
                                int others = counts[p] - (line[i] == o ? 1 : 0);
                                cover = others < min[p] ? -under[p] : over[p];
                            }
                            costs[i][o] = (request[o] + cover) * scale + (o == line[i] ? 0 : NOISE - 1);
                        }
                    }
                    BestLinePlanner.Line planned = planners[r].plan(costs, lineCost(r, line, costs));
                    if (planned == null) {
                        continue;
                    }
                    int[] next = options(r, planned);
                    if (!Arrays.equals(next, line)) {
                        for (int i = 0; i < line.length; i++) {
                            int before = postOf[r][i][line[i]];
                            int after = postOf[r][i][next[i]];
                            if (before >= 0) {
                                counts[before]--;
                            }
                            if (after >= 0) {
                                counts[after]++;
                            }
                        }
                        lines[r] = next;
                        changed = true;
                    }
                }
                if (!changed) {
                    return;
                }
            }
        }

        /** The lines (option indices) onto the rows' unpinned days, row by row ({@link BestLineDescent#assign}). */
        void apply(ScoreDirector<RotaSolution> scoreDirector, int[][] lines) {
            for (int r = 0; r < rows.length; r++) {
                List<Post> line = new ArrayList<>(rows[r].size());
                for (int i = 0; i < rows[r].size(); i++) {
                    line.add(lines[r][i] == 0 ? null : rows[r].get(i).getPossiblePosts().get(lines[r][i] - 1));
                }
                BestLineDescent.assign(scoreDirector, rows[r], line);
            }
        }
    }
}

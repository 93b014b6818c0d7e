package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Late acceptance over whole lines, on the arrays of a {@link LineModel} instead of through the score director: the
 * local search of {@code curtois-solver.xml} (one or two lines re-planned by {@link BestLinePlanner} around everybody
 * else's, or two clinicians trading their posts on a run of dates), with its cost kept by counts of each post's cover
 * and the lines' request costs. The phase hands its best roster to the working solution when it beats the start.
 *
 * <p>Why: a line move changes up to a whole horizon of days, and the score director re-evaluates every work-pattern
 * rule on each of them and undoes them again when the move is not taken; here a move costs its planner run and a sum
 * over the posts it touches. Every line either move makes keeps every limit (the planner plans only such lines and a
 * trade is checked by it), so cover and requests are the whole cost.
 */
public class LineLateAcceptance implements PhaseCommand<RotaSolution> {

    /** Tie-breaks per date and option below one cost unit over a whole line, so that repeated moves walk plateaus. */
    private static final int NOISE = 8;

    private int lateAcceptanceSize = 20;
    private int maxLines = 2;
    private int maxTradeDays = 28;
    private long maxMoves = Long.MAX_VALUE;
    private long seed;

    /** Steps back whose cost a move may match to be taken (as Timefold's {@code lateAcceptanceSize}). */
    public void setLateAcceptanceSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("lateAcceptanceSize must be at least 1, not " + size + ".");
        }
        this.lateAcceptanceSize = size;
    }

    /**
     * The most lines one line move re-plans (default 2). One line alone cannot hand work to a colleague (giving up a
     * shift that cover needs only costs); with two, shifts and weekends move between people in one step.
     */
    public void setMaxLines(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, not " + maxLines + ".");
        }
        this.maxLines = maxLines;
    }

    /**
     * The longest run of dates two clinicians trade in one move (default 28), as
     * {@link SameDateSwapMoveIteratorFactory} does.
     */
    public void setMaxTradeDays(int maxTradeDays) {
        if (maxTradeDays < 1) {
            throw new IllegalArgumentException("maxTradeDays must be at least 1, not " + maxTradeDays + ".");
        }
        this.maxTradeDays = maxTradeDays;
    }

    /** Moves at most (the default: no limit); the phase also ends when its time is up. */
    public void setMaxMoves(long maxMoves) {
        if (maxMoves < 1) {
            throw new IllegalArgumentException("maxMoves must be at least 1, not " + maxMoves + ".");
        }
        this.maxMoves = maxMoves;
    }

    /** Seed of the moves' draws and tie-breaks (the phase is deterministic for one seed and move limit). */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RotaSolution solution = scoreDirector.getWorkingSolution();
        LineModel model = new LineModel(solution, new LineReplanner(solution));
        if (model.rows.length == 0) {
            return;
        }
        Search search = new Search(model, new Random(seed));
        long start = search.cost;
        for (long move = 0; move < maxMoves && !isPhaseTerminated.getAsBoolean(); move++) {
            if (search.random.nextBoolean()) {
                search.lineMove();
            } else {
                search.tradeMove();
            }
        }
        if (search.bestCost < start) {
            model.apply(scoreDirector, search.best);
        }
    }

    /** The search's state: the lines, each post's count, the cost, the late costs and the best lines. */
    private final class Search {

        final LineModel model;
        final Random random;
        final int[][] lines;
        final int[] counts;
        final long[] late;
        long cost;
        int step;
        int[][] best;
        long bestCost;
        /** Scratch for a move: each post's count before it, and the posts it touched. */
        private final int[] countBefore;
        private final boolean[] touched;
        private final int[] touchedPosts;
        private int touchedSize;

        Search(LineModel model, Random random) {
            this.model = model;
            this.random = random;
            lines = model.currentLines();
            counts = model.counts(lines);
            cost = model.cost(lines);
            late = new long[lateAcceptanceSize];
            Arrays.fill(late, cost);
            best = copy(lines);
            bestCost = cost;
            countBefore = new int[model.posts.length];
            touched = new boolean[model.posts.length];
            touchedPosts = new int[model.posts.length];
        }

        /** One or two random lines out of the cover, then each planned in turn around the others. */
        void lineMove() {
            int count = Math.min(model.rows.length, 1 + random.nextInt(maxLines));
            int[] chosen = new int[count];
            for (int k = 0; k < count; k++) {
                int r;
                do {
                    r = random.nextInt(model.rows.length);
                } while (contains(chosen, k, r));
                chosen[k] = r;
            }
            clearTouched();
            int[][] old = new int[count][];
            long requestDelta = 0;
            for (int k = 0; k < count; k++) {
                old[k] = lines[chosen[k]];
                move(chosen[k], old[k], -1);
            }
            int[][] planned = new int[count][];
            boolean changed = false;
            for (int k = 0; k < count; k++) {
                int r = chosen[k];
                planned[k] = plan(r, old[k]);
                move(r, planned[k], 1);
                requestDelta += model.requestCost(r, planned[k]) - model.requestCost(r, old[k]);
                changed |= !Arrays.equals(planned[k], old[k]);
            }
            if (!changed) {
                return;
            }
            long next = cost + requestDelta + coverDelta();
            if (accept(next)) {
                for (int k = 0; k < count; k++) {
                    lines[chosen[k]] = planned[k];
                }
                took(next);
            } else {
                for (int k = 0; k < count; k++) {
                    move(chosen[k], planned[k], -1);
                    move(chosen[k], old[k], 1);
                }
            }
        }

        /**
         * Two clinicians trade their posts (or a day off for a post) on a run of dates from a random one: the cover
         * stays as it is, so only their requests change; taken only when both lines still keep every limit.
         */
        void tradeMove() {
            int a = random.nextInt(model.rows.length);
            int b = random.nextInt(model.rows.length);
            int days = model.rows[a].size();
            if (a == b || model.rows[b].size() != days
                    || !model.rows[a].get(0).getDate().equals(model.rows[b].get(0).getDate())) {
                return;
            }
            int from = random.nextInt(days);
            int length = 1 + random.nextInt(Math.min(maxTradeDays, days - from));
            int[] lineA = lines[a].clone();
            int[] lineB = lines[b].clone();
            boolean changed = false;
            for (int i = from; i < from + length; i++) {
                int optionA = optionFor(b, i, model.post(a, i, lines[a][i]));
                int optionB = optionFor(a, i, model.post(b, i, lines[b][i]));
                if (optionA < 0 || optionB < 0) {
                    return;
                }
                lineA[i] = optionB;
                lineB[i] = optionA;
                changed |= lineA[i] != lines[a][i];
            }
            if (!changed) {
                return;
            }
            long next = cost + model.requestCost(a, lineA) + model.requestCost(b, lineB)
                    - model.requestCost(a, lines[a]) - model.requestCost(b, lines[b]);
            if (accept(next) && model.planners[a].keepsLimits(lineA) && model.planners[b].keepsLimits(lineB)) {
                lines[a] = lineA;
                lines[b] = lineB;
                took(next);
            }
        }

        /** The row's cheapest line around the others' counts, with random tie-breaks; its old one if none. */
        private int[] plan(int r, int[] old) {
            long[][] costs = new long[old.length][];
            long scale = (long) NOISE * old.length + 1;
            for (int i = 0; i < old.length; i++) {
                long[] request = model.requestCosts[r][i];
                costs[i] = new long[request.length];
                for (int o = 0; o < request.length; o++) {
                    int p = model.postOf[r][i][o];
                    long cover = p < 0 ? 0 : model.marginalCoverCost(p, counts[p]);
                    costs[i][o] = (request[o] + cover) * scale + random.nextInt(NOISE);
                }
            }
            BestLinePlanner.Line line = model.planners[r].plan(costs, model.lineCost(r, old, costs));
            return line == null ? old : model.options(r, line);
        }

        /** Late acceptance as Timefold's: no worse than the last step or than the step a list's length ago. */
        private boolean accept(long next) {
            return next <= cost || next <= late[step % late.length];
        }

        private void took(long next) {
            cost = next;
            late[step % late.length] = next;
            step++;
            if (next < bestCost) {
                bestCost = next;
                best = copy(lines);
            }
        }

        /** Adds ({@code sign} 1) or removes (-1) a line's posts from the counts, noting the posts touched. */
        private void move(int r, int[] line, int sign) {
            for (int i = 0; i < line.length; i++) {
                int p = model.postOf[r][i][line[i]];
                if (p >= 0) {
                    if (!touched[p]) {
                        touched[p] = true;
                        countBefore[p] = counts[p];
                        touchedPosts[touchedSize++] = p;
                    }
                    counts[p] += sign;
                }
            }
        }

        /** The change in cover cost over the posts touched since the move began. */
        private long coverDelta() {
            long delta = 0;
            for (int k = 0; k < touchedSize; k++) {
                int p = touchedPosts[k];
                delta += model.coverCost(p, counts[p]) - model.coverCost(p, countBefore[p]);
            }
            return delta;
        }

        private void clearTouched() {
            for (int k = 0; k < touchedSize; k++) {
                touched[touchedPosts[k]] = false;
            }
            touchedSize = 0;
        }

        /** The option of row r's day i that is this post (0 for a day off), or -1 when the day cannot take it. */
        private int optionFor(int r, int i, Post post) {
            if (post == null) {
                return 0;
            }
            List<Post> possible = model.rows[r].get(i).getPossiblePosts();
            int index = possible.indexOf(post);
            return index < 0 ? -1 : index + 1;
        }
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int k = 0; k < size; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[][] copy(int[][] lines) {
        int[][] copy = new int[lines.length][];
        for (int r = 0; r < lines.length; r++) {
            copy[r] = lines[r].clone();
        }
        return copy;
    }
}

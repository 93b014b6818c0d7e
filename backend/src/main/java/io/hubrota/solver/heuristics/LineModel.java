package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
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
import java.util.Set;

/**
 * The patterned clinicians' rows, their options and the weighed posts as arrays, for phases that plan whole lines
 * many times over ({@link CoverPriceDescent}, {@link LineLateAcceptance}): a line is the option index of each of the
 * row's days (0 a day off, {@code k + 1} its {@code k}-th possible post).
 */
final class LineModel {

    /** Tie-break of the repair: a day keeps its option unless another is cheaper by a whole unit. */
    private static final int NOISE = 10;
    private static final int MAX_REPAIR_PASSES = 10;

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
    LineModel(RotaSolution solution, LineReplanner replanner) {
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
            cost += requestCost(r, lines[r]);
        }
        int[] counts = counts(lines);
        for (int p = 0; p < posts.length; p++) {
            cost += coverCost(p, counts[p]);
        }
        return cost;
    }

    /** What the row's requests cost on this line. */
    long requestCost(int r, int[] line) {
        long cost = 0;
        for (int i = 0; i < line.length; i++) {
            cost += requestCosts[r][i][line[i]];
        }
        return cost;
    }

    /** What post p costs with {@code count} clinicians on it: under weight per one short, over weight per one over. */
    long coverCost(int p, int count) {
        return count < min[p] ? under[p] * (min[p] - count) : over[p] * (count - min[p]);
    }

    /** What one more clinician on post p costs when {@code others} work it: minus its under weight while short. */
    long marginalCoverCost(int p, int others) {
        return others < min[p] ? -under[p] : over[p];
    }

    /** The post of option {@code option} of row r's day i, or null for a day off. */
    Post post(int r, int i, int option) {
        return option == 0 ? null : rows[r].get(i).getPossiblePosts().get(option - 1);
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
                        long cover = p < 0 ? 0 : marginalCoverCost(p, counts[p] - (line[i] == o ? 1 : 0));
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
                line.add(post(r, i, lines[r][i]));
            }
            BestLineDescent.assign(scoreDirector, rows[r], line);
        }
    }
}

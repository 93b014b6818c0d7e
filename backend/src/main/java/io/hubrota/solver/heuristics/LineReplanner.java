package io.hubrota.solver.heuristics;

import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.WorkPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Re-plans whole lines of clinicians with a {@link WorkPattern}: their work is taken out of the cover, then each line
 * is planned in turn by {@link BestLinePlanner} around everybody else's, the lines already re-planned included. Shared
 * by {@link BestLineDescent}, {@link CoverPriceDescent} and {@link LineLateAcceptance} (through {@link LineModel}).
 */
final class LineReplanner {

    /**
     * Tie-breaks per date and option, below one cost unit over a whole line: random noise in [0, NOISE) when a
     * random is given, so that repeated moves walk plateaus; otherwise NOISE - 1 on every option but the day's current
     * one, so that a line only changes for a cheaper one.
     */
    private static final int NOISE = 8;

    private final Map<String, WorkPattern> patternByClinician = new HashMap<>();
    private final List<List<ClinicianDay>> rows;
    private final LineCosts lineCosts;
    /** Each row's planner (null: a row the planner cannot take), built once: the rows' options never change. */
    private final Map<List<ClinicianDay>, BestLinePlanner> planners = new IdentityHashMap<>();

    LineReplanner(RotaSolution solution) {
        solution.getWorkPatterns().forEach(pattern -> patternByClinician.put(pattern.clinician().id(), pattern));
        Map<String, List<ClinicianDay>> byClinician = new LinkedHashMap<>();
        for (ClinicianDay day : solution.getClinicianDays()) {
            if (patternByClinician.containsKey(day.getClinician().id())) {
                byClinician.computeIfAbsent(day.getClinician().id(), id -> new ArrayList<>()).add(day);
            }
        }
        byClinician.values().forEach(row -> row.sort(Comparator.comparing(ClinicianDay::getDate)));
        rows = new ArrayList<>(byClinician.values());
        for (List<ClinicianDay> row : rows) {
            planners.put(row, BestLinePlanner.forRow(row, patternByClinician.get(row.get(0).getClinician().id())));
        }
        lineCosts = new LineCosts(solution);
    }

    /** Each patterned clinician's days in date order. */
    List<List<ClinicianDay>> rows() {
        return rows;
    }

    /** The row's planner, or null when the planner cannot take the row. */
    BestLinePlanner planner(List<ClinicianDay> row) {
        return planners.get(row);
    }

    LineCosts lineCosts() {
        return lineCosts;
    }

    /**
     * New posts for the days of {@code chosen}, concatenated in that order; a row without any line that keeps its
     * limits keeps its current posts.
     *
     * @param assigned {@link LineCosts#assignedCounts} of the current solution
     * @param random for random tie-breaks; null to keep current posts on ties
     */
    List<Post> replan(List<List<ClinicianDay>> chosen, Map<Post, Integer> assigned, Random random) {
        Map<Post, Integer> counts = new HashMap<>(assigned);
        chosen.forEach(row -> row.forEach(day -> count(counts, day.getPost(), -1)));
        List<Post> targets = new ArrayList<>();
        for (List<ClinicianDay> row : chosen) {
            List<Post> line = planLine(row, counts, random);
            line.forEach(post -> count(counts, post, 1));
            targets.addAll(line);
        }
        return targets;
    }

    /** The row's best line around {@code counts} (which leave the row itself out), or its current one if none. */
    private List<Post> planLine(List<ClinicianDay> row, Map<Post, Integer> counts, Random random) {
        // optionCosts takes a day's current post out of the counts itself, so the row is put back for the call.
        Map<Post, Integer> withRow = new HashMap<>(counts);
        row.forEach(day -> count(withRow, day.getPost(), 1));
        long[][] costs = lineCosts.optionCosts(row, withRow);
        long scale = (long) NOISE * row.size() + 1;
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            long[] dayCosts = costs[index];
            for (int option = 0; option < dayCosts.length; option++) {
                Post post = option == 0 ? null : day.getPossiblePosts().get(option - 1);
                long tieBreak = random != null ? random.nextInt(NOISE) : post == day.getPost() ? 0 : NOISE - 1;
                dayCosts[option] = dayCosts[option] * scale + tieBreak;
            }
        }
        BestLinePlanner planner = planners.get(row);
        BestLinePlanner.Line line = planner == null ? null : planner.plan(costs);
        if (line != null) {
            return line.posts();
        }
        List<Post> current = new ArrayList<>(row.size());
        row.forEach(day -> current.add(day.getPost()));
        return current;
    }

    private static void count(Map<Post, Integer> counts, Post post, int change) {
        if (post != null) {
            counts.merge(post, change, Integer::sum);
        }
    }
}

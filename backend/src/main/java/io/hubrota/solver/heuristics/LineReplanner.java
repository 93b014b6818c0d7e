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

/**
 * The rows of the clinicians with a {@link WorkPattern}, each with its {@link BestLinePlanner}, and a row's best line
 * around everybody else's ({@link BestLineDescent}). {@link CoverPriceDescent} and {@link LineLateAcceptance} take the
 * rows and planners through {@link LineModel}.
 */
final class LineReplanner {

    /**
     * Tie-break per date and option, below one cost unit over a whole line: NOISE - 1 on every option but the day's
     * current one, so that a line only changes for a cheaper one.
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
     * The row's best line around everybody else's, as posts for its days in date order, or its current posts when no
     * line keeps its limits. On ties the row keeps its current posts, so a line only changes for a cheaper one.
     *
     * @param assigned {@link LineCosts#assignedCounts} of the current solution, the row's own days included
     */
    List<Post> replan(List<ClinicianDay> row, Map<Post, Integer> assigned) {
        long[][] costs = lineCosts.optionCosts(row, assigned);
        long scale = (long) NOISE * row.size() + 1;
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            long[] dayCosts = costs[index];
            for (int option = 0; option < dayCosts.length; option++) {
                Post post = option == 0 ? null : day.getPossiblePosts().get(option - 1);
                dayCosts[option] = dayCosts[option] * scale + (post == day.getPost() ? 0 : NOISE - 1);
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
}

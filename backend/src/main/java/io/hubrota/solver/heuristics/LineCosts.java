package io.hubrota.solver.heuristics;

import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.Shift;
import io.hubrota.solver.domain.ShiftRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each choice of one clinician's date costs while everybody else's days stay as they are, in the soft units of
 * the work-pattern rules: a post still short of its minimum gains its under weight, a full one costs its over weight
 * ({@link CoverWeights}), and a {@link ShiftRequest} not met costs its weight. The solver's score remains the
 * judge of a move; these costs only steer {@link BestLinePlanner}.
 */
final class LineCosts {

    private final Map<Post, CoverWeights> coverWeights = new HashMap<>();
    private final Map<String, List<ShiftRequest>> requestsByClinician = new HashMap<>();

    LineCosts(RotaSolution solution) {
        solution.getCoverWeights().forEach(weights -> coverWeights.put(weights.post(), weights));
        for (ShiftRequest request : solution.getShiftRequests()) {
            requestsByClinician.computeIfAbsent(request.clinician().id(), id -> new ArrayList<>()).add(request);
        }
    }

    /** How many clinicians work each post now. */
    static Map<Post, Integer> assignedCounts(List<ClinicianDay> days) {
        Map<Post, Integer> counts = new HashMap<>();
        for (ClinicianDay day : days) {
            if (day.getPost() != null) {
                counts.merge(day.getPost(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * For each day of the row, the cost of a day off (index 0) and of each possible post (index {@code k + 1}).
     *
     * @param assigned {@link #assignedCounts} of the current solution, the row's own days included
     */
    long[][] optionCosts(List<ClinicianDay> row, Map<Post, Integer> assigned) {
        long[][] costs = requestCosts(row);
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            List<Post> posts = day.getPossiblePosts();
            for (int option = 1; option <= posts.size(); option++) {
                costs[index][option] += coverCost(posts.get(option - 1), day, assigned);
            }
        }
        return costs;
    }

    /** As {@link #optionCosts}, but only what the row's own shift requests cost: no cover. */
    long[][] requestCosts(List<ClinicianDay> row) {
        List<ShiftRequest> requests = requestsByClinician.getOrDefault(row.get(0).getClinician().id(), List.of());
        Map<Shift, List<ShiftRequest>> requestsByShift = new HashMap<>();
        Map<LocalDate, Long> wantedByDate = new HashMap<>();
        for (ShiftRequest request : requests) {
            requestsByShift.computeIfAbsent(request.shift(), s -> new ArrayList<>()).add(request);
            if (request.wanted()) {
                wantedByDate.merge(request.shift().date(), (long) request.weight(), Long::sum);
            }
        }
        long[][] costs = new long[row.size()][];
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            List<Post> posts = day.getPossiblePosts();
            costs[index] = new long[posts.size() + 1];
            // A day off misses every shift the clinician asked to work that date.
            long wantedOnThisDate = wantedByDate.getOrDefault(day.getDate(), 0L);
            costs[index][0] = wantedOnThisDate;
            for (int option = 1; option <= posts.size(); option++) {
                long cost = wantedOnThisDate;
                for (ShiftRequest request : requestsByShift.getOrDefault(posts.get(option - 1).shift(), List.of())) {
                    cost += request.wanted() ? -request.weight() : request.weight();
                }
                costs[index][option] = cost;
            }
        }
        return costs;
    }

    /** The post's cover weights, or null when its cover is not weighed (a hub post). */
    CoverWeights coverWeights(Post post) {
        return coverWeights.get(post);
    }

    private long coverCost(Post post, ClinicianDay day, Map<Post, Integer> assigned) {
        CoverWeights weights = coverWeights.get(post);
        if (weights == null) {
            return 0;
        }
        int others = assigned.getOrDefault(post, 0) - (post.equals(day.getPost()) ? 1 : 0);
        return others < post.min() ? -weights.underWeight() : weights.overWeight();
    }
}

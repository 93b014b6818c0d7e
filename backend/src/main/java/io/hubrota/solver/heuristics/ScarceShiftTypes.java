package io.hubrota.solver.heuristics;

import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.WorkPattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Shift types whose cover asks for more shifts over the horizon than the clinicians' caps on that type add up to (every
 * work pattern must cap the type; one without a cap could work it on any date). Their shortfall is forced: whatever
 * the roster, at least the difference is short, and a roster reaches that least only when everybody able to work the
 * type works it up to her cap.
 */
final class ScarceShiftTypes {

    private ScarceShiftTypes() {
    }

    /** The scarce types of the solution's weighed cover; none without work patterns (hub rotas). */
    static Set<String> of(RotaSolution solution) {
        Map<String, Long> capacity = new HashMap<>();
        Set<String> uncapped = new HashSet<>();
        for (WorkPattern pattern : solution.getWorkPatterns()) {
            for (String type : new HashSet<>(pattern.shiftTypeByShiftId().values())) {
                Integer max = pattern.maxShiftsOf(type);
                if (max == null) {
                    uncapped.add(type);
                } else {
                    capacity.merge(type, (long) max, Long::sum);
                }
            }
        }
        Map<String, Long> demand = new HashMap<>();
        for (CoverWeights weights : solution.getCoverWeights()) {
            String type = typeOf(solution, weights);
            if (type != null) {
                demand.merge(type, (long) weights.post().min(), Long::sum);
            }
        }
        Set<String> scarce = new HashSet<>();
        demand.forEach((type, shifts) -> {
            if (!uncapped.contains(type) && shifts > capacity.getOrDefault(type, 0L)) {
                scarce.add(type);
            }
        });
        return scarce;
    }

    /** The shift type of a weighed post, or null when no work pattern names it. */
    static String typeOf(RotaSolution solution, CoverWeights weights) {
        // The importer shares one type map between all patterns of a problem.
        return solution.getWorkPatterns().isEmpty() ? null
                : solution.getWorkPatterns().get(0).shiftTypeOf(weights.post().shift());
    }
}

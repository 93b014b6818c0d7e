package io.hubrota.rota;

import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import java.util.HashMap;
import java.util.Map;

/**
 * The share of required clinician-minutes covered: each requirement line needs its minimum of clinicians for the
 * shift's length; clinicians beyond the minimum cover nothing more. A rota that requires nothing is fully covered.
 */
public final class Coverage {

    private long required;

    private long covered;

    public void addLine(long shiftMinutes, int min, int assigned) {
        required += shiftMinutes * min;
        covered += shiftMinutes * Math.min(min, assigned);
    }

    public double percent() {
        return required == 0 ? 100.0 : Math.round(1000.0 * covered / required) / 10.0;
    }

    public static double of(RotaSolution solution) {
        Map<Post, Integer> assigned = new HashMap<>();
        for (ClinicianDay day : solution.getClinicianDays()) {
            if (day.getPost() != null) {
                assigned.merge(day.getPost(), 1, Integer::sum);
            }
        }
        Coverage coverage = new Coverage();
        for (Post post : solution.getPosts()) {
            coverage.addLine(post.shift().minutes(), post.min(), assigned.getOrDefault(post, 0));
        }
        return coverage.percent();
    }
}

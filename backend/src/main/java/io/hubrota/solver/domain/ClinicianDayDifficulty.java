package io.hubrota.solver.domain;

import java.util.Comparator;

/**
 * Construction order: days with fewer possible posts are harder to place, so "decreasing difficulty" fills them
 * first while their few options are still free. Days with no possible post have nothing to decide and come last.
 */
public class ClinicianDayDifficulty implements Comparator<ClinicianDay> {

    private static final Comparator<ClinicianDay> ORDER = Comparator
            .comparingInt(ClinicianDayDifficulty::difficulty)
            .thenComparing(ClinicianDay::getId);

    private static int difficulty(ClinicianDay day) {
        int options = day.getPossiblePosts().size();
        return options == 0 ? Integer.MIN_VALUE : -options;
    }

    @Override
    public int compare(ClinicianDay a, ClinicianDay b) {
        return ORDER.compare(a, b);
    }
}

package io.hubrota.solver.domain;

import java.util.Comparator;

/**
 * Construction order: days with fewer possible posts are harder to place, so "decreasing difficulty" fills them
 * first while their few options are still free.
 */
public class ClinicianDayDifficulty implements Comparator<ClinicianDay> {

    private static final Comparator<ClinicianDay> ORDER = Comparator
            .comparingInt((ClinicianDay day) -> -day.getPossiblePosts().size())
            .thenComparing(ClinicianDay::getId);

    @Override
    public int compare(ClinicianDay a, ClinicianDay b) {
        return ORDER.compare(a, b);
    }
}

package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.time.LocalDate;

/** No continuous weekly rest period of the required length in a 7-day window. */
public record WeeklyRestJustification(String clinicianId, String clinicianName, LocalDate windowStart, long longestRestMinutes, long requiredMinutes) implements ConstraintJustification {

    public String description() {
        return clinicianName + "'s longest rest in the 7 days from " + windowStart + " would be "
                + Minutes.format(longestRestMinutes) + ", needs " + Minutes.format(requiredMinutes);
    }
}

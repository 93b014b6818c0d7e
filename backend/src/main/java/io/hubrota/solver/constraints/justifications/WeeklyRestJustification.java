package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** No continuous weekly rest period of the required length in a 7-day window. */
public record WeeklyRestJustification(
        String clinicianId,
        String clinicianName,
        LocalDate windowStart,
        long longestRestMinutes,
        long requiredMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + "'s longest rest in the 7 days from " + windowStart + " would be "
                + Minutes.format(longestRestMinutes) + ", needs " + Minutes.format(requiredMinutes);
    }
}

package io.hubrota.admin;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A weekly session at the home practice, optionally limited to a period (both ends inclusive). */
@EndAfterStart
record CommitmentRequest(@NotNull DayOfWeek weekday, @NotNull LocalTime start, @NotNull LocalTime end,
        LocalDate validFrom, LocalDate validTo) implements TimeRange {

    static CommitmentRequest weekly(DayOfWeek weekday, LocalTime start, LocalTime end) {
        return new CommitmentRequest(weekday, start, end, null, null);
    }
}

package io.hubrota.admin;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A hub's opening window on one weekday; a weekday left out is a closed day. */
@EndAfterStart(field = "closes", message = "must be after the opening time")
record OpeningHoursRequest(@NotNull DayOfWeek weekday, @NotNull LocalTime opens, @NotNull LocalTime closes)
        implements TimeRange {

    @Override
    public LocalTime start() {
        return opens;
    }

    @Override
    public LocalTime end() {
        return closes;
    }
}

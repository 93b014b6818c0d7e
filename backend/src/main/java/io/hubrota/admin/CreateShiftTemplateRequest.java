package io.hubrota.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A new weekly hub session with its requirement lines. */
@EndAfterStart
record CreateShiftTemplateRequest(
        @NotNull DayOfWeek weekday,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @NotEmpty List<@NotNull @Valid RequirementRequest> requirements) implements TimeRange {
}

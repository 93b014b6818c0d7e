package io.hubrota.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A template's new times and requirement lines (replacing all of them), and the version they were edited from. */
@EndAfterStart
record UpdateShiftTemplateRequest(
        @NotNull Integer version,
        @NotNull DayOfWeek weekday,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @NotEmpty List<@NotNull @Valid RequirementRequest> requirements) implements TimeRange {
}

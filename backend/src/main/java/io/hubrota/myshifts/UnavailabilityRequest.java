package io.hubrota.myshifts;

import io.hubrota.clinicians.UnavailabilityKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Leave or another absence a clinician records for themselves: {@code from} to {@code to} inclusive, whole days
 * unless a start time (on the first day) or an end time (on the last day) narrows it. Only future periods: what has
 * already started is the hub manager's to change. Sickness and training come from the manager, not from here.
 */
record UnavailabilityRequest(@NotNull @Future(message = "must be a future date") LocalDate from,
        @NotNull LocalDate to, LocalTime startTime, LocalTime endTime, @NotNull UnavailabilityKind kind,
        @Size(max = 200) String reason) {

    @AssertTrue(message = "kind must be LEAVE or OTHER")
    public boolean isSelfRecordable() {
        return kind == null || kind == UnavailabilityKind.LEAVE || kind == UnavailabilityKind.OTHER;
    }

    @AssertTrue(message = "to must not be before from")
    public boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }

    @AssertTrue(message = "on a single day the end time must be after the start time")
    public boolean isTimeOrdered() {
        return from == null || !from.equals(to) || startTime == null || endTime == null || endTime.isAfter(startTime);
    }
}

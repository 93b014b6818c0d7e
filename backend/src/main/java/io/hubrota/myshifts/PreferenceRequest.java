package io.hubrota.myshifts;

import io.hubrota.clinicians.PreferenceKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** A wish for or against a weekday, a (future) date or a hub; the kind says which one it names. */
record PreferenceRequest(@NotNull PreferenceKind kind, DayOfWeek weekday,
        @Future(message = "must be a future date") LocalDate date, Long hubId,
        @NotNull @Min(1) @Max(10) Integer weight) {

    @AssertTrue(message = "name exactly the weekday, date or hub the kind is about")
    public boolean isTargetConsistent() {
        return kind == null || (kind.aboutWeekday() == (weekday != null) && kind.aboutDate() == (date != null)
                && kind.aboutHub() == (hubId != null));
    }
}

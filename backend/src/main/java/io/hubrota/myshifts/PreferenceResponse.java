package io.hubrota.myshifts;

import io.hubrota.clinicians.PreferenceKind;
import java.time.DayOfWeek;
import java.time.LocalDate;

record PreferenceResponse(long id, int version, PreferenceKind kind, DayOfWeek weekday, LocalDate date, Long hubId,
        String hubName, int weight) {
}

package io.hubrota.myshifts;

import io.hubrota.clinicians.UnavailabilityKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A recorded absence: the instants it runs between (start inclusive, end exclusive) and the same as local dates and
 * times, with the times left out where the absence starts or ends at a day boundary.
 */
record UnavailabilityResponse(long id, int version, Instant start, Instant end, LocalDate from, LocalDate to,
        LocalTime startTime, LocalTime endTime, UnavailabilityKind kind, String reason) {
}

package io.hubrota.calendar;

import java.time.Instant;

/** Whether the clinician has a working feed and since when; the token itself cannot be shown again. */
record CalendarTokenStatusResponse(boolean active, Instant createdAt) {
}

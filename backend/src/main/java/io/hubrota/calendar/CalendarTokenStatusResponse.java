package io.hubrota.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Whether the clinician has a working feed and since when; the token itself cannot be shown again. */
record CalendarTokenStatusResponse(boolean active, @Schema(nullable = true) Instant createdAt) {
}

package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import io.hubrota.shared.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public feed calendar apps subscribe to. The secret token in the path is the only credential, so unknown and
 * revoked tokens (and the feeds of clinicians no longer active) get the same 404 and nothing about whose feed it
 * was.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/api/calendar/{token}.ics";

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarTokens tokens;

    private final ShiftCalendar calendar;

    CalendarFeedController(CalendarTokens tokens, ShiftCalendar calendar) {
        this.tokens = tokens;
        this.calendar = calendar;
    }

    @GetMapping(path = PATH, produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable String token) {
        // A clinician who has left keeps no live feed of their old shifts.
        var clinician = tokens.clinicianFor(token)
            .filter(Clinician::isActive)
            .orElseThrow(() -> new NotFoundException("No such calendar feed"));
        return ResponseEntity.ok()
            .contentType(TEXT_CALENDAR)
            // Personal data behind a secret URL: shared caches must not keep it.
            .cacheControl(CacheControl.noStore())
            .body(calendar.feedFor(clinician));
    }
}

package io.hubrota.calendar;

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
 * revoked tokens get the same 404 and nothing about whose feed it was.
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

    @GetMapping(PATH)
    ResponseEntity<String> feed(@PathVariable String token) {
        var clinician = tokens.clinicianFor(token).orElseThrow(() -> new NotFoundException("No such calendar feed"));
        return ResponseEntity.ok()
            .contentType(TEXT_CALENDAR)
            // Personal data behind a secret URL: shared caches must not keep it.
            .cacheControl(CacheControl.noStore())
            .body(calendar.feedFor(clinician));
    }
}

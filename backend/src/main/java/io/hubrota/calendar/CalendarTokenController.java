package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import io.hubrota.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in clinician's calendar subscription: create or rotate, revoke, and see whether one is active. */
@RestController
@RequestMapping("/api/me/calendar-token")
class CalendarTokenController {

    private final CurrentUser currentUser;

    private final CalendarTokens tokens;

    CalendarTokenController(CurrentUser currentUser, CalendarTokens tokens) {
        this.currentUser = currentUser;
        this.tokens = tokens;
    }

    @GetMapping
    CalendarTokenStatusResponse status() {
        return tokens.active(currentUser.requireClinician())
            .map(token -> new CalendarTokenStatusResponse(true, token.getCreatedAt()))
            .orElseGet(() -> new CalendarTokenStatusResponse(false, null));
    }

    /** A new feed address; any earlier one stops working. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CalendarTokenResponse rotate() {
        Clinician clinician = currentUser.requireClinician();
        String token = tokens.rotate(clinician);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
            .path(CalendarFeedController.PATH)
            .buildAndExpand(token)
            .toUriString();
        return new CalendarTokenResponse(url);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke() {
        tokens.revoke(currentUser.requireClinician());
    }
}

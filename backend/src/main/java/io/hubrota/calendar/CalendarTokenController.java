package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import io.hubrota.myshifts.SignedInClinician;
import java.security.Principal;
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

    private final SignedInClinician signedIn;

    private final CalendarTokens tokens;

    CalendarTokenController(SignedInClinician signedIn, CalendarTokens tokens) {
        this.signedIn = signedIn;
        this.tokens = tokens;
    }

    @GetMapping
    CalendarTokenStatusResponse status(Principal principal) {
        return tokens.active(signedIn.require(principal))
            .map(token -> new CalendarTokenStatusResponse(true, token.getCreatedAt()))
            .orElseGet(() -> new CalendarTokenStatusResponse(false, null));
    }

    /** A new feed address; any earlier one stops working. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CalendarTokenResponse rotate(Principal principal) {
        Clinician clinician = signedIn.require(principal);
        String token = tokens.rotate(clinician);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
            .path(CalendarFeedController.PATH)
            .buildAndExpand(token)
            .toUriString();
        return new CalendarTokenResponse(url);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Principal principal) {
        tokens.revoke(signedIn.require(principal));
    }
}

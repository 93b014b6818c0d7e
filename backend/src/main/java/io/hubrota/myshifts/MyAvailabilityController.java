package io.hubrota.myshifts;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician records their own future leave, absences and preferences. */
@RestController
@RequestMapping("/api/me")
class MyAvailabilityController {

    private final MyAvailability availability;

    MyAvailabilityController(MyAvailability availability) {
        this.availability = availability;
    }

    @GetMapping("/unavailability")
    List<UnavailabilityResponse> unavailability() {
        return availability.unavailability();
    }

    @PostMapping("/unavailability")
    @ResponseStatus(HttpStatus.CREATED)
    UnavailabilityResponse addUnavailability(@Valid @RequestBody UnavailabilityRequest request) {
        return availability.addUnavailability(request);
    }

    @DeleteMapping("/unavailability/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeUnavailability(@PathVariable long id) {
        availability.removeUnavailability(id);
    }

    @GetMapping("/preferences")
    List<PreferenceResponse> preferences() {
        return availability.preferences();
    }

    @PostMapping("/preferences")
    @ResponseStatus(HttpStatus.CREATED)
    PreferenceResponse addPreference(@Valid @RequestBody PreferenceRequest request) {
        return availability.addPreference(request);
    }

    @DeleteMapping("/preferences/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePreference(@PathVariable long id) {
        availability.removePreference(id);
    }
}

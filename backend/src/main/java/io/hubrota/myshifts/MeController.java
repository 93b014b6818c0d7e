package io.hubrota.myshifts;

import io.hubrota.shared.web.DateRange;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician's own profile, published shifts and hours against their baseline. */
@RestController
@RequestMapping("/api/me")
class MeController {

    private final MyShifts myShifts;

    MeController(MyShifts myShifts) {
        this.myShifts = myShifts;
    }

    @GetMapping
    MeResponse me(Principal principal) {
        return myShifts.me(principal);
    }

    @GetMapping("/shifts")
    List<MyShiftResponse> shifts(@Valid @ParameterObject DateRange range, Principal principal) {
        return myShifts.shifts(principal, range);
    }

    @GetMapping("/hours")
    List<WeekHoursResponse> hours(@Valid @ParameterObject DateRange range, Principal principal) {
        return myShifts.hours(principal, range);
    }
}

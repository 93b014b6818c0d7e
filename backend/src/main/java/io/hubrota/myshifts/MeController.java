package io.hubrota.myshifts;

import io.hubrota.shared.web.DateRange;
import jakarta.validation.Valid;
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
    MeResponse me() {
        return myShifts.me();
    }

    @GetMapping("/shifts")
    List<MyShiftResponse> shifts(@Valid @ParameterObject DateRange range) {
        return myShifts.shifts(range);
    }

    @GetMapping("/hours")
    List<WeekHoursResponse> hours(@Valid @ParameterObject DateRange range) {
        return myShifts.hours(range);
    }
}

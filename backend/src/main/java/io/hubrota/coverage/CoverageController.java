package io.hubrota.coverage;

import io.hubrota.shared.web.DateRange;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only coverage views for operations leads, hub managers and administrators (URL rules in security). */
@RestController
@RequestMapping("/api/coverage")
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    /** Required against staffed clinicians per hub, date and hour, and the gaps below minimum. */
    @GetMapping
    CoverageResponse coverage(@Valid DateRange range, @RequestParam(required = false) Long hubId) {
        return coverage.coverage(range, hubId);
    }

    /** Seven-day access figures; {@code hubId} may be repeated to look at some hubs only. */
    @GetMapping("/access")
    AccessResponse access(@Valid DateRange range, @RequestParam(name = "hubId", required = false) List<Long> hubIds) {
        return coverage.access(range, hubIds);
    }
}

package io.hubrota.coverage;

import io.hubrota.shared.web.DateRange;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only coverage views for operations leads, hub managers and administrators (URL rules in security); a hub
 * manager sees the hubs they manage.
 */
@RestController
@RequestMapping("/api/coverage")
class CoverageController {

    private final CoverageService coverage;

    private final HubScope scope;

    CoverageController(CoverageService coverage, HubScope scope) {
        this.coverage = coverage;
        this.scope = scope;
    }

    /** Required against staffed clinicians per hub, date and hour, and the gaps below minimum. */
    @GetMapping
    CoverageResponse coverage(@Valid @ParameterObject DateRange range, @RequestParam(required = false) Long hubId,
            Authentication caller) {
        return coverage.coverage(range, hubId, scope.visibleHubs(caller));
    }

    /** Seven-day access figures; {@code hubId} may be repeated to look at some hubs only. */
    @GetMapping("/access")
    AccessResponse access(@Valid @ParameterObject DateRange range,
            @RequestParam(name = "hubId", required = false) List<Long> hubIds, Authentication caller) {
        return coverage.access(range, hubIds, scope.visibleHubs(caller));
    }
}

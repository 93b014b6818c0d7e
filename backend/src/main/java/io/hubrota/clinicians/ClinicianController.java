package io.hubrota.clinicians;

import io.hubrota.shared.Role;
import io.hubrota.shared.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clinician directory for managers, operations and administrators; changes go through /api/admin/clinicians. */
@RestController
@RequestMapping("/api/clinicians")
class ClinicianController {

    private final ClinicianReadService clinicians;

    ClinicianController(ClinicianReadService clinicians) {
        this.clinicians = clinicians;
    }

    @GetMapping
    PageResponse<ClinicianSummaryResponse> search(@RequestParam(required = false) Role role,
            @RequestParam(required = false) Long practiceId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return clinicians.search(role, practiceId, q, page, size);
    }

    @GetMapping("/{clinicianId}")
    ClinicianResponse get(@PathVariable long clinicianId) {
        return clinicians.get(clinicianId);
    }
}

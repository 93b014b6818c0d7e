package io.hubrota.clinicians;

import io.hubrota.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import java.util.TreeSet;

/** A row of the clinician directory. */
public record ClinicianSummaryResponse(Long id, Integer version, String code, String name, Role role,
        Set<String> skills, PracticeRef practice, int baselineWeeklyMinutes, int maxTravelMinutes, boolean active,
        @Schema(nullable = true) String email) {

    /** Reads skills and the practice, so call it inside a transaction. */
    static ClinicianSummaryResponse from(Clinician clinician) {
        return new ClinicianSummaryResponse(clinician.getId(), clinician.getVersion(), clinician.getCode(),
                clinician.getName(), clinician.getRole(), new TreeSet<>(clinician.getSkills()),
                PracticeRef.from(clinician.getPractice()), clinician.getBaselineWeeklyMinutes(),
                clinician.getMaxTravelMinutes(), clinician.isActive(), clinician.getEmail());
    }
}

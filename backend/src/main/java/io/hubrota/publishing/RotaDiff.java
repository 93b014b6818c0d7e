package io.hubrota.publishing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What changed between two plans of a rota, per clinician: the shifts they gained and lost. {@code toVersion} is
 * null when the newer plan is the unpublished working copy.
 */
public record RotaDiff(int fromVersion, @Schema(nullable = true) Integer toVersion, int changedClinicians, List<ClinicianChange> changes) {

    public record ClinicianChange(long clinicianId, String clinicianName, List<ShiftRef> gained,
            List<ShiftRef> lost) {
    }

    public record ShiftRef(long shiftId, String hubName, LocalDateTime start, LocalDateTime end) {
    }
}

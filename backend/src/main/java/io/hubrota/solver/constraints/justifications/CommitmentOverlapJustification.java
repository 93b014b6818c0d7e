package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** A hub shift overlapping the clinician's practice commitment. */
public record CommitmentOverlapJustification(
        String clinicianId,
        String clinicianName,
        String shiftId,
        LocalDate date,
        long overlapMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + "'s shift " + shiftId + " on " + date + " overlaps a practice commitment by "
                + Minutes.format(overlapMinutes);
    }
}

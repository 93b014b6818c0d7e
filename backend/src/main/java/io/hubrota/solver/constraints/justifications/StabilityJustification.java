package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** A clinician-day that differs from the previous (published) plan. */
public record StabilityJustification(
        String clinicianId,
        String clinicianName,
        LocalDate date,
        String previousShiftId,
        String shiftId) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " on " + date + ": " + (previousShiftId == null ? "day off" : previousShiftId)
                + " becomes " + (shiftId == null ? "day off" : shiftId);
    }
}

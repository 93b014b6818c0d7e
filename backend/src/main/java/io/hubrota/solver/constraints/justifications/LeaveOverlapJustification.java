package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** A hub shift during the clinician's leave or unavailability. */
public record LeaveOverlapJustification(
        String clinicianId,
        String clinicianName,
        String shiftId,
        LocalDate date,
        long overlapMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " is on leave or unavailable for " + Minutes.format(overlapMinutes) + " of shift "
                + shiftId + " on " + date;
    }
}

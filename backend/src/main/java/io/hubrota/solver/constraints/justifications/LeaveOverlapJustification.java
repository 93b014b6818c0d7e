package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.time.LocalDate;

/** A hub shift during the clinician's leave or unavailability. */
public record LeaveOverlapJustification(String clinicianId, String clinicianName, String shiftId, LocalDate date, long overlapMinutes) implements ConstraintJustification {

    public String description() {
        return clinicianName + " is on leave or unavailable for " + Minutes.format(overlapMinutes) + " of shift " + shiftId
                + " on " + date;
    }
}

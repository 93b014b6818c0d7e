package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.time.LocalDate;

/** Too little real elapsed rest between one day's work and the next. */
public record RestBetweenDaysJustification(String clinicianId, String clinicianName, LocalDate firstDate, long restMinutes, long requiredMinutes) implements ConstraintJustification {

    public String description() {
        return clinicianName + " would rest " + Minutes.format(restMinutes) + " between " + firstDate + " and "
                + firstDate.plusDays(1) + ", needs " + Minutes.format(requiredMinutes);
    }
}

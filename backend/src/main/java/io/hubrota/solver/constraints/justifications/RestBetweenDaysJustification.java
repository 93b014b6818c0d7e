package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** Too little real elapsed rest between one day's work and the next. */
public record RestBetweenDaysJustification(
        String clinicianId,
        String clinicianName,
        LocalDate firstDate,
        long restMinutes,
        long requiredMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " would rest " + Minutes.format(restMinutes) + " between " + firstDate + " and "
                + firstDate.plusDays(1) + ", needs " + Minutes.format(requiredMinutes);
    }
}

package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** A run of working days (commitment or hub shift) longer than allowed. */
public record ConsecutiveWorkingDaysJustification(
        String clinicianId,
        String clinicianName,
        LocalDate firstDate,
        LocalDate lastDate,
        int days,
        int limit) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " would work " + days + " days in a row from " + firstDate + " to " + lastDate
                + ", limit " + limit;
    }
}

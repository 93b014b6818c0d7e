package io.hubrota.solver.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A clinician's ISO week (Monday to Sunday, local dates) with the practice commitment minutes that fall in it
 * (by the commitment's local start date).
 */
public record ClinicianWeek(Clinician clinician, LocalDate monday, long commitmentMinutes) {

    public int weekNumber() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClinicianWeek week && clinician.equals(week.clinician) && monday.equals(week.monday);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clinician, monday);
    }
}

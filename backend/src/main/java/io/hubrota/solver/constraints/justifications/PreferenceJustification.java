package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** A clinician's preference that the rota goes against. */
public record PreferenceJustification(
        String clinicianId,
        String clinicianName,
        String kind,
        String subject,
        LocalDate date,
        int weight,
        long minutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + "'s wish " + kind + " " + subject + " is not met on " + date + " (weight " + weight
                + ", " + Minutes.format(minutes) + ")";
    }
}

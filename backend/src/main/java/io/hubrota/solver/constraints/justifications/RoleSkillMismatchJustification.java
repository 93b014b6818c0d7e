package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** A clinician on a shift whose requirement lines need another role or skills. */
public record RoleSkillMismatchJustification(
        String clinicianId,
        String clinicianName,
        String role,
        String shiftId,
        String hubName,
        LocalDate date) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " (" + role + ") does not meet any requirement of shift " + shiftId + " at " + hubName
                + " on " + date;
    }
}

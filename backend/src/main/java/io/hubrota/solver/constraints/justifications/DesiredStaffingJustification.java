package io.hubrota.solver.constraints.justifications;

import java.time.LocalDateTime;

/** A requirement line below its desired number (but at or above its minimum). */
public record DesiredStaffingJustification(
        String shiftId,
        String hubName,
        LocalDateTime start,
        String role,
        int desired,
        int assigned) implements RotaJustification {

    @Override
    public String description() {
        return shiftId + " at " + hubName + " on " + start + " has " + assigned + " " + role + " of the " + desired
                + " desired";
    }
}

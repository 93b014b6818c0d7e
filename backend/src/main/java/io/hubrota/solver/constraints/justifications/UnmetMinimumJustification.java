package io.hubrota.solver.constraints.justifications;

import java.time.LocalDateTime;

/** A requirement line below its minimum. */
public record UnmetMinimumJustification(
        String shiftId,
        String hubName,
        LocalDateTime start,
        String role,
        int min,
        int assigned) implements RotaJustification {

    @Override
    public String description() {
        return shiftId + " at " + hubName + " on " + start + " has " + assigned + " of the minimum " + min + " " + role
                + (min == 1 ? "" : "s");
    }
}

package io.hubrota.solver.constraints.justifications;

import java.time.LocalDateTime;

/** A shift that needs a GP has none. */
public record HubWithoutGpJustification(
        String shiftId,
        String hubName,
        LocalDateTime start,
        LocalDateTime end) implements RotaJustification {

    @Override
    public String description() {
        return shiftId + " at " + hubName + " from " + start + " to " + end + " has no GP";
    }
}

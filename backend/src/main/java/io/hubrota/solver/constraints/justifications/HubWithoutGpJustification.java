package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.time.LocalDateTime;

/** A shift that needs a GP has none. */
public record HubWithoutGpJustification(String shiftId, String hubName, LocalDateTime start, LocalDateTime end) implements ConstraintJustification {

    public String description() {
        return shiftId + " at " + hubName + " from " + start + " to " + end + " has no GP";
    }
}

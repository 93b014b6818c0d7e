package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.time.LocalDate;

/** Travel from home practice to the hub. */
public record TravelMinutesJustification(String clinicianId, String clinicianName, String hubName, LocalDate date, int travelMinutes) implements ConstraintJustification {

    public String description() {
        return clinicianName + " travels " + travelMinutes + " min to " + hubName + " on " + date;
    }
}

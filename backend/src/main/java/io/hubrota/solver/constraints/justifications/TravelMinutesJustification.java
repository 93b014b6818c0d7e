package io.hubrota.solver.constraints.justifications;

import java.time.LocalDate;

/** Travel from home practice to the hub. */
public record TravelMinutesJustification(
        String clinicianId,
        String clinicianName,
        String hubName,
        LocalDate date,
        int travelMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " travels " + travelMinutes + " min to " + hubName + " on " + date;
    }
}

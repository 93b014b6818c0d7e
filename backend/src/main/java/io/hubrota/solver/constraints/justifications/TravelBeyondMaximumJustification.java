package io.hubrota.solver.constraints.justifications;

/** A hub further from the clinician's practice than they agreed to travel. */
public record TravelBeyondMaximumJustification(
        String clinicianId,
        String clinicianName,
        String hubName,
        int travelMinutes,
        int maxTravelMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " would travel " + travelMinutes + " min to " + hubName + ", maximum " + maxTravelMinutes
                + " min";
    }
}

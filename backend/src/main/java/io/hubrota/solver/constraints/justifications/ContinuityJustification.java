package io.hubrota.solver.constraints.justifications;

/** A clinician spread over several hubs in one week. */
public record ContinuityJustification(
        String clinicianId,
        String clinicianName,
        int isoWeek,
        long hubs) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " works at " + hubs + " different hubs in week " + isoWeek;
    }
}

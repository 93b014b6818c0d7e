package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A clinician spread over several hubs in one week. */
public record ContinuityJustification(String clinicianId, String clinicianName, int isoWeek, long hubs) implements ConstraintJustification {

    public String description() {
        return clinicianName + " works at " + hubs + " different hubs in week " + isoWeek;
    }
}

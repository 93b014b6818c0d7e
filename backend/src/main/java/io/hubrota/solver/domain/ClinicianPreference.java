package io.hubrota.solver.domain;

import java.time.LocalDate;

/**
 * A soft wish of one clinician. {@code shift} is set for WANT_SHIFT/AVOID_SHIFT, {@code date} for AVOID_DAY,
 * {@code hubId} for PREFER_HUB/AVOID_HUB. {@code weight} is 1..10.
 */
public record ClinicianPreference(
        String id, Clinician clinician, PreferenceKind kind, Shift shift, LocalDate date, String hubId, int weight) {

    /** Whether the wish concerns this clinician-day at all. */
    public boolean concerns(ClinicianDay day) {
        return switch (kind) {
            case WANT_SHIFT, AVOID_SHIFT -> shift.date().equals(day.getDate());
            case AVOID_DAY -> date.equals(day.getDate());
            case PREFER_HUB, AVOID_HUB -> true;
        };
    }

    /** Minutes by which the day goes against the wish (0 when it is honoured); multiplied by the weight. */
    public long brokenMinutes(ClinicianDay day) {
        Shift worked = day.getShift();
        return switch (kind) {
            case WANT_SHIFT -> shift.equals(worked) ? 0 : shift.minutes();
            case AVOID_SHIFT -> shift.equals(worked) ? shift.minutes() : 0;
            case AVOID_DAY -> worked == null ? 0 : worked.minutes();
            case PREFER_HUB -> worked == null || worked.hub().id().equals(hubId) ? 0 : worked.minutes();
            case AVOID_HUB -> worked != null && worked.hub().id().equals(hubId) ? worked.minutes() : 0;
        };
    }
}

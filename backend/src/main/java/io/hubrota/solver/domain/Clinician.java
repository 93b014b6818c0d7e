package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A clinician as the solver sees them: facts only. Equality is by id because the record holds lists and constraint
 * streams hash their group keys on every move.
 *
 * @param commitments practice commitments as real-time spans (they count toward the weekly hours and block overlap)
 * @param unavailable leave and other absence
 * @param maxTravelMinutes null means no limit
 * @param travelMinutes travel from the home practice to each hub id; a missing hub counts as 0 minutes
 */
public record Clinician(
        @PlanningId String id,
        String name,
        String role,
        Set<String> skills,
        int baselineWeeklyMinutes,
        List<TimeSpan> commitments,
        List<TimeSpan> unavailable,
        Integer maxTravelMinutes,
        Map<String, Integer> travelMinutes,
        WorkingTimeRules rules) {

    public static final String GP_ROLE = "GP";

    public boolean isGp() {
        return GP_ROLE.equals(role);
    }

    public boolean meets(Post post) {
        return role.equals(post.role()) && skills.containsAll(post.skills());
    }

    public int travelMinutesTo(Hub hub) {
        return travelMinutes.getOrDefault(hub.id(), 0);
    }

    /** Travel minutes beyond the clinician's maximum, 0 when within it or unlimited. */
    public int travelMinutesBeyondMaximum(Hub hub) {
        return maxTravelMinutes == null ? 0 : Math.max(0, travelMinutesTo(hub) - maxTravelMinutes);
    }

    public long commitmentOverlapMinutes(TimeSpan span) {
        return overlapMinutes(commitments, span);
    }

    public long unavailableOverlapMinutes(TimeSpan span) {
        return overlapMinutes(unavailable, span);
    }

    /** A plain loop: both are evaluated for every move of a constraint stream. */
    private static long overlapMinutes(List<TimeSpan> spans, TimeSpan span) {
        long minutes = 0;
        for (TimeSpan other : spans) {
            if (other.overlaps(span)) {
                minutes += span.overlapMinutes(other);
            }
        }
        return minutes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clinician clinician && id.equals(clinician.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return name;
    }
}

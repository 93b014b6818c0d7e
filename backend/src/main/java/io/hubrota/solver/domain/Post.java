package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.Objects;
import java.util.Set;

/**
 * One requirement line of one shift: the value a clinician-day takes. Coverage is counted per post.
 *
 * @param id shift id, '#', and the line's index within the shift
 */
public record Post(@PlanningId String id, Shift shift, int line, String role, Set<String> skills, int min, int desired) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Post post && id.equals(post.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id;
    }
}

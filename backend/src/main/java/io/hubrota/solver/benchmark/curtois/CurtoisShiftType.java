package io.hubrota.solver.benchmark.curtois;

import java.util.Objects;
import java.util.Set;

/**
 * A shift type of a Curtois–Qu instance ({@code SECTION_SHIFTS}).
 *
 * @param forbiddenSuccessorIds shift types that may not be worked on day d+1 by someone who works this type on day d
 */
public record CurtoisShiftType(String id, int lengthMinutes, Set<String> forbiddenSuccessorIds) {

    public CurtoisShiftType {
        Objects.requireNonNull(id, "id");
        forbiddenSuccessorIds = Set.copyOf(forbiddenSuccessorIds);
    }

    public boolean forbidsAsSuccessor(String nextDayShiftTypeId) {
        return forbiddenSuccessorIds.contains(nextDayShiftTypeId);
    }
}

package io.hubrota.solver.benchmark.curtois;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member of a Curtois–Qu instance: the limits of {@code SECTION_STAFF} plus the member's line of
 * {@code SECTION_DAYS_OFF} (merged here because both are per-person hard rules).
 *
 * @param maxShiftsByShiftTypeId the most shifts of each type over the horizon; 0 means never; every shift type of
 *                               the instance has an entry
 * @param daysOff                day indexes on which this member must not work
 */
public record CurtoisStaff(
        String id,
        Map<String, Integer> maxShiftsByShiftTypeId,
        int maxTotalMinutes,
        int minTotalMinutes,
        int maxConsecutiveShifts,
        int minConsecutiveShifts,
        int minConsecutiveDaysOff,
        int maxWeekends,
        Set<Integer> daysOff) {

    public CurtoisStaff {
        Objects.requireNonNull(id, "id");
        maxShiftsByShiftTypeId = Map.copyOf(maxShiftsByShiftTypeId);
        daysOff = Set.copyOf(daysOff);
    }

    public int maxShifts(String shiftTypeId) {
        Integer max = maxShiftsByShiftTypeId.get(shiftTypeId);
        if (max == null) {
            throw new IllegalArgumentException("Staff " + id + " has no MaxShifts entry for shift type " + shiftTypeId);
        }
        return max;
    }

    public boolean hasDayOff(int day) {
        return daysOff.contains(day);
    }
}

package io.hubrota.solver.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Optional work-pattern limits of one clinician over the whole horizon, as nurse-rostering contracts state them (and
 * the Curtois–Qu benchmark, see {@code benchmark.curtois}). Hub rotas have none: the hub-rota mapper creates no
 * {@code WorkPattern}, so none of the work-pattern constraints fires. A null limit means "no limit".
 *
 * <p>Shift types are named by {@code shiftTypeByShiftId}: shifts of one type recur on many dates (an early, a night).
 * The maps are shared between the clinicians of one problem, so equality is by clinician only: constraint streams
 * hash their group keys on every move.
 *
 * @param maxShiftsByShiftType the most shifts of a type over the horizon; a type without an entry is unlimited
 * @param forbiddenNextShiftTypes for a shift type worked on one date, the types that may not be worked on the next date
 * @param minTotalMinutes hub minutes over the horizon, at least
 * @param maxTotalMinutes hub minutes over the horizon, at most
 * @param minConsecutiveWorkingDays every run of working days at least this long, unless it touches the horizon's
 *        first or last date (the run may have started before or go on after it)
 * @param minConsecutiveDaysOff the same for runs of days off
 * @param maxWeekends weekends with work on the Saturday or the Sunday
 * @param firstDayIndex the horizon's first date as a {@link ClinicianDay#getDayIndex()} value
 * @param lastDayIndex the horizon's last date, likewise
 */
public record WorkPattern(
        Clinician clinician,
        Map<String, String> shiftTypeByShiftId,
        Map<String, Integer> maxShiftsByShiftType,
        Map<String, Set<String>> forbiddenNextShiftTypes,
        Integer minTotalMinutes,
        Integer maxTotalMinutes,
        Integer minConsecutiveWorkingDays,
        Integer minConsecutiveDaysOff,
        Integer maxWeekends,
        int firstDayIndex,
        int lastDayIndex) {

    public String shiftTypeOf(Shift shift) {
        return shiftTypeByShiftId.get(shift.id());
    }

    /** The most shifts of the type, or null when unlimited. */
    public Integer maxShiftsOf(String shiftType) {
        return shiftType == null ? null : maxShiftsByShiftType.get(shiftType);
    }

    public boolean forbidsSuccession(Shift first, Shift next) {
        return forbidsTypeSuccession(shiftTypeOf(first), shiftTypeOf(next));
    }

    public boolean forbidsTypeSuccession(String firstType, String nextType) {
        Set<String> forbidden = forbiddenNextShiftTypes.get(firstType);
        return forbidden != null && forbidden.contains(nextType);
    }

    /** Minutes below the minimum or above the maximum total, 0 inside the limits. */
    public long totalMinutesOutsideLimits(long minutes) {
        if (minTotalMinutes != null && minutes < minTotalMinutes) {
            return minTotalMinutes - minutes;
        }
        if (maxTotalMinutes != null && minutes > maxTotalMinutes) {
            return minutes - maxTotalMinutes;
        }
        return 0;
    }

    public boolean touchesHorizonEdge(int firstIndexOfRun, int lastIndexOfRun) {
        return firstIndexOfRun <= firstDayIndex || lastIndexOfRun >= lastDayIndex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkPattern pattern && clinician.equals(pattern.clinician);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clinician);
    }
}

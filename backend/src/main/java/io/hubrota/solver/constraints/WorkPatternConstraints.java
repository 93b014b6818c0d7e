package io.hubrota.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.common.Break;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.ShiftRequest;
import io.hubrota.solver.domain.WorkPattern;
import java.time.DayOfWeek;

/**
 * Nurse-rostering rules that hub rotas do not use but the planning model can express: work-pattern limits over the
 * horizon ({@link WorkPattern}), per-request shift wishes ({@link ShiftRequest}) and per-person cover weights
 * ({@link CoverWeights}). Each rule only fires for clinicians or posts that carry those facts, so with the hub-rota
 * mapper (which creates none) they cost nothing and change no score. The Curtois–Qu benchmark importer fills them.
 *
 * <p>Hard match weights are in minutes like the other hard rules: a day counts as 1440 minutes, a shift as its length.
 * Soft match weights are the facts' own weights, one unit per benchmark objective point.
 */
public final class WorkPatternConstraints {

    public static final String MAX_SHIFTS_PER_TYPE = "Shifts of one type over the maximum";
    public static final String TOTAL_MINUTES = "Total minutes outside the limits";
    public static final String MIN_CONSECUTIVE_WORKING_DAYS = "Run of working days below the minimum";
    public static final String MIN_CONSECUTIVE_DAYS_OFF = "Run of days off below the minimum";
    public static final String MAX_WEEKENDS = "Weekends over the maximum";
    public static final String FORBIDDEN_SUCCESSION = "Forbidden shift succession";
    public static final String COVER_BELOW_REQUIREMENT = "Cover below requirement";
    public static final String COVER_ABOVE_REQUIREMENT = "Cover above requirement";
    public static final String SHIFT_ON_REQUEST = "Shift on request not met";
    public static final String SHIFT_OFF_REQUEST = "Shift off request not met";

    static final long MINUTES_PER_DAY = 24 * 60;

    private WorkPatternConstraints() {
    }

    // Hard -----------------------------------------------------------------------------------------------------------

    static Constraint maxShiftsPerType(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .join(WorkPattern.class, equal(ClinicianDay::getClinician, WorkPattern::clinician),
                        filtering((day, pattern) -> pattern.maxShiftsOf(pattern.shiftTypeOf(day.getShift())) != null))
                .groupBy((day, pattern) -> pattern, (day, pattern) -> pattern.shiftTypeOf(day.getShift()),
                        countBi(), sumLong((day, pattern) -> day.getHubMinutes()))
                .filter((pattern, type, shifts, minutes) -> shifts > pattern.maxShiftsOf(type))
                // The excess shifts, each weighing the average length of this type's shifts.
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (pattern, type, shifts, minutes) ->
                        (shifts - pattern.maxShiftsOf(type)) * (minutes / shifts))
                .asConstraint(MAX_SHIFTS_PER_TYPE);
    }

    static Constraint totalMinutes(ConstraintFactory factory) {
        // Including unassigned days so that a clinician who works nothing still falls short of a minimum.
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .join(WorkPattern.class, equal(ClinicianDay::getClinician, WorkPattern::clinician))
                .groupBy((day, pattern) -> pattern, sumLong((day, pattern) -> day.getHubMinutes()))
                .filter((pattern, minutes) -> pattern.totalMinutesOutsideLimits(minutes) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, WorkPattern::totalMinutesOutsideLimits)
                .asConstraint(TOTAL_MINUTES);
    }

    static Constraint minConsecutiveWorkingDays(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .filter(ClinicianDay::isWorking)
                .join(WorkPattern.class, equal(ClinicianDay::getClinician, WorkPattern::clinician),
                        filtering((day, pattern) -> pattern.minConsecutiveWorkingDays() != null))
                .groupBy((day, pattern) -> pattern,
                        toConsecutiveSequences((day, pattern) -> day, ClinicianDay::getDayIndex))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((pattern, run) -> run.getCount() < pattern.minConsecutiveWorkingDays()
                        && !pattern.touchesHorizonEdge(run.getFirstItem().getDayIndex(),
                                run.getLastItem().getDayIndex()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (pattern, run) -> MINUTES_PER_DAY * (pattern.minConsecutiveWorkingDays() - run.getCount()))
                .asConstraint(MIN_CONSECUTIVE_WORKING_DAYS);
    }

    static Constraint minConsecutiveDaysOff(ConstraintFactory factory) {
        // The runs of days off that touch neither horizon edge are exactly the breaks between runs of working days.
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .filter(ClinicianDay::isWorking)
                .join(WorkPattern.class, equal(ClinicianDay::getClinician, WorkPattern::clinician),
                        filtering((day, pattern) -> pattern.minConsecutiveDaysOff() != null))
                .groupBy((day, pattern) -> pattern,
                        toConsecutiveSequences((day, pattern) -> day, ClinicianDay::getDayIndex))
                .flattenLast(SequenceChain::getBreaks)
                .filter((pattern, gap) -> daysOff(gap) < pattern.minConsecutiveDaysOff())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (pattern, gap) -> MINUTES_PER_DAY * (pattern.minConsecutiveDaysOff() - daysOff(gap)))
                .asConstraint(MIN_CONSECUTIVE_DAYS_OFF);
    }

    private static int daysOff(Break<ClinicianDay, Integer> gap) {
        return gap.getNextSequenceStart().getDayIndex() - gap.getPreviousSequenceEnd().getDayIndex() - 1;
    }

    static Constraint maxWeekends(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .filter(day -> weekendOf(day) >= 0)
                .join(WorkPattern.class, equal(ClinicianDay::getClinician, WorkPattern::clinician),
                        filtering((day, pattern) -> pattern.maxWeekends() != null))
                .groupBy((day, pattern) -> pattern, countDistinct((day, pattern) -> weekendOf(day)))
                .filter((pattern, weekends) -> weekends > pattern.maxWeekends())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (pattern, weekends) -> MINUTES_PER_DAY * (weekends - pattern.maxWeekends()))
                .asConstraint(MAX_WEEKENDS);
    }

    /** The weekend a date belongs to, as the day index of its Saturday; -1 on a weekday. */
    public static int weekendOf(ClinicianDay day) {
        DayOfWeek dayOfWeek = day.getDate().getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY) {
            return day.getDayIndex();
        }
        return dayOfWeek == DayOfWeek.SUNDAY ? day.getDayIndex() - 1 : -1;
    }

    static Constraint forbiddenSuccession(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .join(WorkPattern.class, equal(ClinicianDay::getClinician, WorkPattern::clinician))
                .join(ClinicianDay.class,
                        equal((day, pattern) -> day.getClinician(), ClinicianDay::getClinician),
                        equal((day, pattern) -> day.getDayIndex() + 1, ClinicianDay::getDayIndex),
                        filtering((day, pattern, next) -> pattern.forbidsSuccession(day.getShift(), next.getShift())))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (day, pattern, next) -> next.getHubMinutes())
                .asConstraint(FORBIDDEN_SUCCESSION);
    }

    // Soft -----------------------------------------------------------------------------------------------------------

    static Constraint coverBelowRequirement(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .join(CoverWeights.class, equal(ClinicianDay::getPost, CoverWeights::post))
                .groupBy((day, weights) -> weights, countBi())
                .complement(CoverWeights.class, weights -> 0)
                .filter((weights, assigned) -> assigned < weights.post().min())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (weights, assigned) -> (long) (weights.post().min() - assigned) * weights.underWeight())
                .asConstraint(COVER_BELOW_REQUIREMENT);
    }

    static Constraint coverAboveRequirement(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .join(CoverWeights.class, equal(ClinicianDay::getPost, CoverWeights::post))
                .groupBy((day, weights) -> weights, countBi())
                .filter((weights, assigned) -> assigned > weights.post().min())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (weights, assigned) -> (long) (assigned - weights.post().min()) * weights.overWeight())
                .asConstraint(COVER_ABOVE_REQUIREMENT);
    }

    static Constraint shiftOnRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(ShiftRequest::wanted)
                .ifNotExists(ClinicianDay.class, equal(ShiftRequest::clinician, ClinicianDay::getClinician),
                        equal(ShiftRequest::shift, ClinicianDay::getShift))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ShiftRequest::weight)
                .asConstraint(SHIFT_ON_REQUEST);
    }

    static Constraint shiftOffRequest(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .join(ShiftRequest.class, equal(ClinicianDay::getClinician, ShiftRequest::clinician),
                        equal(ClinicianDay::getShift, ShiftRequest::shift))
                .filter((day, request) -> !request.wanted())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (day, request) -> request.weight())
                .asConstraint(SHIFT_OFF_REQUEST);
    }
}

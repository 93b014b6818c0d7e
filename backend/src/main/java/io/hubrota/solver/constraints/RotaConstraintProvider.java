package io.hubrota.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import io.hubrota.solver.constraints.justifications.CommitmentOverlapJustification;
import io.hubrota.solver.constraints.justifications.ConsecutiveWorkingDaysJustification;
import io.hubrota.solver.constraints.justifications.ContinuityJustification;
import io.hubrota.solver.constraints.justifications.DesiredStaffingJustification;
import io.hubrota.solver.constraints.justifications.HoursGuaranteeJustification;
import io.hubrota.solver.constraints.justifications.HubRoomsJustification;
import io.hubrota.solver.constraints.justifications.HubWithoutGpJustification;
import io.hubrota.solver.constraints.justifications.LeaveOverlapJustification;
import io.hubrota.solver.constraints.justifications.PreferenceJustification;
import io.hubrota.solver.constraints.justifications.RestBetweenDaysJustification;
import io.hubrota.solver.constraints.justifications.RoleSkillMismatchJustification;
import io.hubrota.solver.constraints.justifications.StabilityJustification;
import io.hubrota.solver.constraints.justifications.TravelBeyondMaximumJustification;
import io.hubrota.solver.constraints.justifications.TravelMinutesJustification;
import io.hubrota.solver.constraints.justifications.UnmetMinimumJustification;
import io.hubrota.solver.constraints.justifications.UnsocialHoursFairnessJustification;
import io.hubrota.solver.constraints.justifications.WeeklyRestJustification;
import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.ClinicianPreference;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.Shift;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rota rules of DESIGN §4. Score levels: hard = legality and safety, in minutes of violation; medium = minimum
 * cover, in clinician-minutes weighted by ED load; soft = quality. "Hour-weighted" minutes
 * ({@link Shift#weightedMinutes}) count each real minute of a shift by its local hour's weight (the problem's hour
 * weights, default 1), so all three cover constraints (unmet minimum, no GP, desired staffing) steer scarce capacity
 * towards the heavily weighted hours. Every default weight below can be changed per
 * problem with {@code RotaSolution.constraintWeightOverrides}, keyed by the constraint names (a zero weight switches a
 * constraint off).
 *
 * <table>
 * <caption>Constraints, default weights and what one unit of match weight is</caption>
 * <tr><th>Constraint</th><th>Default weight</th><th>Match weight</th></tr>
 * <tr><td>Hours guarantee</td><td>1 hard</td><td>minutes over baseline, per clinician and ISO week</td></tr>
 * <tr><td>Role and skill mismatch</td><td>1 hard</td><td>shift minutes</td></tr>
 * <tr><td>Overlap with a practice commitment</td><td>1 hard</td><td>minutes of overlap</td></tr>
 * <tr><td>Rest between working days</td><td>1 hard</td><td>minutes short of the minimum rest (default 660)</td></tr>
 * <tr><td>Weekly rest</td><td>1 hard</td><td>minutes short of the weekly rest (default 1440), per 7-day window</td></tr>
 * <tr><td>Maximum consecutive working days</td><td>1 hard</td><td>1440 per day over the limit (default 6)</td></tr>
 * <tr><td>Leave or unavailability overlap</td><td>1 hard</td><td>minutes of overlap</td></tr>
 * <tr><td>Hub rooms</td><td>1 hard</td><td>clinicians over the rooms × minutes</td></tr>
 * <tr><td>Travel beyond maximum</td><td>1 hard</td><td>travel minutes over the maximum</td></tr>
 * <tr><td>Unmet minimum requirement</td><td>1 medium</td><td>missing clinicians × hour-weighted shift minutes</td></tr>
 * <tr><td>Hub open without a GP</td><td>1 medium</td><td>hour-weighted shift minutes</td></tr>
 * <tr><td>Desired staffing above minimum</td><td>1 soft</td><td>missing clinicians (above min) × hour-weighted shift
 * minutes</td></tr>
 * <tr><td>Fairness of unsocial minutes</td><td>5 soft</td><td>unfairness of unsocial minutes per 37.5 h</td></tr>
 * <tr><td>Preferences</td><td>1 soft</td><td>preference weight (1..10) × minutes</td></tr>
 * <tr><td>Travel minutes</td><td>1 soft</td><td>travel minutes</td></tr>
 * <tr><td>Continuity</td><td>60 soft</td><td>extra hubs per clinician and week</td></tr>
 * <tr><td>Stability</td><td>5000 soft</td><td>changed clinician-days (re-planning only)</td></tr>
 * </table>
 *
 * <p>{@link WorkPatternConstraints} adds nurse-rostering rules (work-pattern limits, per-request wishes, per-person
 * cover weights) that only fire for problems carrying their facts; hub rotas carry none.
 */
public class RotaConstraintProvider implements ConstraintProvider {

    public static final String HOURS_GUARANTEE = "Hours guarantee";
    public static final String ROLE_AND_SKILL_MISMATCH = "Role and skill mismatch";
    public static final String COMMITMENT_OVERLAP = "Overlap with a practice commitment";
    public static final String REST_BETWEEN_WORKING_DAYS = "Rest between working days";
    public static final String WEEKLY_REST = "Weekly rest";
    public static final String MAXIMUM_CONSECUTIVE_WORKING_DAYS = "Maximum consecutive working days";
    public static final String LEAVE_OVERLAP = "Leave or unavailability overlap";
    public static final String HUB_ROOMS = "Hub rooms";
    public static final String TRAVEL_BEYOND_MAXIMUM = "Travel beyond maximum";
    public static final String UNMET_MINIMUM_REQUIREMENT = "Unmet minimum requirement";
    public static final String HUB_OPEN_WITHOUT_A_GP = "Hub open without a GP";
    public static final String DESIRED_STAFFING = "Desired staffing above minimum";
    public static final String UNSOCIAL_HOURS_FAIRNESS = "Fairness of unsocial minutes";
    public static final String PREFERENCES = "Preferences";
    public static final String TRAVEL_MINUTES = "Travel minutes";
    public static final String CONTINUITY = "Continuity";
    public static final String STABILITY = "Stability";

    /** A working day over the consecutive-days limit weighs as a full day of minutes, like the other hard rules. */
    static final long MINUTES_PER_EXCESS_WORKING_DAY = 24 * 60;
    /** Unsocial minutes are compared per full-time (37.5 h) baseline so part-timers carry a proportional share. */
    static final long FULL_TIME_WEEKLY_MINUTES = 2250;

    /**
     * Default soft weights. The soft unit is roughly "a minute of a preference-weight-1 wish": a desired-but-missing
     * clinician-minute (times its hour weight, 1 unless ED load weights are given) and a travel minute cost 1.
     * Fairness: unfairness is in normalised minutes, ×5 makes an hour of imbalance weigh like an hour against a
     * weight-5 preference. Continuity: each extra hub in a week costs an hour.
     * Stability: each changed clinician-day costs more than a 8-hour shift against a weight-10 wish, so re-planning
     * changes few days but a medium gap is still always filled.
     */
    static final HardMediumSoftLongScore FAIRNESS_WEIGHT = HardMediumSoftLongScore.ofSoft(5);
    static final HardMediumSoftLongScore CONTINUITY_WEIGHT = HardMediumSoftLongScore.ofSoft(60);
    static final HardMediumSoftLongScore STABILITY_WEIGHT = HardMediumSoftLongScore.ofSoft(5000);

    /*
     * Streams that start the same way share their nodes only when the lambdas are the same instances: these are used
     * by more than one constraint.
     */
    private static final Predicate<ClinicianDay> WORKING = ClinicianDay::isWorking;
    private static final Function<ClinicianDay, Post> POST = ClinicianDay::getPost;
    private static final Function<Post, Integer> NONE_ASSIGNED = post -> 0;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                hoursGuarantee(factory),
                roleAndSkillMismatch(factory),
                commitmentOverlap(factory),
                restBetweenWorkingDays(factory),
                weeklyRest(factory),
                maximumConsecutiveWorkingDays(factory),
                leaveOverlap(factory),
                hubRooms(factory),
                travelBeyondMaximum(factory),
                unmetMinimumRequirement(factory),
                hubOpenWithoutGp(factory),
                desiredStaffing(factory),
                unsocialHoursFairness(factory),
                preferences(factory),
                travelMinutes(factory),
                continuity(factory),
                stability(factory),
                WorkPatternConstraints.maxShiftsPerType(factory),
                WorkPatternConstraints.totalMinutes(factory),
                WorkPatternConstraints.minConsecutiveWorkingDays(factory),
                WorkPatternConstraints.minConsecutiveDaysOff(factory),
                WorkPatternConstraints.maxWeekends(factory),
                WorkPatternConstraints.forbiddenSuccession(factory),
                WorkPatternConstraints.coverBelowRequirement(factory),
                WorkPatternConstraints.coverAboveRequirement(factory),
                WorkPatternConstraints.shiftOnRequest(factory),
                WorkPatternConstraints.shiftOffRequest(factory)
        };
    }

    // Hard -----------------------------------------------------------------------------------------------------------

    Constraint hoursGuarantee(ConstraintFactory factory) {
        // Including unassigned days so that a week whose commitments alone exceed the baseline is reported too.
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .groupBy(ClinicianDay::getWeek, sumLong(ClinicianDay::getHubMinutes))
                .filter((week, hubMinutes) -> week.commitmentMinutes() + hubMinutes > week.clinician()
                        .baselineWeeklyMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (week, hubMinutes) -> week.commitmentMinutes()
                        + hubMinutes - week.clinician().baselineWeeklyMinutes())
                .justifyWith((week, hubMinutes, score) -> new HoursGuaranteeJustification(week.clinician().id(),
                        week.clinician().name(), week.weekNumber(), week.commitmentMinutes() + hubMinutes,
                        week.clinician().baselineWeeklyMinutes()))
                .asConstraint(HOURS_GUARANTEE);
    }

    Constraint roleAndSkillMismatch(ConstraintFactory factory) {
        // Value ranges only offer posts the clinician meets, so this catches pinned and hand-made assignments.
        return factory.forEach(ClinicianDay.class)
                .filter(day -> !day.getClinician().meets(day.getPost()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ClinicianDay::getHubMinutes)
                .justifyWith((day, score) -> new RoleSkillMismatchJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getClinician().role(), day.getShiftId(),
                        day.getShift().hub().name(), day.getDate()))
                .asConstraint(ROLE_AND_SKILL_MISMATCH);
    }

    Constraint commitmentOverlap(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .filter(day -> day.getClinician().commitmentOverlapMinutes(day.getShift().span()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        day -> day.getClinician().commitmentOverlapMinutes(day.getShift().span()))
                .justifyWith((day, score) -> new CommitmentOverlapJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getShiftId(), day.getDate(),
                        day.getClinician().commitmentOverlapMinutes(day.getShift().span())))
                .asConstraint(COMMITMENT_OVERLAP);
    }

    Constraint restBetweenWorkingDays(ConstraintFactory factory) {
        // Between dates only: a practice morning and a hub evening on the same date are one day's work.
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .filter(WORKING)
                .join(factory.forEachIncludingUnassigned(ClinicianDay.class).filter(WORKING),
                        equal(ClinicianDay::getClinician),
                        equal(day -> day.getDayIndex() + 1, ClinicianDay::getDayIndex))
                .filter((day, next) -> restMinutes(day, next) < day.getClinician().rules().minRestMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (day, next) -> day.getClinician().rules().minRestMinutes() - restMinutes(day, next))
                .justifyWith((day, next, score) -> new RestBetweenDaysJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getDate(), restMinutes(day, next),
                        day.getClinician().rules().minRestMinutes()))
                .asConstraint(REST_BETWEEN_WORKING_DAYS);
    }

    /** Real elapsed minutes from the end of one day's work to the start of the next's; negative when they overlap. */
    private static long restMinutes(ClinicianDay day, ClinicianDay next) {
        return Duration.between(day.getWorkEnd(), next.getWorkStart()).toMinutes();
    }

    Constraint weeklyRest(ConstraintFactory factory) {
        // Grouped per clinician; the collector re-checks only the windows around the changed date.
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .groupBy(ClinicianDay::getClinician, WeeklyRestCollector.INSTANCE)
                .flattenLast(shortfalls -> shortfalls)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (clinician, shortfall) -> shortfall.minutesShort())
                .justifyWith((clinician, shortfall, score) -> new WeeklyRestJustification(clinician.id(),
                        clinician.name(), shortfall.windowStart(), shortfall.longestRestMinutes(),
                        shortfall.requiredMinutes()))
                .asConstraint(WEEKLY_REST);
    }

    Constraint maximumConsecutiveWorkingDays(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .filter(WORKING)
                .groupBy(ClinicianDay::getClinician, LongRunsCollector.INSTANCE)
                .flattenLast(runs -> runs)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (clinician, run) -> MINUTES_PER_EXCESS_WORKING_DAY
                        * (run.days() - clinician.rules().maxConsecutiveWorkingDays()))
                .justifyWith((clinician, run, score) -> new ConsecutiveWorkingDaysJustification(clinician.id(),
                        clinician.name(), run.firstDate(), run.lastDate(), run.days(),
                        clinician.rules().maxConsecutiveWorkingDays()))
                .asConstraint(MAXIMUM_CONSECUTIVE_WORKING_DAYS);
    }

    Constraint leaveOverlap(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .filter(day -> day.getClinician().unavailableOverlapMinutes(day.getShift().span()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        day -> day.getClinician().unavailableOverlapMinutes(day.getShift().span()))
                .justifyWith((day, score) -> new LeaveOverlapJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getShiftId(), day.getDate(),
                        day.getClinician().unavailableOverlapMinutes(day.getShift().span())))
                .asConstraint(LEAVE_OVERLAP);
    }

    Constraint hubRooms(ConstraintFactory factory) {
        // Overlapping shifts of one hub share its rooms; counted per hub and local date (shifts split at midnight).
        return factory.forEach(ClinicianDay.class)
                .expand(ClinicianDay::getRoomUses)
                .flattenLast(uses -> uses)
                .groupBy((day, use) -> use.hub(), (day, use) -> use.date(), toList((day, use) -> use.span()))
                .map((hub, date, spans) -> RoomOccupancy.overflows(hub, spans))
                .flattenLast(overflows -> overflows)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RoomOccupancy.Overflow::excessClinicianMinutes)
                .justifyWith((overflow, score) -> new HubRoomsJustification(overflow.hub().id(),
                        overflow.hub().name(), overflow.hub().rooms(), overflow.clinicians(),
                        overflow.span().start().atZone(overflow.hub().zone()).toLocalDateTime(),
                        overflow.span().end().atZone(overflow.hub().zone()).toLocalDateTime()))
                .asConstraint(HUB_ROOMS);
    }

    Constraint travelBeyondMaximum(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .filter(day -> day.getClinician().travelMinutesBeyondMaximum(day.getShift().hub()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        day -> day.getClinician().travelMinutesBeyondMaximum(day.getShift().hub()))
                .justifyWith((day, score) -> new TravelBeyondMaximumJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getShift().hub().name(),
                        day.getClinician().travelMinutesTo(day.getShift().hub()),
                        day.getClinician().maxTravelMinutes()))
                .asConstraint(TRAVEL_BEYOND_MAXIMUM);
    }

    // Medium ---------------------------------------------------------------------------------------------------------

    Constraint unmetMinimumRequirement(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .groupBy(POST, count())
                .complement(Post.class, NONE_ASSIGNED)
                .filter((post, assigned) -> assigned < post.min())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (post, assigned) -> (post.min() - assigned) * post.shift().weightedMinutes())
                .justifyWith((post, assigned, score) -> new UnmetMinimumJustification(post.shift().id(),
                        post.shift().hub().name(), post.shift().start(), post.role(), post.min(), assigned))
                .asConstraint(UNMET_MINIMUM_REQUIREMENT);
    }

    Constraint hubOpenWithoutGp(ConstraintFactory factory) {
        // Per shift rather than per instant: a shift that needs a GP and has none is penalised for its whole
        // (hour-weighted) length, even if a GP on another overlapping shift of the same hub could be asked. Simple
        // and easy to explain.
        return factory.forEach(Shift.class)
                .filter(Shift::needsGp)
                .ifNotExists(ClinicianDay.class, equal(shift -> shift, ClinicianDay::getShift),
                        filtering((shift, day) -> day.getClinician().isGp()))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Shift::weightedMinutes)
                .justifyWith((shift, score) -> new HubWithoutGpJustification(shift.id(), shift.hub().name(),
                        shift.start(), shift.end()))
                .asConstraint(HUB_OPEN_WITHOUT_A_GP);
    }

    // Soft -----------------------------------------------------------------------------------------------------------

    Constraint desiredStaffing(ConstraintFactory factory) {
        // Only the part between the minimum and the desired number; below the minimum is the medium constraint's.
        return factory.forEach(ClinicianDay.class)
                .groupBy(POST, count())
                .complement(Post.class, NONE_ASSIGNED)
                .filter((post, assigned) -> post.desired() > Math.max(assigned, post.min()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (post, assigned) ->
                        (post.desired() - Math.max(assigned, post.min())) * post.shift().weightedMinutes())
                .justifyWith((post, assigned, score) -> new DesiredStaffingJustification(post.shift().id(),
                        post.shift().hub().name(), post.shift().start(), post.role(), post.desired(), assigned))
                .asConstraint(DESIRED_STAFFING);
    }

    Constraint unsocialHoursFairness(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .filter(day -> day.getClinician().baselineWeeklyMinutes() > 0)
                .groupBy(ClinicianDay::getClinician, sumLong(ClinicianDay::getUnsocialMinutes))
                .groupBy(loadBalance((clinician, minutes) -> clinician,
                        RotaConstraintProvider::normalisedUnsocialMinutes))
                // The unfairness (a BigDecimal square root) is computed once per change, not in a filter and again
                // in the penalty.
                .map(balance -> balance, RotaConstraintProvider::roundedUnfairness)
                .filter((balance, unfairness) -> unfairness > 0)
                .penalizeLong(FAIRNESS_WEIGHT, (balance, unfairness) -> unfairness)
                .justifyWith((balance, unfairness, score) -> new UnsocialHoursFairnessJustification(
                        byClinicianId(balance), balance.unfairness()))
                .asConstraint(UNSOCIAL_HOURS_FAIRNESS);
    }

    static long normalisedUnsocialMinutes(Clinician clinician, long unsocialMinutes) {
        return unsocialMinutes * FULL_TIME_WEEKLY_MINUTES / clinician.baselineWeeklyMinutes();
    }

    static long roundedUnfairness(LoadBalance<Clinician> balance) {
        return balance.unfairness().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Map<String, Long> byClinicianId(LoadBalance<Clinician> balance) {
        Map<String, Long> loads = new TreeMap<>();
        balance.loads().forEach((clinician, load) -> loads.put(clinician.id(), load));
        return loads;
    }

    Constraint preferences(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .join(ClinicianPreference.class,
                        equal(ClinicianDay::getClinician, ClinicianPreference::clinician),
                        filtering((day, preference) -> preference.concerns(day)))
                .filter((day, preference) -> preference.brokenMinutes(day) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (day, preference) -> preference.weight() * preference.brokenMinutes(day))
                .justifyWith((day, preference, score) -> new PreferenceJustification(day.getClinician().id(),
                        day.getClinician().name(), preference.kind().name(), preferenceSubject(preference),
                        day.getDate(), preference.weight(), preference.brokenMinutes(day)))
                .asConstraint(PREFERENCES);
    }

    private static String preferenceSubject(ClinicianPreference preference) {
        return switch (preference.kind()) {
            case WANT_SHIFT, AVOID_SHIFT -> preference.shift().id();
            case AVOID_DAY -> preference.date().toString();
            case PREFER_HUB, AVOID_HUB -> preference.hubId();
        };
    }

    Constraint travelMinutes(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .filter(day -> day.getClinician().travelMinutesTo(day.getShift().hub()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        day -> day.getClinician().travelMinutesTo(day.getShift().hub()))
                .justifyWith((day, score) -> new TravelMinutesJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getShift().hub().name(), day.getDate(),
                        day.getClinician().travelMinutesTo(day.getShift().hub())))
                .asConstraint(TRAVEL_MINUTES);
    }

    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(ClinicianDay.class)
                .groupBy(ClinicianDay::getWeek, countDistinct(day -> day.getShift().hub()))
                .filter((week, hubs) -> hubs > 1)
                .penalizeLong(CONTINUITY_WEIGHT, (week, hubs) -> hubs - 1L)
                .justifyWith((week, hubs, score) -> new ContinuityJustification(week.clinician().id(),
                        week.clinician().name(), week.weekNumber(), hubs))
                .asConstraint(CONTINUITY);
    }

    Constraint stability(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ClinicianDay.class)
                .filter(ClinicianDay::isChangedFromPrevious)
                .penalize(STABILITY_WEIGHT)
                .justifyWith((day, score) -> new StabilityJustification(day.getClinician().id(),
                        day.getClinician().name(), day.getDate(), day.getPreviousShiftId(), day.getShiftId()))
                .asConstraint(STABILITY);
    }
}

package io.hubrota.solver.benchmark.curtois;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.hubrota.solver.constraints.ConstraintWeights;
import io.hubrota.solver.constraints.RotaConstraintProvider;
import io.hubrota.solver.constraints.WorkPatternConstraints;
import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.ClinicianWeek;
import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.Hub;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.Shift;
import io.hubrota.solver.domain.ShiftRequest;
import io.hubrota.solver.domain.TimeSpan;
import io.hubrota.solver.domain.WorkPattern;
import io.hubrota.solver.domain.WorkingTimeRules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Curtois–Qu instance onto the product's planning model, so the benchmark measures the real solver:
 *
 * <ul>
 * <li>a staff member is a {@link Clinician} (one role, no skills, no commitments, no travel);</li>
 * <li>a shift type on a day is a {@link Shift} with one requirement line ({@link Post}) whose minimum is the cover
 * requirement; its under/over weights become {@link CoverWeights};</li>
 * <li>one {@link ClinicianDay} per staff member and day; its possible posts are that day's shift types the member may
 * work at all (MaxShifts above 0), none on a day off; "unassigned" is a day off;</li>
 * <li>days off are also leave ({@code Clinician.unavailable}), so the product's leave rule guards hand-made or pinned
 * assignments; MaxConsecutiveShifts is the clinician's {@link WorkingTimeRules} limit, checked by the product's
 * consecutive-days rule; every other staff limit and the forbidden successions are a {@link WorkPattern};</li>
 * <li>shift on/off requests are {@link ShiftRequest}s with their weights.</li>
 * </ul>
 *
 * Hub-only rules (hours guarantee, rest, weekly rest, rooms, travel, minute-based cover, fairness, preferences,
 * continuity, stability) are switched off with zero constraint weights, so the soft score is exactly minus the
 * benchmark objective and the hard score is zero exactly when the roster is feasible (the total-minutes rule weighs
 * more, see {@link #TOTAL_MINUTES_WEIGHT}). Day 0 is
 * {@link #DAY_ZERO}, a Monday, in UTC so every day has 24 hours.
 */
public final class CurtoisImporter {

    public static final LocalDate DAY_ZERO = LocalDate.of(2024, 1, 1);
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final String ROLE = "STAFF";
    /** Shift times do not matter in the benchmark (successions replace rest rules); all start at the same hour. */
    private static final LocalTime SHIFT_START = LocalTime.of(8, 0);

    private static final List<String> HUB_ONLY_CONSTRAINTS = List.of(
            RotaConstraintProvider.HOURS_GUARANTEE,
            RotaConstraintProvider.COMMITMENT_OVERLAP,
            RotaConstraintProvider.REST_BETWEEN_WORKING_DAYS,
            RotaConstraintProvider.WEEKLY_REST,
            RotaConstraintProvider.HUB_ROOMS,
            RotaConstraintProvider.TRAVEL_BEYOND_MAXIMUM,
            RotaConstraintProvider.UNMET_MINIMUM_REQUIREMENT,
            RotaConstraintProvider.HUB_OPEN_WITHOUT_A_GP,
            RotaConstraintProvider.DESIRED_STAFFING,
            RotaConstraintProvider.UNSOCIAL_HOURS_FAIRNESS,
            RotaConstraintProvider.PREFERENCES,
            RotaConstraintProvider.TRAVEL_MINUTES,
            RotaConstraintProvider.CONTINUITY,
            RotaConstraintProvider.STABILITY);

    static final long TOTAL_MINUTES_WEIGHT = 4;

    private CurtoisImporter() {
    }

    public static RotaSolution toSolution(CurtoisInstance instance) {
        Hub hub = new Hub("curtois", instance.name(), instance.staff().size(), ZONE);
        Map<String, String> shiftTypeByShiftId = new HashMap<>();
        Map<String, Post> postsByKey = new LinkedHashMap<>();
        List<Shift> shifts = new ArrayList<>();
        for (int day = 0; day < instance.days(); day++) {
            for (CurtoisShiftType type : instance.shiftTypes()) {
                Shift shift = shift(hub, day, type);
                shifts.add(shift);
                shiftTypeByShiftId.put(shift.id(), type.id());
                postsByKey.put(key(day, type.id()), new Post(shift.id() + "#0", shift, 0, ROLE, Set.of(), 0, 0));
            }
        }
        List<CoverWeights> coverWeights = new ArrayList<>();
        for (CurtoisCoverRequirement line : instance.cover()) {
            Post open = postsByKey.get(key(line.day(), line.shiftTypeId()));
            Post post = new Post(open.id(), open.shift(), 0, ROLE, Set.of(), line.requirement(), line.requirement());
            postsByKey.put(key(line.day(), line.shiftTypeId()), post);
            coverWeights.add(new CoverWeights(post, line.underWeight(), line.overWeight()));
        }

        Map<String, Set<String>> forbiddenNext = new HashMap<>();
        instance.shiftTypes().forEach(type -> forbiddenNext.put(type.id(), type.forbiddenSuccessorIds()));
        int firstDayIndex = (int) DAY_ZERO.toEpochDay();
        int lastDayIndex = firstDayIndex + instance.days() - 1;

        List<Clinician> clinicians = new ArrayList<>();
        Map<String, Clinician> cliniciansById = new HashMap<>();
        List<WorkPattern> patterns = new ArrayList<>();
        List<ClinicianWeek> weeks = new ArrayList<>();
        List<ClinicianDay> clinicianDays = new ArrayList<>();
        for (CurtoisStaff member : instance.staff()) {
            Clinician clinician = clinician(member);
            clinicians.add(clinician);
            cliniciansById.put(member.id(), clinician);
            patterns.add(new WorkPattern(clinician, shiftTypeByShiftId, member.maxShiftsByShiftTypeId(),
                    forbiddenNext, member.minTotalMinutes(), member.maxTotalMinutes(),
                    member.minConsecutiveShifts(), member.minConsecutiveDaysOff(), member.maxWeekends(),
                    firstDayIndex, lastDayIndex));
            ClinicianWeek week = null;
            for (int day = 0; day < instance.days(); day++) {
                LocalDate date = DAY_ZERO.plusDays(day);
                if (day % 7 == 0) {
                    week = new ClinicianWeek(clinician, date, 0);
                    weeks.add(week);
                }
                List<Post> possible = new ArrayList<>();
                if (!member.hasDayOff(day)) {
                    for (CurtoisShiftType type : instance.shiftTypes()) {
                        if (member.maxShifts(type.id()) > 0) {
                            possible.add(postsByKey.get(key(day, type.id())));
                        }
                    }
                }
                clinicianDays.add(new ClinicianDay(member.id() + "@" + day, clinician, date, week, dayOf(date),
                        null, possible));
            }
        }

        List<ShiftRequest> requests = new ArrayList<>();
        for (CurtoisShiftRequest request : instance.shiftOnRequests()) {
            requests.add(request(request, true, cliniciansById, postsByKey));
        }
        for (CurtoisShiftRequest request : instance.shiftOffRequests()) {
            requests.add(request(request, false, cliniciansById, postsByKey));
        }

        // Date by date, so that a score-guided construction heuristic in list order fills each date from all staff
        // (curtois-solver.xml now starts with BestLineDescent, which plans staff by staff).
        clinicianDays.sort(Comparator.comparing(ClinicianDay::getDate));
        RotaSolution solution = new RotaSolution(ZONE, DAY_ZERO, DAY_ZERO.plusDays(instance.days() - 1L),
                List.of(hub), clinicians, shifts, List.copyOf(postsByKey.values()), weeks, List.of(),
                clinicianDays);
        solution.setWorkPatterns(patterns);
        solution.setShiftRequests(requests);
        solution.setCoverWeights(coverWeights);
        solution.setConstraintWeightOverrides(ConstraintWeights.forProblem(solution, hubOnlyRulesOff()));
        return solution;
    }

    /** The roster a (solved) solution stands for, in the instance's staff order. */
    public static CurtoisRoster toRoster(CurtoisInstance instance, RotaSolution solution) {
        Map<String, String> shiftTypeByShiftId = new HashMap<>();
        Map<String, Integer> dayByShiftId = new HashMap<>();
        for (int day = 0; day < instance.days(); day++) {
            for (CurtoisShiftType type : instance.shiftTypes()) {
                shiftTypeByShiftId.put(shiftId(day, type.id()), type.id());
                dayByShiftId.put(shiftId(day, type.id()), day);
            }
        }
        List<List<String>> grid = new ArrayList<>();
        for (int index = 0; index < instance.staff().size(); index++) {
            List<String> row = new ArrayList<>();
            for (int day = 0; day < instance.days(); day++) {
                row.add(null);
            }
            grid.add(row);
        }
        for (ClinicianDay day : solution.getClinicianDays()) {
            if (day.getShift() != null) {
                int staffIndex = instance.staffIndex(day.getClinician().id());
                int dayIndex = (int) (day.getDate().toEpochDay() - DAY_ZERO.toEpochDay());
                grid.get(staffIndex).set(dayIndex, shiftTypeByShiftId.get(day.getShiftId()));
            }
        }
        return CurtoisRoster.fromShiftGrid(instance.staffIds(), instance.days(), grid);
    }

    /** Puts a roster into a solution made by {@link #toSolution} (for tests and for starting from a known roster). */
    public static void assign(CurtoisInstance instance, RotaSolution solution, CurtoisRoster roster) {
        Map<String, Post> postsByShiftId = new HashMap<>();
        solution.getPosts().forEach(post -> postsByShiftId.put(post.shift().id(), post));
        for (ClinicianDay day : solution.getClinicianDays()) {
            int staffIndex = instance.staffIndex(day.getClinician().id());
            int dayIndex = (int) (day.getDate().toEpochDay() - DAY_ZERO.toEpochDay());
            String type = roster.shiftOn(staffIndex, dayIndex);
            day.setPost(type == null ? null : postsByShiftId.get(shiftId(dayIndex, type)));
        }
    }

    static Map<String, HardMediumSoftLongScore> hubOnlyRulesOff() {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        HUB_ONLY_CONSTRAINTS.forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        // Search guidance only (hard 0 still means feasible): a minute short of MinTotalMinutes weighs 4, so one
        // missing 6-8 hour shift weighs about as much as a day's break of a run rule (1440). At weight 1 the search
        // settled for a shift short rather than pass through a broken run to give someone that shift.
        weights.put(WorkPatternConstraints.TOTAL_MINUTES, HardMediumSoftLongScore.ofHard(TOTAL_MINUTES_WEIGHT));
        return weights;
    }

    private static Clinician clinician(CurtoisStaff member) {
        List<TimeSpan> daysOff = member.daysOff().stream().sorted()
                .map(day -> dayOf(DAY_ZERO.plusDays(day)))
                .toList();
        // Minimum rest 0 and weekly rest 0: the benchmark has neither (its successions play the part of rest).
        WorkingTimeRules rules = new WorkingTimeRules(0, member.maxConsecutiveShifts(), 0);
        return new Clinician(member.id(), member.id(), ROLE, Set.of(), 0, List.of(), daysOff, null, Map.of(), rules);
    }

    private static Shift shift(Hub hub, int day, CurtoisShiftType type) {
        LocalDateTime start = DAY_ZERO.plusDays(day).atTime(SHIFT_START);
        LocalDateTime end = start.plusMinutes(type.lengthMinutes());
        TimeSpan span = new TimeSpan(start.atZone(ZONE).toInstant(), end.atZone(ZONE).toInstant());
        return new Shift(shiftId(day, type.id()), hub, start, end, span, type.lengthMinutes(), 0, false);
    }

    private static ShiftRequest request(CurtoisShiftRequest request, boolean wanted,
            Map<String, Clinician> cliniciansById, Map<String, Post> postsByKey) {
        Shift shift = postsByKey.get(key(request.day(), request.shiftTypeId())).shift();
        String id = (wanted ? "on:" : "off:") + request.staffId() + "@" + shift.id();
        return new ShiftRequest(id, cliniciansById.get(request.staffId()), shift, wanted, request.weight());
    }

    private static TimeSpan dayOf(LocalDate date) {
        return new TimeSpan(date.atStartOfDay(ZONE).toInstant(), date.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    static String shiftId(int day, String shiftTypeId) {
        return "d" + day + "-" + shiftTypeId;
    }

    private static String key(int day, String shiftTypeId) {
        return shiftId(day, shiftTypeId);
    }
}

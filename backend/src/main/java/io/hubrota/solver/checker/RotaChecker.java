package io.hubrota.solver.checker;

import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import io.hubrota.solver.problem.ProblemDocument.Clinician;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import io.hubrota.solver.problem.ProblemDocument.Shift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-checks every hard rule of a rota from the exchange format alone, with plain loops. It deliberately shares no
 * code with the solver's constraints so that each can catch the other's mistakes; it computes penalties in the same
 * units (minutes; a working day over the limit counts 1440), so its total equals minus the hard score.
 *
 * <p>One rule the solver's model cannot break (one entity per clinician per date) is still checked here, for rotas
 * edited by hand: "At most one hub shift a day", penalised by the minutes of each extra shift.
 */
public final class RotaChecker {

    /** The rules' names, as {@link Violation#rule()} gives them. */
    public static final String ONE_SHIFT_A_DAY = "At most one hub shift a day";
    public static final String HOURS_GUARANTEE = "Hours guarantee";
    public static final String ROLE_AND_SKILLS = "Role and skill mismatch";
    public static final String COMMITMENT_OVERLAP = "Overlap with a practice commitment";
    public static final String LEAVE_OVERLAP = "Leave or unavailability overlap";
    public static final String TRAVEL = "Travel beyond maximum";
    public static final String DAILY_REST = "Rest between working days";
    public static final String WEEKLY_REST = "Weekly rest";
    public static final String CONSECUTIVE_DAYS = "Maximum consecutive working days";


    private static final int DEFAULT_MIN_REST_MINUTES = 660;
    private static final int DEFAULT_MAX_CONSECUTIVE_DAYS = 6;
    private static final int DEFAULT_WEEKLY_REST_MINUTES = 1440;
    private static final long MINUTES_PER_EXCESS_DAY = 1440;

    private final ProblemDocument problem;
    private final ZoneId zone;
    private final int minRest;
    private final int maxConsecutiveDays;
    private final int weeklyRest;
    private final Map<String, Shift> shifts = new HashMap<>();
    private final Map<String, Integer> rooms = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    private RotaChecker(ProblemDocument problem) {
        this.problem = problem;
        this.zone = ZoneId.of(problem.timezone() == null ? "Europe/London" : problem.timezone());
        ProblemDocument.Settings settings = problem.settings();
        this.minRest = settings == null || settings.minRestMinutes() == null
                ? DEFAULT_MIN_REST_MINUTES : settings.minRestMinutes();
        this.maxConsecutiveDays = settings == null || settings.maxConsecutiveWorkingDays() == null
                ? DEFAULT_MAX_CONSECUTIVE_DAYS : settings.maxConsecutiveWorkingDays();
        this.weeklyRest = settings == null || settings.weeklyRestMinutes() == null
                ? DEFAULT_WEEKLY_REST_MINUTES : settings.weeklyRestMinutes();
        for (Shift shift : list(problem.shifts())) {
            shifts.put(shift.id(), shift);
        }
        for (ProblemDocument.Hub hub : list(problem.hubs())) {
            rooms.put(hub.id(), hub.rooms());
        }
    }

    public static CheckReport check(ProblemDocument problem, List<Assignment> assignments) {
        RotaChecker checker = new RotaChecker(problem);
        checker.run(assignments);
        long total = 0;
        for (Violation violation : checker.violations) {
            total += violation.penalty();
        }
        return new CheckReport(List.copyOf(checker.violations), total);
    }

    private void run(List<Assignment> assignments) {
        Map<String, List<Shift>> shiftsByClinician = new HashMap<>();
        Set<String> clinicianIds = new HashSet<>();
        for (Clinician clinician : list(problem.clinicians())) {
            clinicianIds.add(clinician.id());
            shiftsByClinician.put(clinician.id(), new ArrayList<>());
        }
        for (Assignment assignment : assignments) {
            Shift shift = shifts.get(assignment.shiftId());
            if (shift == null || !clinicianIds.contains(assignment.clinicianId())) {
                throw new IllegalArgumentException("assignment names an unknown clinician or shift: " + assignment);
            }
            shiftsByClinician.get(assignment.clinicianId()).add(shift);
        }
        for (Clinician clinician : list(problem.clinicians())) {
            List<Shift> worked = shiftsByClinician.get(clinician.id());
            checkOneShiftADay(clinician, worked);
            checkHoursGuarantee(clinician, worked);
            for (Shift shift : worked) {
                checkRoleAndSkills(clinician, shift);
                checkOverlap(clinician, shift, list(clinician.commitments()), COMMITMENT_OVERLAP,
                        "overlaps a practice commitment");
                checkOverlap(clinician, shift, list(clinician.unavailable()), LEAVE_OVERLAP,
                        "falls in leave or unavailability");
                checkTravel(clinician, shift);
            }
            checkRestBetweenDays(clinician, worked);
            checkWeeklyRest(clinician, worked);
            checkConsecutiveDays(clinician, worked);
        }
        checkRooms(shiftsByClinician);
    }

    private void checkOneShiftADay(Clinician clinician, List<Shift> worked) {
        Set<LocalDate> seen = new HashSet<>();
        for (Shift shift : worked) {
            if (!seen.add(shift.start().toLocalDate())) {
                add(ONE_SHIFT_A_DAY, clinician, name(clinician) + " has more than one hub shift on "
                        + shift.start().toLocalDate(), minutes(shift.start(), shift.end()));
            }
        }
    }

    private void checkHoursGuarantee(Clinician clinician, List<Shift> worked) {
        LocalDate monday = problem.firstDate();
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.minusDays(1);
        }
        for (; !monday.isAfter(problem.lastDate()); monday = monday.plusDays(7)) {
            LocalDate nextMonday = monday.plusDays(7);
            long total = 0;
            for (Interval commitment : list(clinician.commitments())) {
                if (inWeek(commitment.start().toLocalDate(), monday, nextMonday)) {
                    total += minutes(commitment.start(), commitment.end());
                }
            }
            for (Shift shift : worked) {
                if (inWeek(shift.start().toLocalDate(), monday, nextMonday)) {
                    total += minutes(shift.start(), shift.end());
                }
            }
            if (total > clinician.baselineWeeklyMinutes()) {
                add(HOURS_GUARANTEE, clinician, name(clinician) + " works " + total + " min in week "
                        + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", baseline "
                        + clinician.baselineWeeklyMinutes() + " min", total - clinician.baselineWeeklyMinutes());
            }
        }
    }

    private static boolean inWeek(LocalDate date, LocalDate monday, LocalDate nextMonday) {
        return !date.isBefore(monday) && date.isBefore(nextMonday);
    }

    private void checkRoleAndSkills(Clinician clinician, Shift shift) {
        Set<String> skills = new HashSet<>(list(clinician.skills()));
        for (Requirement line : list(shift.requirements())) {
            if (line.role().equals(clinician.role()) && skills.containsAll(list(line.skills()))) {
                return;
            }
        }
        add(ROLE_AND_SKILLS, clinician, name(clinician) + " (" + clinician.role()
                + ") meets no requirement of shift " + shift.id(), minutes(shift.start(), shift.end()));
    }

    private void checkOverlap(Clinician clinician, Shift shift, List<Interval> blocked, String rule, String words) {
        long overlap = 0;
        Instant shiftStart = instant(shift.start());
        Instant shiftEnd = instant(shift.end());
        for (Interval interval : blocked) {
            Instant from = later(shiftStart, instant(interval.start()));
            Instant to = earlier(shiftEnd, instant(interval.end()));
            if (from.isBefore(to)) {
                overlap += Duration.between(from, to).toMinutes();
            }
        }
        if (overlap > 0) {
            add(rule, clinician, name(clinician) + "'s shift " + shift.id() + " " + words + " for " + overlap
                    + " min", overlap);
        }
    }

    private void checkTravel(Clinician clinician, Shift shift) {
        if (clinician.maxTravelMinutes() == null) {
            return;
        }
        Integer travel = clinician.travelMinutes() == null ? null : clinician.travelMinutes().get(shift.hub());
        int minutes = travel == null ? 0 : travel;
        if (minutes > clinician.maxTravelMinutes()) {
            add(TRAVEL, clinician, name(clinician) + " travels " + minutes + " min to "
                    + shift.hub() + ", maximum " + clinician.maxTravelMinutes(), minutes
                    - clinician.maxTravelMinutes());
        }
    }

    /** Work of one local date: its commitments and hub shifts (by start date), as [earliest start, latest end]. */
    private Instant[] workOn(LocalDate date, Clinician clinician, List<Shift> worked) {
        Instant start = null;
        Instant end = null;
        List<LocalDateTime[]> pieces = new ArrayList<>();
        for (Interval commitment : list(clinician.commitments())) {
            pieces.add(new LocalDateTime[] {commitment.start(), commitment.end()});
        }
        for (Shift shift : worked) {
            pieces.add(new LocalDateTime[] {shift.start(), shift.end()});
        }
        for (LocalDateTime[] piece : pieces) {
            if (piece[0].toLocalDate().equals(date)) {
                start = start == null ? instant(piece[0]) : earlier(start, instant(piece[0]));
                end = end == null ? instant(piece[1]) : later(end, instant(piece[1]));
            }
        }
        return start == null ? null : new Instant[] {start, end};
    }

    private void checkRestBetweenDays(Clinician clinician, List<Shift> worked) {
        for (LocalDate date = problem.firstDate(); date.isBefore(problem.lastDate()); date = date.plusDays(1)) {
            Instant[] today = workOn(date, clinician, worked);
            Instant[] tomorrow = workOn(date.plusDays(1), clinician, worked);
            if (today == null || tomorrow == null) {
                continue;
            }
            long rest = Duration.between(today[1], tomorrow[0]).toMinutes();
            if (rest < minRest) {
                add(DAILY_REST, clinician, name(clinician) + " rests " + rest + " min between "
                        + date + " and " + date.plusDays(1) + ", needs " + minRest, minRest - rest);
            }
        }
    }

    private void checkWeeklyRest(Clinician clinician, List<Shift> worked) {
        List<Instant[]> work = new ArrayList<>();
        for (Interval commitment : list(clinician.commitments())) {
            work.add(new Instant[] {instant(commitment.start()), instant(commitment.end())});
        }
        for (Shift shift : worked) {
            work.add(new Instant[] {instant(shift.start()), instant(shift.end())});
        }
        for (LocalDate first = problem.firstDate(); !first.plusDays(6).isAfter(problem.lastDate());
                first = first.plusDays(1)) {
            Instant windowStart = first.atStartOfDay(zone).toInstant();
            Instant windowEnd = first.plusDays(7).atStartOfDay(zone).toInstant();
            // Mark every work boundary inside the window, then walk the gaps between covered stretches.
            TreeSet<Instant> points = new TreeSet<>();
            points.add(windowStart);
            points.add(windowEnd);
            for (Instant[] piece : work) {
                if (piece[0].isAfter(windowStart) && piece[0].isBefore(windowEnd)) {
                    points.add(piece[0]);
                }
                if (piece[1].isAfter(windowStart) && piece[1].isBefore(windowEnd)) {
                    points.add(piece[1]);
                }
            }
            long longest = 0;
            long current = 0;
            Instant previous = null;
            for (Instant point : points) {
                if (previous != null) {
                    if (covered(previous, point, work)) {
                        current = 0;
                    } else {
                        current += Duration.between(previous, point).toMinutes();
                        longest = Math.max(longest, current);
                    }
                }
                previous = point;
            }
            if (longest < weeklyRest) {
                add(WEEKLY_REST, clinician, name(clinician) + "'s longest rest in the 7 days from " + first + " is "
                        + longest + " min, needs " + weeklyRest, weeklyRest - longest);
            }
        }
    }

    private static boolean covered(Instant from, Instant to, List<Instant[]> work) {
        for (Instant[] piece : work) {
            if (!piece[0].isAfter(from) && !piece[1].isBefore(to)) {
                return true;
            }
        }
        return false;
    }

    private void checkConsecutiveDays(Clinician clinician, List<Shift> worked) {
        Set<LocalDate> working = new HashSet<>();
        for (Interval commitment : list(clinician.commitments())) {
            working.add(commitment.start().toLocalDate());
        }
        for (Shift shift : worked) {
            working.add(shift.start().toLocalDate());
        }
        int run = 0;
        LocalDate runStart = null;
        for (LocalDate date = problem.firstDate(); !date.isAfter(problem.lastDate().plusDays(1));
                date = date.plusDays(1)) {
            boolean works = !date.isAfter(problem.lastDate()) && working.contains(date);
            if (works) {
                if (run == 0) {
                    runStart = date;
                }
                run++;
            } else {
                if (run > maxConsecutiveDays) {
                    add(CONSECUTIVE_DAYS, clinician, name(clinician) + " works " + run
                            + " days in a row from " + runStart + ", limit " + maxConsecutiveDays,
                            (run - maxConsecutiveDays) * MINUTES_PER_EXCESS_DAY);
                }
                run = 0;
            }
        }
    }

    private void checkRooms(Map<String, List<Shift>> shiftsByClinician) {
        Map<String, List<Instant[]>> occupancy = new HashMap<>();
        for (List<Shift> worked : shiftsByClinician.values()) {
            for (Shift shift : worked) {
                occupancy.computeIfAbsent(shift.hub(), hub -> new ArrayList<>())
                        .add(new Instant[] {instant(shift.start()), instant(shift.end())});
            }
        }
        for (Map.Entry<String, List<Instant[]>> hub : occupancy.entrySet()) {
            int available = rooms.getOrDefault(hub.getKey(), 0);
            TreeSet<Instant> points = new TreeSet<>();
            for (Instant[] piece : hub.getValue()) {
                points.add(piece[0]);
                points.add(piece[1]);
            }
            Instant previous = null;
            for (Instant point : points) {
                if (previous != null) {
                    int present = 0;
                    for (Instant[] piece : hub.getValue()) {
                        if (!piece[0].isAfter(previous) && !piece[1].isBefore(point)) {
                            present++;
                        }
                    }
                    if (present > available) {
                        long stretch = Duration.between(previous, point).toMinutes();
                        violations.add(new Violation("Hub rooms", null, "hub " + hub.getKey() + " has " + present
                                + " clinicians in " + available + " rooms from "
                                + LocalDateTime.ofInstant(previous, zone) + " for " + stretch + " min",
                                (present - available) * stretch));
                    }
                }
                previous = point;
            }
        }
    }

    private void add(String rule, Clinician clinician, String description, long penalty) {
        violations.add(new Violation(rule, clinician.id(), description, penalty));
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private long minutes(LocalDateTime start, LocalDateTime end) {
        return Duration.between(instant(start), instant(end)).toMinutes();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String name(Clinician clinician) {
        return clinician.name() == null ? clinician.id() : clinician.name();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}

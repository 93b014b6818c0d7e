package io.hubrota.rota;

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
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the requirement lines below their minimum in a rota's working copy and says why, by narrowing down who could
 * fill each: eligible (role, skills, travel), then the hub's rooms, then free (no leave or practice session then),
 * then under their weekly baseline, then rested (11 hours from the previous and to the next day's work). The first
 * step that leaves nobody is the reason; if somebody is left, the gap is simply unfilled. Plain code over the
 * problem, independent of the solver.
 */
final class GapFinder {

    private static final long MIN_REST_MINUTES = 11 * 60;

    private final ProblemDocument problem;

    private final ZoneId zone;

    private final Map<String, Shift> shifts = new HashMap<>();

    private final Map<String, Integer> rooms = new HashMap<>();

    private final Map<String, List<Shift>> shiftsByClinician = new HashMap<>();

    private final List<Assignment> working;

    private GapFinder(ProblemDocument problem, List<Assignment> working) {
        this.problem = problem;
        this.working = working;
        this.zone = ZoneId.of(problem.timezone());
        problem.shifts().forEach(shift -> shifts.put(shift.id(), shift));
        problem.hubs().forEach(hub -> rooms.put(hub.id(), hub.rooms()));
        for (Assignment assignment : working) {
            shiftsByClinician.computeIfAbsent(assignment.clinicianId(), id -> new ArrayList<>())
                    .add(shifts.get(assignment.shiftId()));
        }
    }

    /** One line short of its minimum: which shift and line, by how many, and why. */
    record Gap(String shiftId, int line, int missing, GapReason reason, String explanation) {
    }

    /**
     * @param assignedPerLine how many clinicians fill each line, keyed by {@code shiftId + "#" + line index}
     */
    static List<Gap> find(ProblemDocument problem, List<Assignment> working, Map<String, Integer> assignedPerLine) {
        GapFinder finder = new GapFinder(problem, working);
        List<Gap> gaps = new ArrayList<>();
        for (Shift shift : problem.shifts()) {
            for (int line = 0; line < shift.requirements().size(); line++) {
                Requirement requirement = shift.requirements().get(line);
                int missing = requirement.min() - assignedPerLine.getOrDefault(shift.id() + "#" + line, 0);
                if (missing > 0) {
                    gaps.add(finder.explain(shift, line, requirement, missing));
                }
            }
        }
        return gaps;
    }

    private Gap explain(Shift shift, int line, Requirement requirement, int missing) {
        Set<String> onShift = new HashSet<>();
        working.stream().filter(a -> a.shiftId().equals(shift.id())).forEach(a -> onShift.add(a.clinicianId()));
        String hub = hubName(shift.hub());
        String who = roleWords(requirement, 1);
        String whoMany = roleWords(requirement, 2);

        List<Clinician> candidates = problem.clinicians().stream()
                .filter(c -> !onShift.contains(c.id()))
                .filter(c -> c.role().equals(requirement.role()) && c.skills().containsAll(requirement.skills()))
                .filter(c -> c.maxTravelMinutes() == null
                        || c.travelMinutes().getOrDefault(shift.hub(), 0) <= c.maxTravelMinutes())
                .toList();
        if (candidates.isEmpty()) {
            return new Gap(shift.id(), line, missing, GapReason.NO_ELIGIBLE_CLINICIAN,
                    "No other " + who + " works within travel of " + hub + ".");
        }
        int inUse = roomsInUse(shift);
        if (inUse >= rooms.getOrDefault(shift.hub(), Integer.MAX_VALUE)) {
            return new Gap(shift.id(), line, missing, GapReason.ROOM_LIMIT,
                    "All " + inUse + " rooms at " + hub + " are in use then.");
        }
        List<Clinician> free = keep(candidates, c -> !overlapsAny(c.unavailable(), shift)
                && !overlapsAny(c.commitments(), shift));
        if (free.isEmpty()) {
            return new Gap(shift.id(), line, missing, GapReason.ON_LEAVE_OR_COMMITTED,
                    "All " + candidates.size() + " eligible " + whoMany + " are on leave or at their practice then.");
        }
        List<Clinician> underHours = keep(free, c -> weekMinutesWith(c, shift) <= c.baselineWeeklyMinutes());
        if (underHours.isEmpty()) {
            return new Gap(shift.id(), line, missing, GapReason.ALL_AT_HOURS_CEILING,
                    "All " + free.size() + " free " + whoMany + " would go over their baseline hours that week.");
        }
        List<Clinician> rested = keep(underHours, c -> restedFor(c, shift));
        if (rested.isEmpty()) {
            return new Gap(shift.id(), line, missing, GapReason.REST_RULES,
                    "All " + underHours.size() + " " + whoMany + " free and under their hours would have less than 11"
                            + " hours' rest before or after it.");
        }
        return new Gap(shift.id(), line, missing, GapReason.UNFILLED,
                rested.size() + " " + roleWords(requirement, rested.size())
                        + " could take it: run the solver or pick a suggestion.");
    }

    private static List<Clinician> keep(List<Clinician> clinicians, Predicate<Clinician> test) {
        return clinicians.stream().filter(test).toList();
    }

    private int roomsInUse(Shift shift) {
        int count = 0;
        for (Assignment assignment : working) {
            Shift other = shifts.get(assignment.shiftId());
            if (other.hub().equals(shift.hub()) && overlaps(other.start(), other.end(), shift)) {
                count++;
            }
        }
        return count;
    }

    /** Commitments and hub shifts in the shift's week (Monday to Sunday), with the shift replacing any that day. */
    private long weekMinutesWith(Clinician clinician, Shift shift) {
        LocalDate monday = monday(shift.start().toLocalDate());
        long minutes = minutes(shift.start(), shift.end());
        for (Interval commitment : clinician.commitments()) {
            if (monday(commitment.start().toLocalDate()).equals(monday)) {
                minutes += minutes(commitment.start(), commitment.end());
            }
        }
        for (Shift other : shiftsByClinician.getOrDefault(clinician.id(), List.of())) {
            LocalDate date = other.start().toLocalDate();
            if (monday(date).equals(monday) && !date.equals(shift.start().toLocalDate())) {
                minutes += minutes(other.start(), other.end());
            }
        }
        return minutes;
    }

    private boolean restedFor(Clinician clinician, Shift shift) {
        LocalDate date = shift.start().toLocalDate();
        Instant start = instant(shift.start());
        Instant end = instant(shift.end());
        for (Interval work : workOn(clinician, date.minusDays(1))) {
            if (Duration.between(instant(work.end()), start).toMinutes() < MIN_REST_MINUTES) {
                return false;
            }
        }
        for (Interval work : workOn(clinician, date.plusDays(1))) {
            if (Duration.between(end, instant(work.start())).toMinutes() < MIN_REST_MINUTES) {
                return false;
            }
        }
        return true;
    }

    private List<Interval> workOn(Clinician clinician, LocalDate date) {
        List<Interval> work = new ArrayList<>();
        clinician.commitments().stream().filter(i -> i.start().toLocalDate().equals(date)).forEach(work::add);
        shiftsByClinician.getOrDefault(clinician.id(), List.of()).stream()
                .filter(s -> s.start().toLocalDate().equals(date))
                .forEach(s -> work.add(new Interval(s.start(), s.end())));
        return work;
    }

    private static boolean overlapsAny(List<Interval> intervals, Shift shift) {
        return intervals != null && intervals.stream().anyMatch(i -> overlaps(i.start(), i.end(), shift));
    }

    private static boolean overlaps(LocalDateTime start, LocalDateTime end, Shift shift) {
        return start.isBefore(shift.end()) && shift.start().isBefore(end);
    }

    private long minutes(LocalDateTime start, LocalDateTime end) {
        return Duration.between(instant(start), instant(end)).toMinutes();
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private String hubName(String hubId) {
        return problem.hubs().stream().filter(h -> h.id().equals(hubId)).map(ProblemDocument.Hub::name)
                .findFirst().orElse(hubId);
    }

    private static String roleWords(Requirement requirement, int count) {
        String role = io.hubrota.shared.Role.valueOf(requirement.role()).label() + (count == 1 ? "" : "s");
        return requirement.skills().isEmpty() ? role : role + " (" + String.join(", ", requirement.skills()) + ")";
    }
}

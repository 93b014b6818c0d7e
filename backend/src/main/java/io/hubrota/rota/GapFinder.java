package io.hubrota.rota;

import io.hubrota.solver.checker.CheckReport;
import io.hubrota.solver.checker.RotaChecker;
import io.hubrota.solver.checker.Violation;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import io.hubrota.solver.problem.ProblemDocument.Clinician;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import io.hubrota.solver.problem.ProblemDocument.Shift;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the requirement lines below their minimum in a rota's working copy and says why, by narrowing down who could
 * fill each: eligible (role, skills, travel), then the hub's rooms, then free (no leave or practice session then).
 * For each free clinician the independent {@link RotaChecker} then tells which hard rule adding them would newly
 * break (a hub shift already that day, the hours guarantee, 11 hours' daily rest, 24 hours' rest in 7 days, the
 * maximum of consecutive working days). The first step that leaves nobody is the reason; when every free clinician
 * breaks a rule, the rule that stops the most of them. If somebody is left, the gap is simply unfilled. Plain code
 * over the problem, independent of the solver.
 */
final class GapFinder {

    private final ProblemDocument problem;

    private final Map<String, Shift> shifts = new HashMap<>();

    private final Map<String, Integer> rooms = new HashMap<>();

    private final Map<String, List<Shift>> shiftsByClinician = new HashMap<>();

    private final List<Assignment> working;

    /** Checker verdicts by clinician and extra shift: a clinician's verdict without one serves every gap. */
    private final Map<String, CheckReport> checks = new HashMap<>();

    private GapFinder(ProblemDocument problem, List<Assignment> working) {
        this.problem = problem;
        this.working = working;
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
        Map<GapReason, List<Violation>> blocked = new EnumMap<>(GapReason.class);
        int fits = 0;
        for (Clinician candidate : free) {
            List<Violation> broken = newlyBroken(candidate, shift);
            if (broken.isEmpty()) {
                fits++;
            } else {
                blocked.computeIfAbsent(reasonFor(broken.get(0).rule()), reason -> new ArrayList<>())
                        .add(broken.get(0));
            }
        }
        if (fits > 0) {
            return new Gap(shift.id(), line, missing, GapReason.UNFILLED,
                    fits + " " + roleWords(requirement, fits) + " could take it: run the solver or pick a suggestion.");
        }
        return blockedGap(shift, line, missing, free.size(), whoMany, blocked);
    }

    /**
     * Everyone free would break a hard rule. The reason is the rule that stops the most of them (the earlier in
     * {@link GapReason}'s order on a tie); the text counts each rule and quotes the checker once.
     */
    private static Gap blockedGap(Shift shift, int line, int missing, int freeCount, String whoMany,
            Map<GapReason, List<Violation>> blocked) {
        GapReason reason = blocked.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<GapReason, List<Violation>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        StringBuilder text = new StringBuilder();
        if (blocked.size() == 1) {
            text.append("All ").append(freeCount).append(" free ").append(whoMany).append(' ')
                    .append(WHY.get(reason)).append('.');
        } else {
            text.append("All ").append(freeCount).append(" free ").append(whoMany).append(" would break a rule: ")
                    .append(blocked.entrySet().stream()
                            .map(e -> e.getValue().size() + " " + WHY.get(e.getKey()))
                            .collect(Collectors.joining("; ")))
                    .append('.');
        }
        text.append(" For example: ").append(blocked.get(reason).get(0).description()).append('.');
        return new Gap(shift.id(), line, missing, reason, text.toString());
    }

    private static final Map<GapReason, String> WHY = Map.of(
            GapReason.ALREADY_WORKING_THAT_DAY, "already have a hub shift that day",
            GapReason.ALL_AT_HOURS_CEILING, "would go over their baseline hours that week",
            GapReason.DAILY_REST, "would not get their rest between working days",
            GapReason.WEEKLY_REST, "would have no 24-hour rest in some 7 days",
            GapReason.CONSECUTIVE_DAYS, "would work more days in a row than allowed",
            GapReason.OTHER_HARD_RULE, "would break another hard rule");

    private static GapReason reasonFor(String rule) {
        return switch (rule) {
            case RotaChecker.ONE_SHIFT_A_DAY -> GapReason.ALREADY_WORKING_THAT_DAY;
            case RotaChecker.HOURS_GUARANTEE -> GapReason.ALL_AT_HOURS_CEILING;
            case RotaChecker.DAILY_REST -> GapReason.DAILY_REST;
            case RotaChecker.WEEKLY_REST -> GapReason.WEEKLY_REST;
            case RotaChecker.CONSECUTIVE_DAYS -> GapReason.CONSECUTIVE_DAYS;
            default -> GapReason.OTHER_HARD_RULE;
        };
    }

    /**
     * The hard rules the independent checker finds newly broken (a penalty that grows) when the clinician also works
     * the shift, in {@link GapReason}'s order; rules they already break without it do not count against the shift.
     */
    private List<Violation> newlyBroken(Clinician clinician, Shift shift) {
        Map<String, Long> before = penaltiesByRule(clinician, null);
        Map<String, Long> after = penaltiesByRule(clinician, shift);
        List<Violation> broken = new ArrayList<>();
        for (Violation violation : check(clinician, shift).violations()) {
            if (after.get(violation.rule()) > before.getOrDefault(violation.rule(), 0L)
                    && broken.stream().noneMatch(v -> v.rule().equals(violation.rule()))) {
                broken.add(violation);
            }
        }
        broken.sort(Comparator.comparing(v -> reasonFor(v.rule())));
        return broken;
    }

    private Map<String, Long> penaltiesByRule(Clinician clinician, Shift extra) {
        Map<String, Long> penalties = new HashMap<>();
        for (Violation violation : check(clinician, extra).violations()) {
            penalties.merge(violation.rule(), violation.penalty(), Long::sum);
        }
        return penalties;
    }

    /** The checker over this one clinician's work: their current shifts, plus {@code extra} when given. */
    private CheckReport check(Clinician clinician, Shift extra) {
        String key = clinician.id() + "@" + (extra == null ? "" : extra.id());
        return checks.computeIfAbsent(key, k -> {
            ProblemDocument alone = new ProblemDocument(problem.timezone(), problem.firstDate(), problem.lastDate(),
                    problem.hubs(), List.of(clinician), problem.shifts(), problem.bankHolidays(), List.of(),
                    List.of(), List.of(), problem.settings());
            List<Assignment> work = new ArrayList<>();
            shiftsByClinician.getOrDefault(clinician.id(), List.of())
                    .forEach(s -> work.add(new Assignment(clinician.id(), s.id())));
            if (extra != null) {
                work.add(new Assignment(clinician.id(), extra.id()));
            }
            return RotaChecker.check(alone, work);
        });
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

    private static boolean overlapsAny(List<Interval> intervals, Shift shift) {
        return intervals != null && intervals.stream().anyMatch(i -> overlaps(i.start(), i.end(), shift));
    }

    private static boolean overlaps(LocalDateTime start, LocalDateTime end, Shift shift) {
        return start.isBefore(shift.end()) && shift.start().isBefore(end);
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

package io.hubrota.solver.problem;

import io.hubrota.solver.constraints.ConstraintWeights;
import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.ClinicianPreference;
import io.hubrota.solver.domain.ClinicianWeek;
import io.hubrota.solver.domain.Hub;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.PreferenceKind;
import io.hubrota.solver.domain.RestWindow;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.Shift;
import io.hubrota.solver.domain.TimeSpan;
import io.hubrota.solver.domain.WorkingTimeRules;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link ProblemDocument} into a {@link RotaSolution} and a solved solution back into assignments.
 * Pinned assignments become pinned clinician-days; {@code previous} assignments switch on the stability rule.
 */
public final class ProblemMapper {

    public static final String DEFAULT_TIMEZONE = "Europe/London";

    private ProblemMapper() {
    }

    public static RotaSolution toSolution(ProblemDocument document) {
        ZoneId zone = ZoneId.of(document.timezone() == null ? DEFAULT_TIMEZONE : document.timezone());
        LocalTimeline timeline = new LocalTimeline(zone, new HashSet<>(orEmpty(document.bankHolidays())),
                orEmpty(document.hourWeights()).stream().collect(Collectors.toMap(
                        ProblemDocument.HourWeight::hourStart, ProblemDocument.HourWeight::weight, (a, b) -> b)));
        WorkingTimeRules rules = rules(document.settings());

        Map<String, Hub> hubs = byId(orEmpty(document.hubs()).stream()
                .map(hub -> new Hub(hub.id(), hub.name() == null ? hub.id() : hub.name(), hub.rooms(), zone))
                .toList(), Hub::id);
        List<Shift> shifts = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        for (ProblemDocument.Shift source : orEmpty(document.shifts())) {
            Shift shift = shift(source, hubs, timeline);
            shifts.add(shift);
            List<ProblemDocument.Requirement> lines = orEmpty(source.requirements());
            for (int line = 0; line < lines.size(); line++) {
                ProblemDocument.Requirement requirement = lines.get(line);
                posts.add(new Post(shift.id() + "#" + line, shift, line, requirement.role(),
                        Set.copyOf(orEmpty(requirement.skills())), requirement.min(),
                        Math.max(requirement.min(), requirement.desired())));
            }
        }
        Map<String, Shift> shiftsById = byId(shifts, Shift::id);
        Map<LocalDate, List<Post>> postsByDate = posts.stream()
                .collect(Collectors.groupingBy(post -> post.shift().date()));

        List<Clinician> clinicians = orEmpty(document.clinicians()).stream()
                .map(source -> clinician(source, timeline, rules))
                .toList();
        List<ClinicianWeek> weeks = new ArrayList<>();
        List<ClinicianDay> days = new ArrayList<>();
        Map<String, ClinicianDay> daysByKey = new HashMap<>();
        for (int index = 0; index < clinicians.size(); index++) {
            Clinician clinician = clinicians.get(index);
            ProblemDocument.Clinician source = document.clinicians().get(index);
            Map<LocalDate, ClinicianWeek> clinicianWeeks = weeks(clinician, source, document);
            weeks.addAll(clinicianWeeks.values());
            for (LocalDate date = document.firstDate(); !date.isAfter(document.lastDate()); date = date.plusDays(1)) {
                ClinicianDay day = new ClinicianDay(clinician.id() + "@" + date, clinician, date,
                        clinicianWeeks.get(monday(date)), timeline.day(date), commitmentsOn(date, source, timeline),
                        possiblePosts(clinician, postsByDate.getOrDefault(date, List.of())));
                days.add(day);
                daysByKey.put(day.getId(), day);
            }
        }
        assignRestWindows(days, timeline, document.firstDate(), document.lastDate());
        pin(document, shiftsById, posts, daysByKey);
        markPrevious(document, shiftsById, days);

        Map<String, Clinician> cliniciansById = byId(clinicians, Clinician::id);
        List<ClinicianPreference> preferences = new ArrayList<>();
        for (ProblemDocument.Clinician source : orEmpty(document.clinicians())) {
            List<ProblemDocument.Preference> wishes = orEmpty(source.preferences());
            for (int index = 0; index < wishes.size(); index++) {
                ProblemDocument.Preference wish = wishes.get(index);
                PreferenceKind kind = PreferenceKind.valueOf(wish.kind());
                requirePreferenceSubject(source.id(), kind, wish);
                Shift shift = wish.shiftId() == null ? null : required(shiftsById, wish.shiftId(), "shift");
                preferences.add(new ClinicianPreference(source.id() + "/" + index, cliniciansById.get(source.id()),
                        kind, shift, wish.date(), wish.hub(), wish.weight()));
            }
        }
        RotaSolution solution = new RotaSolution(zone, document.firstDate(), document.lastDate(),
                List.copyOf(hubs.values()), clinicians, shifts, posts, weeks, preferences, days);
        solution.setConstraintWeightOverrides(ConstraintWeights.forProblem(solution, ConstraintWeights.parse(
                document.settings() == null || document.settings().constraintWeights() == null
                        ? Map.of() : document.settings().constraintWeights())));
        return solution;
    }

    private static void requirePreferenceSubject(String clinicianId, PreferenceKind kind,
            ProblemDocument.Preference wish) {
        boolean present = switch (kind) {
            case WANT_SHIFT, AVOID_SHIFT -> wish.shiftId() != null;
            case AVOID_DAY -> wish.date() != null;
            case PREFER_HUB, AVOID_HUB -> wish.hub() != null;
        };
        if (!present) {
            throw new IllegalArgumentException("preference " + kind + " of " + clinicianId + " names no "
                    + (kind == PreferenceKind.AVOID_DAY ? "date" : kind.name().endsWith("HUB") ? "hub" : "shift"));
        }
    }

    /** The plan as (clinician, shift) pairs, ordered by clinician then shift. */
    public static List<Assignment> assignments(RotaSolution solution) {
        return solution.getClinicianDays().stream()
                .filter(day -> day.getPost() != null)
                .map(day -> new Assignment(day.getClinician().id(), day.getShiftId()))
                .sorted(Comparator.comparing(Assignment::clinicianId).thenComparing(Assignment::shiftId))
                .toList();
    }

    /** The same problem with these assignments pinned: for re-checking a hand-edited or published rota. */
    public static ProblemDocument withPinned(ProblemDocument document, List<Assignment> assignments) {
        return new ProblemDocument(document.timezone(), document.firstDate(), document.lastDate(), document.hubs(),
                document.clinicians(), document.shifts(), document.bankHolidays(), document.hourWeights(),
                List.copyOf(assignments), document.previous(), document.settings());
    }

    private static WorkingTimeRules rules(ProblemDocument.Settings settings) {
        WorkingTimeRules defaults = WorkingTimeRules.defaults();
        if (settings == null) {
            return defaults;
        }
        return new WorkingTimeRules(
                Objects.requireNonNullElse(settings.minRestMinutes(), defaults.minRestMinutes()),
                Objects.requireNonNullElse(settings.maxConsecutiveWorkingDays(),
                        defaults.maxConsecutiveWorkingDays()),
                Objects.requireNonNullElse(settings.weeklyRestMinutes(), defaults.weeklyRestMinutes()));
    }

    private static Shift shift(ProblemDocument.Shift source, Map<String, Hub> hubs, LocalTimeline timeline) {
        TimeSpan span = timeline.span(source.start(), source.end());
        if (!span.start().isBefore(span.end())) {
            throw new IllegalArgumentException("shift " + source.id() + " does not end after it starts");
        }
        boolean needsGp = orEmpty(source.requirements()).stream()
                .anyMatch(line -> Clinician.GP_ROLE.equals(line.role()) && line.min() >= 1);
        return new Shift(source.id(), required(hubs, source.hub(), "hub"), source.start(), source.end(), span,
                timeline.weightedMinutes(span), timeline.unsocialMinutes(span), needsGp);
    }

    private static Clinician clinician(ProblemDocument.Clinician source, LocalTimeline timeline,
            WorkingTimeRules rules) {
        return new Clinician(source.id(), source.name() == null ? source.id() : source.name(), source.role(),
                Set.copyOf(orEmpty(source.skills())), source.baselineWeeklyMinutes(),
                spans(source.commitments(), timeline), spans(source.unavailable(), timeline),
                source.maxTravelMinutes(),
                source.travelMinutes() == null ? Map.of() : Map.copyOf(source.travelMinutes()), rules);
    }

    private static List<TimeSpan> spans(List<ProblemDocument.Interval> intervals, LocalTimeline timeline) {
        return orEmpty(intervals).stream().map(interval -> timeline.span(interval.start(), interval.end())).toList();
    }

    /** Every ISO week touching the horizon, with the commitment minutes whose local start date falls in it. */
    private static Map<LocalDate, ClinicianWeek> weeks(Clinician clinician, ProblemDocument.Clinician source,
            ProblemDocument document) {
        Map<LocalDate, ClinicianWeek> weeks = new LinkedHashMap<>();
        for (LocalDate monday = monday(document.firstDate()); !monday.isAfter(document.lastDate());
                monday = monday.plusWeeks(1)) {
            LocalDate weekStart = monday;
            long minutes = 0;
            for (int index = 0; index < orEmpty(source.commitments()).size(); index++) {
                if (monday(source.commitments().get(index).start().toLocalDate()).equals(weekStart)) {
                    minutes += clinician.commitments().get(index).minutes();
                }
            }
            weeks.put(weekStart, new ClinicianWeek(clinician, weekStart, minutes));
        }
        return weeks;
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static TimeSpan commitmentsOn(LocalDate date, ProblemDocument.Clinician source, LocalTimeline timeline) {
        List<TimeSpan> spans = orEmpty(source.commitments()).stream()
                .filter(interval -> interval.start().toLocalDate().equals(date))
                .map(interval -> timeline.span(interval.start(), interval.end()))
                .toList();
        if (spans.isEmpty()) {
            return null;
        }
        return new TimeSpan(spans.stream().map(TimeSpan::start).min(Comparator.naturalOrder()).orElseThrow(),
                spans.stream().map(TimeSpan::end).max(Comparator.naturalOrder()).orElseThrow());
    }

    /**
     * Posts the clinician could ever take: role and skills met, hub within travel, and no overlap with leave or a
     * practice commitment (either would break a hard rule whatever else the rota does).
     */
    private static List<Post> possiblePosts(Clinician clinician, List<Post> postsOnDate) {
        return postsOnDate.stream()
                .filter(clinician::meets)
                .filter(post -> clinician.travelMinutesBeyondMaximum(post.shift().hub()) == 0)
                .filter(post -> clinician.unavailableOverlapMinutes(post.shift().span()) == 0)
                .filter(post -> clinician.commitmentOverlapMinutes(post.shift().span()) == 0)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * A pinned (clinician, shift) is put on the first requirement line the clinician meets, or on the first line
     * when none is met, so the role and skill rule reports it.
     */
    private static void pin(ProblemDocument document, Map<String, Shift> shifts, List<Post> posts,
            Map<String, ClinicianDay> days) {
        for (Assignment assignment : orEmpty(document.pinned())) {
            Shift shift = required(shifts, assignment.shiftId(), "shift");
            ClinicianDay day = days.get(assignment.clinicianId() + "@" + shift.date());
            if (day == null) {
                throw new IllegalArgumentException("pinned " + assignment + " is outside the horizon or names an"
                        + " unknown clinician");
            }
            if (day.isPinned()) {
                throw new IllegalArgumentException("two pinned shifts for " + day.getId()
                        + ": at most one hub shift a day");
            }
            List<Post> lines = posts.stream().filter(post -> post.shift().equals(shift)).toList();
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("pinned shift " + shift.id() + " has no requirement lines");
            }
            Post post = lines.stream().filter(day.getClinician()::meets).findFirst().orElse(lines.get(0));
            if (!day.getPossiblePosts().contains(post)) {
                List<Post> range = new ArrayList<>(day.getPossiblePosts());
                range.add(post);
                day.setPossiblePosts(range);
            }
            day.setPost(post);
            day.setPinned(true);
        }
    }

    /**
     * Every 7-date window inside the horizon; each day joins the windows holding its date and the one starting the
     * next date (its shift may run past midnight into it).
     */
    private static void assignRestWindows(List<ClinicianDay> days, LocalTimeline timeline, LocalDate first,
            LocalDate last) {
        Map<LocalDate, RestWindow> windows = new HashMap<>();
        for (LocalDate start = first; !start.plusDays(6).isAfter(last); start = start.plusDays(1)) {
            windows.put(start, new RestWindow(start, new TimeSpan(timeline.day(start).start(),
                    timeline.day(start.plusDays(6)).end())));
        }
        for (ClinicianDay day : days) {
            List<RestWindow> containing = new ArrayList<>();
            for (LocalDate start = day.getDate().minusDays(6); !start.isAfter(day.getDate().plusDays(1));
                    start = start.plusDays(1)) {
                RestWindow window = windows.get(start);
                if (window != null) {
                    containing.add(window);
                }
            }
            day.setRestWindows(containing);
        }
    }

    private static void markPrevious(ProblemDocument document, Map<String, Shift> shifts, List<ClinicianDay> days) {
        List<Assignment> previous = orEmpty(document.previous());
        if (previous.isEmpty()) {
            return;
        }
        Map<String, String> previousShiftByDay = new HashMap<>();
        for (Assignment assignment : previous) {
            Shift shift = shifts.get(assignment.shiftId());
            if (shift != null) {
                previousShiftByDay.put(assignment.clinicianId() + "@" + shift.date(), shift.id());
            }
        }
        for (ClinicianDay day : days) {
            day.setPrevious(true, previousShiftByDay.get(day.getId()));
        }
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + id.apply(item));
            }
        }
        return map;
    }

    private static <T> T required(Map<String, T> map, String id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " " + id);
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

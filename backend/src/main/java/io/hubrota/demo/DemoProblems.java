package io.hubrota.demo;

import io.hubrota.demo.DemoEconomy.Clinician;
import io.hubrota.demo.DemoEconomy.Commitment;
import io.hubrota.demo.DemoEconomy.Hub;
import io.hubrota.demo.DemoEconomy.Leave;
import io.hubrota.demo.DemoEconomy.Practice;
import io.hubrota.demo.DemoEconomy.ShiftTemplate;
import io.hubrota.shared.BankHolidays;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Preference;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import io.hubrota.solver.problem.ProblemDocument.Settings;
import io.hubrota.solver.problem.ProblemDocument.Shift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link DemoEconomy} into the solver's {@link ProblemDocument} for its horizon: weekly facts become dated
 * intervals in local Europe/London time, so an 08:00 session stays 08:00 across a clock change.
 */
public final class DemoProblems {

    public static final String TIMEZONE = "Europe/London";
    private static final DateTimeFormatter SHIFT_TIME = DateTimeFormatter.ofPattern("HHmm");

    private DemoProblems() {
    }

    public static ProblemDocument toProblem(DemoEconomy economy) {
        LocalDate first = economy.firstDate();
        LocalDate last = first.plusDays(economy.weeks() * 7L - 1);
        List<LocalDate> bankHolidays = BankHolidays.inEngland(first, last);
        Set<LocalDate> holidaySet = new HashSet<>(bankHolidays);
        List<LocalDate> dates = first.datesUntil(last.plusDays(1)).toList();
        Map<String, Practice> practices = economy.practices().stream()
                .collect(Collectors.toMap(Practice::code, Function.identity()));

        List<ProblemDocument.Hub> hubs = economy.hubs().stream()
                .map(hub -> new ProblemDocument.Hub(hub.code(), hub.name(), hub.rooms()))
                .toList();
        List<ProblemDocument.Clinician> clinicians = economy.clinicians().stream()
                .map(clinician -> clinician(clinician, practices.get(clinician.practiceCode()), economy.hubs(), dates,
                        holidaySet))
                .toList();
        return new ProblemDocument(TIMEZONE, first, last, hubs, clinicians, shifts(economy, dates, holidaySet),
                bankHolidays, List.of(), List.of(), List.of(), Settings.defaults());
    }

    /** Stable shift id: hub code, date and start time, e.g. "ALN-2026-03-02-0800". */
    public static String shiftId(String hubCode, LocalDate date, LocalTime start) {
        return hubCode + "-" + date + "-" + SHIFT_TIME.format(start);
    }

    /** On a bank holiday a hub runs its Sunday sessions: the day behaves like a Sunday for patients and staff. */
    public static DayOfWeek templateDay(LocalDate date, Set<LocalDate> bankHolidays) {
        return bankHolidays.contains(date) ? DayOfWeek.SUNDAY : date.getDayOfWeek();
    }

    private static List<Shift> shifts(DemoEconomy economy, List<LocalDate> dates, Set<LocalDate> bankHolidays) {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate date : dates) {
            DayOfWeek day = templateDay(date, bankHolidays);
            for (ShiftTemplate template : economy.templates()) {
                if (template.day() != day) {
                    continue;
                }
                List<Requirement> requirements = template.requirements().stream()
                        .map(line -> new Requirement(line.role().name(), line.skills().stream().sorted().toList(),
                                line.min(), line.desired()))
                        .toList();
                shifts.add(new Shift(shiftId(template.hubCode(), date, template.start()), template.hubCode(),
                        date.atTime(template.start()), date.atTime(template.end()), requirements));
            }
        }
        return List.copyOf(shifts);
    }

    private static ProblemDocument.Clinician clinician(Clinician clinician, Practice home, List<Hub> hubs,
            List<LocalDate> dates, Set<LocalDate> bankHolidays) {
        List<Interval> commitments = new ArrayList<>();
        List<Interval> unavailable = new ArrayList<>();
        List<Preference> preferences = new ArrayList<>();
        for (LocalDate date : dates) {
            if (onLeave(clinician, date)) {
                unavailable.add(new Interval(date.atStartOfDay(), date.plusDays(1).atStartOfDay()));
            }
            // Practices are shut on bank holidays, so their sessions are not held and do not count that week.
            if (!bankHolidays.contains(date)) {
                for (Commitment commitment : clinician.commitments()) {
                    if (commitment.day() == date.getDayOfWeek()) {
                        commitments.add(new Interval(date.atTime(commitment.start()), date.atTime(commitment.end())));
                    }
                }
            }
            for (DemoEconomy.Preference preference : clinician.preferences()) {
                if (preference.kind().equals("AVOID_WEEKDAY") && preference.day() == date.getDayOfWeek()) {
                    preferences.add(new Preference("AVOID_DAY", null, date, null, preference.weight()));
                }
            }
        }
        for (DemoEconomy.Preference preference : clinician.preferences()) {
            if (!preference.kind().equals("AVOID_WEEKDAY")) {
                preferences.add(new Preference(preference.kind(), null, null, preference.hubCode(),
                        preference.weight()));
            }
        }
        Map<String, Integer> travel = new LinkedHashMap<>();
        for (Hub hub : hubs) {
            travel.put(hub.code(), ClinicianFactory.travel(home, hub));
        }
        return new ProblemDocument.Clinician(clinician.code(), clinician.name(), clinician.role().name(),
                List.copyOf(clinician.skills()), clinician.baselineWeeklyMinutes(), List.copyOf(commitments),
                List.copyOf(unavailable), clinician.maxTravelMinutes(), travel, List.copyOf(preferences));
    }

    private static boolean onLeave(Clinician clinician, LocalDate date) {
        for (Leave leave : clinician.leave()) {
            if (!date.isBefore(leave.first()) && !date.isAfter(leave.last())) {
                return true;
            }
        }
        return false;
    }
}

package io.hubrota.demo;

import io.hubrota.demo.DemoEconomy.Practice;
import io.hubrota.shared.Role;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import io.hubrota.solver.problem.ProblemDocument.Shift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demand against supply for a generated economy, to show it is solvable in principle and where it is tight.
 *
 * <p>Demand: the required staffing of every shift (clinicians x shift hours, at the minimum and at the desired level).
 * Available: each clinician's baseline minus practice commitments, week by week ("raw"). "Usable" is stricter: on each
 * date a clinician counts with the longest single shift they could take there for a minimum-requirement line of their
 * role and skills, in a hub within their travel limit, clear of their commitments and leave and no longer than their
 * free minutes that week; a week's usable total is capped by the week's free minutes. (By role, desired-only lines
 * count too, so that roles without a minimum anywhere still show what they could add.) Per day of week the usable
 * figure is not capped by the week (a clinician free on Saturday and Sunday counts on both), so it is a necessary
 * condition for covering that day, not a sufficient one.
 *
 * <p>Enhanced Access counts the minimum required clinician-minutes as appointment minutes, per 1,000 registered
 * patients per week; the "network standard hours" figure counts only minutes inside weekday 18:30-20:00 and Saturday
 * 09:00-17:00.
 */
public record DemoSummary(
        String size,
        int weeks,
        int practices,
        long population,
        int hubs,
        Map<Role, Integer> cliniciansByRole,
        int shifts,
        int requirementLines,
        double demandMinHours,
        double demandDesiredHours,
        double availableRawHours,
        double availableUsableHours,
        double enhancedAccessMinutesPer1000,
        double networkStandardHoursMinutesPer1000,
        List<DayRow> byDay,
        List<RoleRow> byRole) {

    /** Hours over the whole horizon for one day of the week (e.g. all four Saturdays). */
    public record DayRow(DayOfWeek day, double demandMin, double demandDesired, double usable, double gpDemandMin,
            double gpUsable) {
    }

    /** {@code usable} here counts any line of the role, desired-only lines included. */
    public record RoleRow(Role role, int clinicians, double demandMin, double demandDesired, double usable) {
    }

    public static DemoSummary of(DemoEconomy economy, ProblemDocument problem) {
        long population = economy.practices().stream().mapToLong(Practice::listSize).sum();
        Map<Role, Integer> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, 0);
        }
        problem.clinicians().forEach(c -> byRole.merge(Role.valueOf(c.role()), 1, Integer::sum));

        Map<DayOfWeek, double[]> dayMinutes = new EnumMap<>(DayOfWeek.class); // min, desired, usable, gpMin, gpUsable
        Map<Role, double[]> roleMinutes = new EnumMap<>(Role.class); // min, desired, usable
        for (DayOfWeek day : DayOfWeek.values()) {
            dayMinutes.put(day, new double[5]);
        }
        for (Role role : Role.values()) {
            roleMinutes.put(role, new double[3]);
        }
        int lines = 0;
        double networkStandardMinutes = 0;
        Map<LocalDate, List<Shift>> shiftsByDate = new HashMap<>();
        for (Shift shift : problem.shifts()) {
            shiftsByDate.computeIfAbsent(shift.start().toLocalDate(), d -> new ArrayList<>()).add(shift);
            long minutes = minutes(shift.start(), shift.end());
            double[] day = dayMinutes.get(shift.start().getDayOfWeek());
            for (Requirement line : shift.requirements()) {
                lines++;
                Role role = Role.valueOf(line.role());
                day[0] += line.min() * minutes;
                day[1] += line.desired() * minutes;
                if (role == Role.GP) {
                    day[3] += line.min() * minutes;
                }
                roleMinutes.get(role)[0] += line.min() * minutes;
                roleMinutes.get(role)[1] += line.desired() * minutes;
                networkStandardMinutes += line.min() * networkStandardOverlap(shift.start(), shift.end());
            }
        }

        double rawMinutes = 0;
        double usableMinutes = 0;
        for (ProblemDocument.Clinician clinician : problem.clinicians()) {
            Role role = Role.valueOf(clinician.role());
            Map<LocalDate, List<Interval>> commitmentsByDate = new HashMap<>();
            clinician.commitments().forEach(c -> commitmentsByDate
                    .computeIfAbsent(c.start().toLocalDate(), d -> new ArrayList<>()).add(c));
            Set<LocalDate> unavailableDates = new HashSet<>();
            for (Interval interval : clinician.unavailable()) {
                for (LocalDate d = interval.start().toLocalDate(); d.atStartOfDay().isBefore(interval.end());
                        d = d.plusDays(1)) {
                    unavailableDates.add(d);
                }
            }
            for (int week = 0; week < economy.weeks(); week++) {
                LocalDate monday = problem.firstDate().plusWeeks(week);
                long committed = 0;
                for (int i = 0; i < 7; i++) {
                    for (Interval c : commitmentsByDate.getOrDefault(monday.plusDays(i), List.of())) {
                        committed += minutes(c.start(), c.end());
                    }
                }
                long free = Math.max(0, clinician.baselineWeeklyMinutes() - committed);
                rawMinutes += free;
                long weekUsable = 0;
                long weekUsableForRole = 0;
                for (int i = 0; i < 7; i++) {
                    LocalDate date = monday.plusDays(i);
                    if (unavailableDates.contains(date)) {
                        continue;
                    }
                    List<Interval> sameDay = commitmentsByDate.getOrDefault(date, List.of());
                    long bestForMinimum = 0;
                    long bestForAnyLine = 0;
                    for (Shift shift : shiftsByDate.getOrDefault(date, List.of())) {
                        long length = minutes(shift.start(), shift.end());
                        if (length > bestForAnyLine && length <= free && withinTravel(clinician, shift)
                                && clear(sameDay, shift)) {
                            if (fills(clinician, role, shift, 1)) {
                                bestForMinimum = Math.max(bestForMinimum, length);
                            }
                            if (fills(clinician, role, shift, 0)) {
                                bestForAnyLine = length;
                            }
                        }
                    }
                    weekUsable += bestForMinimum;
                    weekUsableForRole += bestForAnyLine;
                    double[] day = dayMinutes.get(date.getDayOfWeek());
                    day[2] += bestForMinimum;
                    if (role == Role.GP) {
                        day[4] += bestForMinimum;
                    }
                }
                usableMinutes += Math.min(free, weekUsable);
                roleMinutes.get(role)[2] += Math.min(free, weekUsableForRole);
            }
        }

        double perThousandWeeks = population / 1000.0 * economy.weeks();
        List<DayRow> days = new ArrayList<>();
        dayMinutes.forEach((day, m) -> days.add(new DayRow(day, m[0] / 60, m[1] / 60, m[2] / 60, m[3] / 60,
                m[4] / 60)));
        List<RoleRow> roles = new ArrayList<>();
        roleMinutes.forEach((role, m) -> roles.add(new RoleRow(role, byRole.get(role), m[0] / 60, m[1] / 60,
                m[2] / 60)));
        double demandMin = days.stream().mapToDouble(DayRow::demandMin).sum();
        double demandDesired = days.stream().mapToDouble(DayRow::demandDesired).sum();
        return new DemoSummary(economy.size(), economy.weeks(), economy.practices().size(), population,
                economy.hubs().size(), byRole, problem.shifts().size(), lines, demandMin, demandDesired,
                rawMinutes / 60, usableMinutes / 60, demandMin * 60 / perThousandWeeks,
                networkStandardMinutes / perThousandWeeks, List.copyOf(days), List.copyOf(roles));
    }

    /** Whether the clinician matches a line of the shift whose minimum is at least {@code atLeastMin} (and wants someone). */
    private static boolean fills(ProblemDocument.Clinician clinician, Role role, Shift shift, int atLeastMin) {
        for (Requirement line : shift.requirements()) {
            if (line.min() >= atLeastMin && line.desired() > 0 && line.role().equals(role.name())
                    && clinician.skills().containsAll(line.skills())) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinTravel(ProblemDocument.Clinician clinician, Shift shift) {
        Integer travel = clinician.travelMinutes().get(shift.hub());
        return travel != null && (clinician.maxTravelMinutes() == null || travel <= clinician.maxTravelMinutes());
    }

    private static boolean clear(List<Interval> commitments, Shift shift) {
        for (Interval c : commitments) {
            if (c.start().isBefore(shift.end()) && shift.start().isBefore(c.end())) {
                return false;
            }
        }
        return true;
    }

    /** Wall-clock minutes: the shifts are local times, and none runs across a clock change (those happen at night). */
    private static long minutes(LocalDateTime start, LocalDateTime end) {
        return Duration.between(start, end).toMinutes();
    }

    private static long networkStandardOverlap(LocalDateTime start, LocalDateTime end) {
        DayOfWeek day = start.getDayOfWeek();
        LocalDate date = start.toLocalDate();
        if (day == DayOfWeek.SUNDAY) {
            return 0;
        }
        LocalDateTime from = date.atTime(day == DayOfWeek.SATURDAY ? LocalTime.of(9, 0) : LocalTime.of(18, 30));
        LocalDateTime to = date.atTime(day == DayOfWeek.SATURDAY ? LocalTime.of(17, 0) : LocalTime.of(20, 0));
        LocalDateTime a = start.isAfter(from) ? start : from;
        LocalDateTime b = end.isBefore(to) ? end : to;
        return a.isBefore(b) ? minutes(a, b) : 0;
    }

    /** The summary as markdown: counts, totals, then demand against usable supply by day of week and by role. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Size %s (%d week%s)%n%n", size, weeks, weeks == 1 ? "" : "s"));
        md.append("| practices | population | hubs | clinicians | shifts | requirement lines |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        int clinicians = cliniciansByRole.values().stream().mapToInt(Integer::intValue).sum();
        md.append(String.format(Locale.ROOT, "| %d | %,d | %d | %d | %d | %d |%n%n", practices, population, hubs,
                clinicians, shifts, requirementLines));
        md.append("| demand min (h) | demand desired (h) | available raw (h) | available usable (h) |"
                + " usable / min | Enhanced Access (min/1,000/wk) | of which network standard hours |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.append(String.format(Locale.ROOT, "| %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %.0f | %.0f |%n%n",
                demandMinHours, demandDesiredHours, availableRawHours, availableUsableHours,
                availableUsableHours / demandMinHours, enhancedAccessMinutesPer1000,
                networkStandardHoursMinutesPer1000));
        md.append("| day | demand min (h) | demand desired (h) | usable (h) | GP demand min (h) | GP usable (h) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (DayRow row : byDay) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                    label(row.day()), row.demandMin(), row.demandDesired(), row.usable(), row.gpDemandMin(),
                    row.gpUsable()));
        }
        md.append("\n| role | clinicians | demand min (h) | demand desired (h) | usable (h) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (RoleRow row : byRole) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f |%n", row.role().label(),
                    row.clinicians(), row.demandMin(), row.demandDesired(), row.usable()));
        }
        return md.append('\n').toString();
    }

    private static String label(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** Prints the S, M and L tables for seed 17 from Monday 2026-03-02 (M and L span the 29 March clock change). */
    public static void main(String[] args) {
        System.out.print(report(17L, LocalDate.of(2026, 3, 2)));
    }

    public static String report(long seed, LocalDate firstDate) {
        StringBuilder md = new StringBuilder();
        for (String size : List.of("S", "M", "L")) {
            DemoEconomy economy = DemoEconomyGenerator.generate(size, seed, firstDate);
            md.append(of(economy, DemoProblems.toProblem(economy)).markdown());
        }
        return md.toString();
    }
}

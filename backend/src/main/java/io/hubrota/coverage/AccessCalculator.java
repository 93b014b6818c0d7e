package io.hubrota.coverage;

import io.hubrota.coverage.MinuteIntervals.Interval;
import io.hubrota.hubs.OpeningHours;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Seven-day access figures from hubs and staffed shifts: plain arithmetic, no database. */
final class AccessCalculator {

    /** Enhanced Access: at least 60 minutes of appointments per 1,000 population per week (Network Contract DES). */
    static final int STANDARD_MINUTES_PER_1000_PER_WEEK = 60;

    private static final LocalTime WEEKDAY_EVENING_START = LocalTime.of(18, 30);

    private static final LocalTime WEEKDAY_EVENING_END = LocalTime.of(20, 0);

    private static final LocalTime SATURDAY_START = LocalTime.of(9, 0);

    private static final LocalTime SATURDAY_END = LocalTime.of(17, 0);

    /** What the calculation needs of a hub: its population and when it is open on each weekday. */
    record HubFacts(long id, String name, int populationServed, List<OpeningHours> openingHours) {
    }

    private AccessCalculator() {
    }

    static AccessResponse access(LocalDate from, LocalDate to, List<HubFacts> hubs, List<StaffedShift> shifts) {
        long days = from.datesUntil(to.plusDays(1)).count();
        double weeks = days / 7.0;
        List<Interval> enhancedHours = enhancedAccessHours(from, to);
        long enhancedMinutes = enhancedHours.stream().mapToLong(Interval::length).sum();

        List<AccessResponse.HubAccess> results = new ArrayList<>();
        List<Interval> gpAnywhere = new ArrayList<>();
        long openTotal = 0;
        long gpOpenTotal = 0;
        long staffedTotal = 0;
        long enhancedStaffedTotal = 0;
        int populationTotal = 0;
        Map<Long, List<StaffedShift>> byHub = shifts.stream()
            .collect(Collectors.groupingBy(StaffedShift::hubId));
        for (HubFacts hub : hubs) {
            List<StaffedShift> hubShifts = byHub.getOrDefault(hub.id(), List.of());
            List<Interval> opening = openingHours(from, to, hub);
            long openMinutes = opening.stream().mapToLong(Interval::length).sum();
            List<Interval> gpOnSite = MinuteIntervals.union(hubShifts.stream()
                .filter(shift -> shift.staff().stream().anyMatch(person -> person.clinicianRole() == Role.GP))
                .map(shift -> Interval.of(shift.start(), shift.end()))
                .toList());
            gpAnywhere.addAll(gpOnSite);
            List<Interval> staffMinutes = new ArrayList<>();
            for (StaffedShift shift : hubShifts) {
                for (int i = 0; i < shift.staff().size(); i++) {
                    staffMinutes.add(Interval.of(shift.start(), shift.end()));
                }
            }
            long staffed = staffMinutes.stream().mapToLong(Interval::length).sum();
            long enhancedStaffed = staffMinutes.stream()
                .mapToLong(minutes -> MinuteIntervals.overlap(enhancedHours, minutes))
                .sum();
            long gpOpen = MinuteIntervals.overlap(gpOnSite, opening);
            long gpEnhanced = MinuteIntervals.overlap(gpOnSite, enhancedHours);

            results.add(new AccessResponse.HubAccess(hub.id(), hub.name(), hub.populationServed(),
                    figures(openMinutes, gpOpen, staffed, hub.populationServed(), weeks),
                    figures(enhancedMinutes, gpEnhanced, enhancedStaffed, hub.populationServed(), weeks)));
            openTotal += openMinutes;
            gpOpenTotal += gpOpen;
            staffedTotal += staffed;
            enhancedStaffedTotal += enhancedStaffed;
            populationTotal += hub.populationServed();
        }
        long gpEnhancedAnywhere = MinuteIntervals.overlap(MinuteIntervals.union(gpAnywhere), enhancedHours);
        AccessResponse.Overall overall = new AccessResponse.Overall(populationTotal,
                figures(openTotal, gpOpenTotal, staffedTotal, populationTotal, weeks),
                figures(enhancedMinutes, gpEnhancedAnywhere, enhancedStaffedTotal, populationTotal, weeks));
        return new AccessResponse(from, to, days, weeks, STANDARD_MINUTES_PER_1000_PER_WEEK, List.copyOf(results),
                overall);
    }

    /** The network standard hours in the period: 18:30–20:00 Monday to Friday, 09:00–17:00 Saturday. */
    static List<Interval> enhancedAccessHours(LocalDate from, LocalDate to) {
        List<Interval> windows = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayOfWeek day = date.getDayOfWeek();
            if (day == DayOfWeek.SATURDAY) {
                windows.add(Interval.of(date.atTime(SATURDAY_START), date.atTime(SATURDAY_END)));
            } else if (day != DayOfWeek.SUNDAY) {
                windows.add(Interval.of(date.atTime(WEEKDAY_EVENING_START), date.atTime(WEEKDAY_EVENING_END)));
            }
        }
        return windows;
    }

    private static List<Interval> openingHours(LocalDate from, LocalDate to, HubFacts hub) {
        List<Interval> windows = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (OpeningHours hours : hub.openingHours()) {
                if (hours.weekday() == date.getDayOfWeek()) {
                    windows.add(Interval.of(date.atTime(hours.opens()), date.atTime(hours.closes())));
                }
            }
        }
        return windows;
    }

    private static AccessResponse.Figures figures(long windowMinutes, long gpMinutes, long staffedMinutes,
            int population, double weeks) {
        Double share = windowMinutes == 0 ? null : round(gpMinutes / (double) windowMinutes, 4);
        if (population == 0) {
            return new AccessResponse.Figures(windowMinutes, gpMinutes, share, staffedMinutes, null, null);
        }
        double perThousand = staffedMinutes / weeks / (population / 1000.0);
        return new AccessResponse.Figures(windowMinutes, gpMinutes, share, staffedMinutes, round(perThousand, 1),
                perThousand >= STANDARD_MINUTES_PER_1000_PER_WEEK);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}

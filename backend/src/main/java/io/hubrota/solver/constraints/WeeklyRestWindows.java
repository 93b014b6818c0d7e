package io.hubrota.solver.constraints;

import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Weekly rest, defined precisely: for every window of 7 consecutive local dates inside the planning horizon, the
 * longest gap between the clinician's work intervals (practice commitments and hub shifts, clipped to the window,
 * window edges counting as gap ends) must be at least the required weekly rest. Windows are real time, so a window
 * holding a clock change lasts 167 or 169 hours.
 */
final class WeeklyRestWindows {

    record Shortfall(Clinician clinician, LocalDate windowStart, long longestRestMinutes, long requiredMinutes) {

        long minutesShort() {
            return requiredMinutes - longestRestMinutes;
        }
    }

    private WeeklyRestWindows() {
    }

    static List<Shortfall> shortfalls(Clinician clinician, Collection<ClinicianDay> days) {
        List<ClinicianDay> sorted = days.stream().sorted(Comparator.comparing(ClinicianDay::getDate)).toList();
        List<TimeSpan> work = new ArrayList<>(clinician.commitments());
        for (ClinicianDay day : sorted) {
            if (day.getShift() != null) {
                work.add(day.getShift().span());
            }
        }
        work.sort(Comparator.comparing(TimeSpan::start));
        long required = clinician.rules().weeklyRestMinutes();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int first = 0; first + 6 < sorted.size(); first++) {
            TimeSpan window = new TimeSpan(sorted.get(first).getDay().start(), sorted.get(first + 6).getDay().end());
            long longest = longestGapMinutes(window, work);
            if (longest < required) {
                shortfalls.add(new Shortfall(clinician, sorted.get(first).getDate(), longest, required));
            }
        }
        return shortfalls;
    }

    private static long longestGapMinutes(TimeSpan window, List<TimeSpan> workByStart) {
        Instant restStart = window.start();
        long longest = 0;
        for (TimeSpan work : workByStart) {
            if (!work.overlaps(window)) {
                continue;
            }
            Instant start = work.start().isBefore(window.start()) ? window.start() : work.start();
            if (start.isAfter(restStart)) {
                longest = Math.max(longest, Duration.between(restStart, start).toMinutes());
            }
            Instant end = work.end().isAfter(window.end()) ? window.end() : work.end();
            if (end.isAfter(restStart)) {
                restStart = end;
            }
        }
        return Math.max(longest, Duration.between(restStart, window.end()).toMinutes());
    }
}

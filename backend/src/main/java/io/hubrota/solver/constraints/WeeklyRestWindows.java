package io.hubrota.solver.constraints;

import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.RestWindow;
import io.hubrota.solver.domain.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private static final Comparator<TimeSpan> BY_START = (a, b) -> a.start().compareTo(b.start());

    private WeeklyRestWindows() {
    }

    /** The clinician's commitments that overlap the window, by start. */
    static List<TimeSpan> commitmentsIn(Clinician clinician, RestWindow window) {
        List<TimeSpan> inWindow = new ArrayList<>();
        for (TimeSpan commitment : clinician.commitments()) {
            if (commitment.overlaps(window.span())) {
                inWindow.add(commitment);
            }
        }
        inWindow.sort(BY_START);
        return List.copyOf(inWindow);
    }

    /**
     * The window's longest rest against the requirement; {@code minutesShort()} is 0 or less when it is met.
     *
     * @param commitments sorted by start
     */
    static Shortfall shortfall(Clinician clinician, RestWindow window, List<TimeSpan> commitments,
            List<TimeSpan> shifts) {
        List<TimeSpan> work;
        if (shifts.isEmpty()) {
            work = commitments;
        } else {
            work = new ArrayList<>(commitments.size() + shifts.size());
            work.addAll(commitments);
            work.addAll(shifts);
            work.sort(BY_START);
        }
        return new Shortfall(clinician, window.firstDate(), longestGapMinutes(window.span(), work),
                clinician.rules().weeklyRestMinutes());
    }

    private static long longestGapMinutes(TimeSpan window, List<TimeSpan> workByStart) {
        Instant restStart = window.start();
        long longest = 0;
        for (TimeSpan work : workByStart) {
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

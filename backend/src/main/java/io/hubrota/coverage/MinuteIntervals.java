package io.hubrota.coverage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Half-open wall-clock intervals in whole minutes: union and overlap, for "GP on site" arithmetic. */
final class MinuteIntervals {

    record Interval(long start, long end) {

        static Interval of(LocalDateTime start, LocalDateTime end) {
            return new Interval(minute(start), minute(end));
        }

        long length() {
            return end - start;
        }
    }

    private MinuteIntervals() {
    }

    static long minute(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /** Sorted, non-overlapping intervals covering the same minutes. */
    static List<Interval> union(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream()
            .filter(interval -> interval.end() > interval.start())
            .sorted(Comparator.comparingLong(Interval::start))
            .toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (!merged.isEmpty() && next.start() <= merged.get(merged.size() - 1).end()) {
                Interval last = merged.remove(merged.size() - 1);
                merged.add(new Interval(last.start(), Math.max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** Minutes of {@code interval} inside the union {@code covered} (which must be sorted and non-overlapping). */
    static long overlap(List<Interval> covered, Interval interval) {
        long minutes = 0;
        for (Interval part : covered) {
            long start = Math.max(part.start(), interval.start());
            long end = Math.min(part.end(), interval.end());
            if (end > start) {
                minutes += end - start;
            }
        }
        return minutes;
    }

    static long overlap(List<Interval> covered, List<Interval> windows) {
        return windows.stream().mapToLong(window -> overlap(covered, window)).sum();
    }
}

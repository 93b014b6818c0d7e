package io.hubrota.solver.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval of real time [start, end). Instants rather than local date-times so that elapsed minutes stay
 * true across the clock changes (a 23-hour or 25-hour day in Europe/London).
 */
public record TimeSpan(Instant start, Instant end) {

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    public long overlapMinutes(TimeSpan other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Duration.between(from, to).toMinutes() : 0;
    }

    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}

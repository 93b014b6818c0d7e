package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A hub session. Local start/end are what people read; {@code span} is the same session in real time.
 *
 * @param weightedMinutes sum over the shift's real minutes of the hour weight for that local hour (ED load)
 * @param unsocialMinutes minutes on weekends, bank holidays, or weekdays outside 08:00-18:30
 * @param needsGp whether a GP requirement line with a minimum of at least one exists
 */
public record Shift(
        @PlanningId String id,
        Hub hub,
        LocalDateTime start,
        LocalDateTime end,
        TimeSpan span,
        long weightedMinutes,
        long unsocialMinutes,
        boolean needsGp) {

    public LocalDate date() {
        return start.toLocalDate();
    }

    public long minutes() {
        return span.minutes();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shift shift && id.equals(shift.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id;
    }
}

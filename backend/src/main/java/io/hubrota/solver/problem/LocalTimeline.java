package io.hubrota.solver.problem;

import io.hubrota.solver.domain.TimeSpan;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * Converts the document's local date-times to real time and measures shifts minute by minute in local terms (hour
 * weights, unsocial time). Walking real minutes means a shift across a clock change is measured by what is worked.
 */
final class LocalTimeline {

    /** Weekday minutes outside this range are unsocial (evenings from 18:30, and nights). */
    static final LocalTime SOCIAL_DAY_START = LocalTime.of(8, 0);
    static final LocalTime SOCIAL_DAY_END = LocalTime.of(18, 30);

    private final ZoneId zone;
    private final Set<LocalDate> bankHolidays;
    private final Map<LocalDateTime, Integer> hourWeights;

    LocalTimeline(ZoneId zone, Set<LocalDate> bankHolidays, Map<LocalDateTime, Integer> hourWeights) {
        this.zone = zone;
        this.bankHolidays = bankHolidays;
        this.hourWeights = hourWeights;
    }

    ZoneId zone() {
        return zone;
    }

    /** A local time in a spring-forward gap is taken as the later offset's time, as {@code atZone} does. */
    Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    TimeSpan span(LocalDateTime start, LocalDateTime end) {
        return new TimeSpan(instant(start), instant(end));
    }

    TimeSpan day(LocalDate date) {
        return new TimeSpan(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    long weightedMinutes(TimeSpan span) {
        long total = 0;
        for (Instant minute = span.start(); minute.isBefore(span.end()); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            LocalDateTime hour = minute.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
            total += hourWeights.getOrDefault(hour, 1);
        }
        return total;
    }

    long unsocialMinutes(TimeSpan span) {
        long total = 0;
        for (Instant minute = span.start(); minute.isBefore(span.end()); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            if (isUnsocial(minute.atZone(zone).toLocalDateTime())) {
                total++;
            }
        }
        return total;
    }

    private boolean isUnsocial(LocalDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || bankHolidays.contains(local.toLocalDate())) {
            return true;
        }
        LocalTime time = local.toLocalTime();
        return time.isBefore(SOCIAL_DAY_START) || !time.isBefore(SOCIAL_DAY_END);
    }
}

package io.hubrota.edload;

import io.hubrota.shared.BankHolidays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Whether a local hour is out of hours: when practices are shut and the emergency hospital is where people go. By
 * default weekdays 18:30–08:00, all of Saturday and Sunday, and England's bank holidays (DESIGN §1). Judged on local
 * wall-clock time, as patients and practices live it.
 */
public class OutOfHours {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final EdLoadProperties.Ooh rules;

    private final ZoneId zone;

    public OutOfHours(EdLoadProperties.Ooh rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** True if any part of the local hour starting at {@code hourStart} is out of hours. */
    public boolean isOutOfHours(LocalDateTime hourStart) {
        return fraction(hourStart) > 0;
    }

    public boolean isOutOfHours(Instant hourStart) {
        return isOutOfHours(LocalDateTime.ofInstant(hourStart, zone));
    }

    /** Share (0..1) of the local hour starting at {@code hourStart} that is out of hours, e.g. 0.5 for 18:00 on a weekday. */
    public double fraction(LocalDateTime hourStart) {
        return outOfHoursMinutes(hourStart, hourStart.plusHours(1)) / 60.0;
    }

    public double fraction(Instant hourStart) {
        return fraction(LocalDateTime.ofInstant(hourStart, zone));
    }

    /** Whole days off for practices: weekends (if configured) and bank holidays in England (if configured). */
    public boolean isClosedDay(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return (rules.weekends() && weekend) || (rules.bankHolidays() && BankHolidays.isBankHolidayInEngland(date));
    }

    /** Out-of-hours minutes of local wall-clock time in [from, to); works minute-exact across midnight. */
    long outOfHoursMinutes(LocalDateTime from, LocalDateTime to) {
        long minutes = 0;
        LocalDateTime cursor = from;
        while (cursor.isBefore(to)) {
            LocalDateTime endOfDay = cursor.toLocalDate().plusDays(1).atStartOfDay();
            LocalDateTime segmentEnd = endOfDay.isBefore(to) ? endOfDay : to;
            minutes += outOfHoursMinutesWithinDay(cursor.toLocalDate(), minuteOfDay(cursor.toLocalTime()),
                    segmentEnd.equals(endOfDay) ? MINUTES_PER_DAY : minuteOfDay(segmentEnd.toLocalTime()));
            cursor = segmentEnd;
        }
        return minutes;
    }

    private long outOfHoursMinutesWithinDay(LocalDate date, int fromMinute, int toMinute) {
        if (isClosedDay(date)) {
            return toMinute - fromMinute;
        }
        int morningEnd = minuteOfDay(rules.weekdayMorningEnd());
        int eveningStart = minuteOfDay(rules.weekdayEveningStart());
        return overlap(fromMinute, toMinute, 0, morningEnd) + overlap(fromMinute, toMinute, eveningStart, MINUTES_PER_DAY);
    }

    private static int overlap(int from, int to, int windowFrom, int windowTo) {
        return Math.max(0, Math.min(to, windowTo) - Math.max(from, windowFrom));
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}

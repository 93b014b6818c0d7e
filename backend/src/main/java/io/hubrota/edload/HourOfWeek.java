package io.hubrota.edload;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/** The 168 local hours of a week, 0 = Monday 00:00 .. 167 = Sunday 23:00. */
public final class HourOfWeek {

    public static final int COUNT = 168;

    private HourOfWeek() {
    }

    public static int of(LocalDateTime local) {
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }

    public static DayOfWeek day(int hourOfWeek) {
        return DayOfWeek.of(hourOfWeek / 24 + 1);
    }

    public static int hour(int hourOfWeek) {
        return hourOfWeek % 24;
    }
}

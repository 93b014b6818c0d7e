package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OutOfHoursTests {

    private final OutOfHours ooh = new OutOfHours(
            new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, true), ZoneId.of("Europe/London"));

    @Test
    void weekdayEveningStartsAtHalfPastSix() {
        // Wednesday 3 June 2026
        assertThat(ooh.fraction(LocalDateTime.of(2026, 6, 3, 17, 0))).isZero();
        assertThat(ooh.fraction(LocalDateTime.of(2026, 6, 3, 18, 0))).isEqualTo(0.5);
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 6, 3, 18, 0))).isTrue();
        assertThat(ooh.fraction(LocalDateTime.of(2026, 6, 3, 19, 0))).isEqualTo(1.0);
    }

    @Test
    void weekdayMorningEndsAtEight() {
        assertThat(ooh.fraction(LocalDateTime.of(2026, 6, 3, 7, 0))).isEqualTo(1.0);
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 6, 3, 8, 0))).isFalse();
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 6, 3, 12, 0))).isFalse();
    }

    @Test
    void weekendsAreOutOfHoursAllDay() {
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 6, 6, 12, 0))).isTrue();
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 6, 7, 12, 0))).isTrue();
        // Monday after: in hours again from 08:00.
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 6, 8, 9, 0))).isFalse();
    }

    @Test
    void bankHolidaysInEnglandAreOutOfHoursAllDay() {
        // Spring bank holiday, Monday 25 May 2026; Boxing Day 2026 falls on a Saturday, substitute Monday 28 Dec.
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 5, 25, 11, 0))).isTrue();
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 12, 28, 11, 0))).isTrue();
        assertThat(ooh.isOutOfHours(LocalDateTime.of(2026, 5, 26, 11, 0))).isFalse();
    }

    @Test
    void bankHolidaysCanBeSwitchedOff() {
        OutOfHours weekdaysOnly = new OutOfHours(
                new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, false),
                ZoneId.of("Europe/London"));
        assertThat(weekdaysOnly.isOutOfHours(LocalDateTime.of(2026, 5, 25, 11, 0))).isFalse();
    }
}

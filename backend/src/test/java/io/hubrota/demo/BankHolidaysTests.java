package io.hubrota.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.shared.BankHolidays;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysTests {

    @Test
    void englandHas2026BankHolidaysFromTheCalendarLibrary() {
        assertThat(BankHolidays.inEngland(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3),   // Good Friday
                LocalDate.of(2026, 4, 6),   // Easter Monday: England and Wales, not Scotland
                LocalDate.of(2026, 5, 4),   // Early May
                LocalDate.of(2026, 5, 25),  // Spring
                LocalDate.of(2026, 8, 31),  // Summer: last Monday of August in England
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28)); // Boxing Day falls on a Saturday: substitute Monday
    }

    @Test
    void christmasOnASaturdayMovesToTheSubstituteWeekdays() {
        assertThat(BankHolidays.inEngland(LocalDate.of(2027, 12, 20), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @Test
    void scottishOnlyHolidaysAreNotEnglish() {
        assertThat(BankHolidays.isBankHolidayInEngland(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(BankHolidays.isBankHolidayInEngland(LocalDate.of(2026, 8, 3))).isFalse();
        assertThat(BankHolidays.isBankHolidayInEngland(LocalDate.of(2026, 4, 6))).isTrue();
    }
}

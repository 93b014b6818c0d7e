package io.hubrota.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.hubs.OpeningHours;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessCalculatorTests {

    static final LocalDate MONDAY = LocalDate.parse("2027-03-01");

    @Test
    void enhancedAccessHoursAreWeekdayEveningsAndSaturdayDaytime() {
        var week = AccessCalculator.enhancedAccessHours(MONDAY, MONDAY.plusDays(6));
        assertThat(week).hasSize(6);
        assertThat(week.stream().mapToLong(MinuteIntervals.Interval::length).sum()).isEqualTo(15 * 60 + 30);
    }

    /** Two GPs overlapping count the shared time once; the enhanced-hours figure only counts 18:30–20:00. */
    @Test
    void gpTimeIsAUnionAndStaffedMinutesCountEveryClinician() {
        var hub = new AccessCalculator.HubFacts(7, "Alnwick", 7000,
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))));
        StaffedShift day = CoverageCalculatorTests.shift(1, MONDAY.atTime(8, 0), MONDAY.atTime(19, 0),
                StaffingSource.PUBLISHED, List.of(new StaffedShift.Line(10, Role.GP, 1, 1)),
                List.of(new StaffedShift.Staff(100, Role.GP, 10)));
        StaffedShift evening = CoverageCalculatorTests.shift(2, MONDAY.atTime(18, 0), MONDAY.atTime(20, 0),
                StaffingSource.PUBLISHED,
                List.of(new StaffedShift.Line(20, Role.GP, 1, 1),
                        new StaffedShift.Line(21, Role.PRACTICE_NURSE, 1, 1)),
                List.of(new StaffedShift.Staff(101, Role.GP, 20),
                        new StaffedShift.Staff(102, Role.PRACTICE_NURSE, 21)));

        AccessResponse access = AccessCalculator.access(MONDAY, MONDAY.plusDays(6), List.of(hub),
                List.of(day, evening));

        AccessResponse.Figures open = access.hubs().get(0).openingHours();
        assertThat(open.windowMinutes()).isEqualTo(720);
        assertThat(open.gpOnSiteMinutes()).isEqualTo(720);
        assertThat(open.gpOnSiteShare()).isEqualTo(1.0);
        assertThat(open.staffedMinutes()).isEqualTo(660 + 2 * 120);
        assertThat(open.minutesPer1000PerWeek()).isEqualTo(128.6);
        AccessResponse.Figures enhanced = access.hubs().get(0).enhancedAccessHours();
        // Monday 18:30–19:00 by the day GP, 18:30–20:00 by the evening GP and nurse: 30 + 90 + 90.
        assertThat(enhanced.staffedMinutes()).isEqualTo(210);
        assertThat(enhanced.gpOnSiteMinutes()).isEqualTo(90);
        assertThat(enhanced.minutesPer1000PerWeek()).isEqualTo(30.0);
        assertThat(enhanced.meetsStandard()).isFalse();
    }

    @Test
    void withoutPopulationThereIsNoRate() {
        var hub = new AccessCalculator.HubFacts(7, "New hub", 0, List.of());
        AccessResponse access = AccessCalculator.access(MONDAY, MONDAY, List.of(hub), List.of());
        assertThat(access.hubs().get(0).openingHours().gpOnSiteShare()).isNull();
        assertThat(access.hubs().get(0).openingHours().minutesPer1000PerWeek()).isNull();
        assertThat(access.hubs().get(0).openingHours().meetsStandard()).isNull();
    }
}

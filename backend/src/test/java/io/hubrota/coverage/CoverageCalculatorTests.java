package io.hubrota.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hubrota.shared.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTests {

    static final LocalDate SATURDAY = LocalDate.parse("2027-03-06");

    @Test
    void aSessionPastMidnightFillsTheNextDaysEarlyHours() {
        StaffedShift late = shift(1, SATURDAY.atTime(22, 0), SATURDAY.plusDays(1).atTime(2, 0),
                StaffingSource.PUBLISHED, List.of(new StaffedShift.Line(10, Role.GP, 1, 1)),
                List.of(new StaffedShift.Staff(100, Role.GP, 10)));

        CoverageResponse coverage = CoverageCalculator.coverage(SATURDAY, SATURDAY.plusDays(1), List.of(late));

        var days = coverage.hubs().get(0).days();
        assertThat(days).extracting(CoverageResponse.DayCoverage::date)
            .containsExactly(SATURDAY, SATURDAY.plusDays(1));
        assertThat(days.get(0).hours()).extracting(CoverageResponse.HourCoverage::hour).containsExactly(22, 23);
        assertThat(days.get(1).hours()).extracting(CoverageResponse.HourCoverage::hour).containsExactly(0, 1);
        assertThat(coverage.gaps()).isEmpty();
    }

    @Test
    void overlappingShiftsAddUpAndADayMixingSourcesIsDraft() {
        StaffedShift morning = shift(1, SATURDAY.atTime(9, 0), SATURDAY.atTime(13, 0), StaffingSource.PUBLISHED,
                List.of(new StaffedShift.Line(10, Role.GP, 1, 2)), List.of(new StaffedShift.Staff(100, Role.GP, 10)));
        StaffedShift midday = shift(2, SATURDAY.atTime(12, 30), SATURDAY.atTime(17, 0), StaffingSource.DRAFT,
                List.of(new StaffedShift.Line(20, Role.GP, 1, 1), new StaffedShift.Line(21, Role.PARAMEDIC, 2, 2)),
                List.of(new StaffedShift.Staff(101, Role.PARAMEDIC, 21)));

        CoverageResponse coverage = CoverageCalculator.coverage(SATURDAY, SATURDAY, List.of(morning, midday));

        CoverageResponse.DayCoverage day = coverage.hubs().get(0).days().get(0);
        assertThat(day.source()).isEqualTo(StaffingSource.DRAFT);
        CoverageResponse.HourCoverage noon = day.hours().stream().filter(h -> h.hour() == 12).findFirst().orElseThrow();
        assertThat(noon.required()).isEqualTo(4);
        assertThat(noon.desired()).isEqualTo(5);
        assertThat(noon.staffed()).isEqualTo(2);
        assertThat(noon.roles()).containsExactly(new CoverageResponse.RoleCoverage(Role.GP, 2, 3, 1),
                new CoverageResponse.RoleCoverage(Role.PARAMEDIC, 2, 2, 1));
        assertThat(coverage.gaps()).extracting(CoverageResponse.Gap::role, CoverageResponse.Gap::missing,
                CoverageResponse.Gap::source)
            .containsExactly(tuple(Role.GP, 1, StaffingSource.DRAFT), tuple(Role.PARAMEDIC, 1, StaffingSource.DRAFT));
    }

    static StaffedShift shift(long id, LocalDateTime start, LocalDateTime end, StaffingSource source,
            List<StaffedShift.Line> lines, List<StaffedShift.Staff> staff) {
        return new StaffedShift(id, 7, "Alnwick", start.toLocalDate(), start, end, source, lines, staff);
    }
}

package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdLoadDemoGeneratorTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

    private final List<HourlyArrivals> year = EdLoadDemoGenerator.generate(7, FIRST, FIRST.plusWeeks(52), LONDON, 0.13);

    @Test
    void isDeterministicForASeed() {
        assertThat(EdLoadDemoGenerator.generate(7, FIRST, FIRST.plusWeeks(2), LONDON, 0.13))
            .isEqualTo(year.subList(0, 14 * 24));
        assertThat(EdLoadDemoGenerator.generate(8, FIRST, FIRST.plusWeeks(2), LONDON, 0.13))
            .isNotEqualTo(year.subList(0, 14 * 24));
    }

    @Test
    void aboutOneHundredAndFiftyThousandAttendancesAYear() {
        int total = year.stream().mapToInt(HourlyArrivals::arrivals).sum();
        assertThat(total).isBetween(145_000, 155_000);
        // 52 weeks with one spring and one autumn clock change: as many real hours as 364 days.
        assertThat(year).hasSize(364 * 24);
    }

    @Test
    void aboutSixtyPercentArriveBetweenNineAndSix() {
        double inDay = 0;
        double all = 0;
        for (HourlyArrivals hour : year) {
            int localHour = LocalDateTime.ofInstant(hour.hourStart(), LONDON).getHour();
            all += hour.arrivals();
            if (localHour >= 9 && localHour < 18) {
                inDay += hour.arrivals();
            }
        }
        assertThat(inDay / all).isBetween(0.57, 0.63);
    }

    @Test
    void mondayLateMorningIsAboutTwiceTheAverageHourlyRate() {
        LocalDate ordinaryMonday = LocalDate.of(2026, 6, 8);
        double average = 0;
        for (int h = 0; h < 168; h++) {
            average += EdLoadDemoGenerator.expectedArrivals(ordinaryMonday.atStartOfDay().plusHours(h), false);
        }
        average /= 168;
        double peak = (EdLoadDemoGenerator.expectedArrivals(ordinaryMonday.atTime(10, 0), false)
                + EdLoadDemoGenerator.expectedArrivals(ordinaryMonday.atTime(11, 0), false)) / 2;
        assertThat(ordinaryMonday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(peak / average).isBetween(1.8, 2.2);
    }

    @Test
    void gpTreatableShareIsAboutThirteenPercentAndHigherOutOfHours() {
        double arrivals = 0;
        double treatable = 0;
        double nightArrivals = 0;
        double nightTreatable = 0;
        for (HourlyArrivals hour : year) {
            arrivals += hour.arrivals();
            treatable += hour.gpTreatable();
            if (EdLoadDemoGenerator.nightOrWeekend(LocalDateTime.ofInstant(hour.hourStart(), LONDON), false)) {
                nightArrivals += hour.arrivals();
                nightTreatable += hour.gpTreatable();
            }
        }
        assertThat(treatable / arrivals).isCloseTo(0.13, within(0.005));
        assertThat(nightTreatable / nightArrivals).isGreaterThan(treatable / arrivals);
    }
}

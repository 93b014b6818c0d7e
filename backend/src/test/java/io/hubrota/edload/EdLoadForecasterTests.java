package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdLoadForecasterTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Constant per hour of week (10 + hour-of-week mod 7) plus 0.25 a week per hour; treatable a tenth of it. */
    private static double truth(LocalDateTime local, LocalDate weekZero) {
        long week = ChronoUnit.WEEKS.between(weekZero, EdLoadForecaster.weekStart(local.toLocalDate()));
        return 10 + HourOfWeek.of(local) % 7 + 0.25 * week;
    }

    private static List<HourlyArrivals> series(LocalDate first, LocalDate end) {
        List<HourlyArrivals> hours = new ArrayList<>();
        Instant stop = end.atStartOfDay(LONDON).toInstant();
        for (Instant hour = first.atStartOfDay(LONDON).toInstant(); hour.isBefore(stop); hour = hour.plusSeconds(3600)) {
            // Whole numbers at 4 x the truth so the trend is exact in integers: arrivals = 4 x truth.
            int arrivals = (int) Math.round(4 * truth(LocalDateTime.ofInstant(hour, LONDON), first));
            hours.add(new HourlyArrivals(hour, arrivals, arrivals / 4));
        }
        return hours;
    }

    @Test
    void aConstantHourOfWeekProfilePlusLinearTrendIsForecastExactly() {
        // Eight weeks including the autumn clock change (Sunday 25 October 2026).
        LocalDate first = LocalDate.of(2026, 9, 21);
        LocalDate end = first.plusWeeks(8);
        EdLoadForecaster forecaster = new EdLoadForecaster(LONDON, 8, 0.13);

        EdLoadForecaster.Forecast forecast = forecaster.forecast(series(first, end), end, end, end.plusWeeks(3)
            .minusDays(1));

        assertThat(forecast.weeksWithData()).isEqualTo(8);
        assertThat(forecast.trendPerWeek()).isCloseTo(4 * 0.25 * 168, within(1e-9));
        assertThat(forecast.hours()).hasSize(21 * 24);
        assertThat(forecast.hours()).allSatisfy(hour -> assertThat(hour.expectedArrivals())
            .isCloseTo(4 * truth(hour.localStart(), first), within(1e-9)));
    }

    @Test
    void theAutumnNightForecastsBothOneOClockHours() {
        LocalDate first = LocalDate.of(2026, 8, 31);
        EdLoadForecaster forecaster = new EdLoadForecaster(LONDON, 8, 0.13);
        LocalDate autumnSunday = LocalDate.of(2026, 10, 25);

        EdLoadForecaster.Forecast forecast = forecaster.forecast(series(first, first.plusWeeks(8)),
                first.plusWeeks(8), autumnSunday, autumnSunday);

        assertThat(forecast.hours()).hasSize(25);
        assertThat(forecast.hours().get(1).localStart()).isEqualTo(forecast.hours().get(2).localStart());
        assertThat(forecast.hours().get(1).expectedArrivals()).isEqualTo(forecast.hours().get(2).expectedArrivals());
    }

    @Test
    void treatableFallsBackToTheShareWhenTheHistoryDoesNotSay() {
        LocalDate first = LocalDate.of(2026, 6, 1);
        List<HourlyArrivals> withoutTreatable = series(first, first.plusWeeks(2)).stream()
            .map(hour -> new HourlyArrivals(hour.hourStart(), hour.arrivals(), null))
            .toList();
        EdLoadForecaster.Forecast forecast = new EdLoadForecaster(LONDON, 2, 0.2).forecast(withoutTreatable,
                first.plusWeeks(2), first.plusWeeks(2), first.plusWeeks(2));
        assertThat(forecast.hours()).allSatisfy(hour -> assertThat(hour.expectedGpTreatable())
            .isCloseTo(0.2 * hour.expectedArrivals(), within(1e-9)));
    }

    @Test
    void noHistoryForecastsZero() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        EdLoadForecaster.Forecast forecast = new EdLoadForecaster(LONDON, 8, 0.13).forecast(List.of(), monday, monday,
                monday);
        assertThat(forecast.weeksWithData()).isZero();
        assertThat(forecast.hours()).allSatisfy(hour -> assertThat(hour.expectedArrivals()).isZero());
    }
}

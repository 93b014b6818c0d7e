package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdLoadWeightsTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final OutOfHours ooh = new OutOfHours(
            new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, true), LONDON);

    @Test
    void inHoursWeighOneAndOutOfHoursFollowTheTreatableLoad() {
        LocalDate first = LocalDate.of(2026, 6, 1);
        List<HourlyArrivals> history = EdLoadDemoGenerator.generate(3, first.minusWeeks(8), first, LONDON, 0.13);
        List<EdLoadForecaster.ForecastHour> forecast = new EdLoadForecaster(LONDON, 8, 0.13)
            .forecast(history, first, first, first.plusDays(6)).hours();

        List<HourWeight> weights = EdLoadWeights.weights(forecast, ooh, new EdLoadProperties.Weights(1.5, 5));

        assertThat(weights).hasSize(7 * 24);
        assertThat(weights).filteredOn(w -> !ooh.isOutOfHours(w.hourStart()))
            .allSatisfy(w -> assertThat(w.weight()).isEqualTo(1));
        assertThat(weights).allSatisfy(w -> assertThat(w.weight()).isBetween(1, 5));
        int saturdayLateMorning = weightAt(weights, LocalDateTime.of(2026, 6, 6, 11, 0));
        int wednesdayFourAm = weightAt(weights, LocalDateTime.of(2026, 6, 3, 4, 0));
        assertThat(saturdayLateMorning).isGreaterThan(wednesdayFourAm);
        assertThat(weights).extracting(HourWeight::weight).contains(1, 4);
    }

    @Test
    void theAutumnNightHasOneWeightPerLocalHour() {
        LocalDate autumnSunday = LocalDate.of(2026, 10, 25);
        List<HourlyArrivals> history = EdLoadDemoGenerator.generate(3, autumnSunday.minusWeeks(9),
                autumnSunday.minusDays(6), LONDON, 0.13);
        List<EdLoadForecaster.ForecastHour> forecast = new EdLoadForecaster(LONDON, 8, 0.13)
            .forecast(history, autumnSunday.minusDays(6), autumnSunday, autumnSunday).hours();
        assertThat(forecast).hasSize(25);
        assertThat(EdLoadWeights.weights(forecast, ooh, new EdLoadProperties.Weights(1.5, 5))).hasSize(24);
    }

    private static int weightAt(List<HourWeight> weights, LocalDateTime hour) {
        return weights.stream().filter(w -> w.hourStart().equals(hour)).findFirst().orElseThrow().weight();
    }
}

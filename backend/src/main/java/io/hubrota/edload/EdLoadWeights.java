package io.hubrota.edload;

import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Solver hour weights from the forecast GP-treatable out-of-hours load at the emergency hospital: an unfilled
 * clinician-minute in an hour when many people primary care could treat turn up at the hospital costs more, so the
 * solver moves scarce capacity there. In-hours weight is 1; an out-of-hours hour weighs
 * {@code 1 + round(k × oohFraction × treatable ÷ mean treatable)}, capped at {@code max}, where the mean is over the
 * period's out-of-hours hours. With the defaults (k = 1.5, max 5) the weights run from 1 (quiet small hours) to about
 * 4–5 (weekend late mornings, weekday evenings).
 */
@Service
public class EdLoadWeights {

    private final EdLoadService series;

    private final OutOfHours outOfHours;

    private final EdLoadProperties.Weights settings;

    EdLoadWeights(EdLoadService series, OutOfHours outOfHours, EdLoadProperties properties) {
        this.series = series;
        this.outOfHours = outOfHours;
        this.settings = properties.weights();
    }

    public List<HourWeight> weights(String site, LocalDate firstDate, LocalDate lastDate) {
        return weights(series.forecast(site, firstDate, lastDate).hours(), outOfHours, settings);
    }

    /** The weights for forecast hours; plain so benchmarks and tests can use it without a database. */
    public static List<HourWeight> weights(List<EdLoadForecaster.ForecastHour> forecast, OutOfHours outOfHours,
            EdLoadProperties.Weights settings) {
        double total = 0;
        int oohHours = 0;
        for (EdLoadForecaster.ForecastHour hour : forecast) {
            if (outOfHours.isOutOfHours(hour.localStart())) {
                total += hour.expectedGpTreatable();
                oohHours++;
            }
        }
        double mean = oohHours > 0 ? total / oohHours : 0;
        // Keyed by local hour: the autumn night's two 01:00 hours share one weight (the larger), since the problem
        // document names hours by local time.
        Map<LocalDateTime, Integer> byHour = new LinkedHashMap<>();
        for (EdLoadForecaster.ForecastHour hour : forecast) {
            double fraction = outOfHours.fraction(hour.localStart());
            int weight = 1;
            if (fraction > 0 && mean > 0) {
                weight = (int) Math.min(settings.max(),
                        1 + Math.round(settings.k() * fraction * hour.expectedGpTreatable() / mean));
            }
            byHour.merge(hour.localStart(), weight, Math::max);
        }
        return byHour.entrySet().stream().map(entry -> new HourWeight(entry.getKey(), entry.getValue())).toList();
    }
}

package io.hubrota.edload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the stored series for a site and forecasts from it. */
@Service
@Transactional(readOnly = true)
public class EdLoadService {

    private final EdArrivalRepository arrivals;

    private final EdLoadForecaster forecaster;

    EdLoadService(EdArrivalRepository arrivals, EdLoadForecaster forecaster) {
        this.arrivals = arrivals;
        this.forecaster = forecaster;
    }

    public ZoneId zone() {
        return forecaster.zone();
    }

    /** Stored hours of the local dates [first, last]. */
    public List<EdArrival> series(String site, LocalDate first, LocalDate last) {
        return arrivals.findBySiteCodeAndHourStartGreaterThanEqualAndHourStartLessThanOrderByHourStartAsc(site,
                first.atStartOfDay(zone()).toInstant(), last.plusDays(1).atStartOfDay(zone()).toInstant());
    }

    /**
     * The forecast for [first, last], trained on the weeks before the week {@code first} falls in, or, when the
     * stored series stops earlier, on the weeks up to where it stops.
     */
    public EdLoadForecaster.Forecast forecast(String site, LocalDate first, LocalDate last) {
        LocalDate trainingEnd = EdLoadForecaster.weekStart(first);
        Instant before = trainingEnd.atStartOfDay(zone()).toInstant();
        LocalDate latest = arrivals.findLatestHourBefore(site, before)
            .map(hour -> hour.atZone(zone()).toLocalDate())
            .orElse(null);
        if (latest != null) {
            // A partly covered last week still trains (its missing hours take their slot averages).
            LocalDate afterLatestWeek = EdLoadForecaster.weekStart(latest).plusWeeks(1);
            if (afterLatestWeek.isBefore(trainingEnd)) {
                trainingEnd = afterLatestWeek;
            }
        }
        LocalDate trainingFirst = trainingEnd.minusWeeks(forecaster.weeks());
        List<HourlyArrivals> history = series(site, trainingFirst, trainingEnd.minusDays(1)).stream()
            .map(EdArrival::toHour)
            .toList();
        return forecaster.forecast(history, trainingEnd, first, last);
    }
}

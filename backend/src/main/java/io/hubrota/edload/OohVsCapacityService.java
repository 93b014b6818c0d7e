package io.hubrota.edload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations lead's comparison: the emergency hospital's load per hour of week (actual where stored, forecast
 * otherwise) against hub capacity in the same hours, and an estimate of the attendances that capacity could divert.
 */
@Service
public class OohVsCapacityService {

    private final EdLoadService series;

    private final HubCapacity capacity;

    private final OutOfHours outOfHours;

    private final EdLoadProperties properties;

    OohVsCapacityService(EdLoadService series, HubCapacity capacity, OutOfHours outOfHours,
            EdLoadProperties properties) {
        this.series = series;
        this.capacity = capacity;
        this.outOfHours = outOfHours;
        this.properties = properties;
    }

    /** Totals over the range for one hour of week. */
    public record HourOfWeekLoad(int hourOfWeek, String day, int hour, double outOfHoursShare, int actualHours,
            int forecastHours, double arrivals, double gpTreatable, double staffedClinicianHours,
            double requiredClinicianHours) {
    }

    public record Diversion(double oohCapacityClinicianHours, double appointmentsOffered,
            double oohGpTreatableAttendances, double estimatedDivertedAttendances, String assumption) {
    }

    public record Comparison(List<HourOfWeekLoad> hours, Diversion diversion) {
    }

    @Transactional(readOnly = true)
    public Comparison compare(String site, LocalDate first, LocalDate last) {
        Map<Instant, EdArrival> actual = new HashMap<>();
        series.series(site, first, last).forEach(hour -> actual.put(hour.getHourStart(), hour));
        EdLoadForecaster.Forecast forecast = series.forecast(site, first, last);
        Map<Instant, HubCapacity.HourCapacity> hubs = capacity.byHour(first, last);

        double[] share = new double[HourOfWeek.COUNT];
        int[] occurrences = new int[HourOfWeek.COUNT];
        int[] actualHours = new int[HourOfWeek.COUNT];
        int[] forecastHours = new int[HourOfWeek.COUNT];
        double[] arrivals = new double[HourOfWeek.COUNT];
        double[] treatable = new double[HourOfWeek.COUNT];
        double[] staffed = new double[HourOfWeek.COUNT];
        double[] required = new double[HourOfWeek.COUNT];
        double oohCapacity = 0;
        double oohTreatable = 0;
        for (EdLoadForecaster.ForecastHour hour : forecast.hours()) {
            LocalDateTime local = hour.localStart();
            int slot = HourOfWeek.of(local);
            double oohFraction = outOfHours.fraction(local);
            EdArrival stored = actual.get(hour.hourStart());
            double hourArrivals;
            double hourTreatable;
            if (stored != null) {
                actualHours[slot]++;
                hourArrivals = stored.getArrivals();
                hourTreatable = stored.getGpTreatable() != null
                        ? stored.getGpTreatable()
                        : stored.getArrivals() * properties.gpTreatableShare();
            } else {
                forecastHours[slot]++;
                hourArrivals = hour.expectedArrivals();
                hourTreatable = hour.expectedGpTreatable();
            }
            HubCapacity.HourCapacity hub = hubs.getOrDefault(hour.hourStart(), new HubCapacity.HourCapacity(0, 0));
            share[slot] += oohFraction;
            occurrences[slot]++;
            arrivals[slot] += hourArrivals;
            treatable[slot] += hourTreatable;
            staffed[slot] += hub.staffed();
            required[slot] += hub.required();
            // Staffed where the rota is filled, otherwise what the shifts require: the capacity being planned.
            oohCapacity += oohFraction * (hub.staffed() > 0 ? hub.staffed() : hub.required());
            oohTreatable += oohFraction * hourTreatable;
        }
        List<HourOfWeekLoad> rows = new ArrayList<>();
        for (int slot = 0; slot < HourOfWeek.COUNT; slot++) {
            rows.add(new HourOfWeekLoad(slot, HourOfWeek.day(slot).name(), HourOfWeek.hour(slot),
                    occurrences[slot] > 0 ? round(share[slot] / occurrences[slot]) : 0, actualHours[slot],
                    forecastHours[slot], round(arrivals[slot]), round(treatable[slot]), round(staffed[slot]),
                    round(required[slot])));
        }
        return new Comparison(rows, diversion(oohCapacity, oohTreatable, properties.diversion()));
    }

    /**
     * Attendances the out-of-hours hub capacity could divert: appointments offered ÷ appointments per avoided
     * attendance, never more than the GP-treatable out-of-hours attendances themselves.
     */
    static Diversion diversion(double oohClinicianHours, double oohGpTreatable, EdLoadProperties.Diversion rule) {
        double appointments = oohClinicianHours * 60 / rule.appointmentMinutes();
        double diverted = Math.min(oohGpTreatable, appointments / rule.appointmentsPerAvoidedAttendance());
        String assumption = String.format(java.util.Locale.ROOT,
                "Estimate, not a measurement. Assumes %d-minute appointments and about %.1f extra GP appointments per "
                        + "avoided minor A&E attendance (Greater Manchester seven-day access evaluation, Whittaker et "
                        + "al., PLOS Medicine 2016), capped at the out-of-hours GP-treatable attendances. That "
                        + "evaluation saw minor self-referred attendances fall 26.4%% with no fall in total attendances.",
                rule.appointmentMinutes(), rule.appointmentsPerAvoidedAttendance());
        return new Diversion(round(oohClinicianHours), round(appointments), round(oohGpTreatable), round(diverted),
                assumption);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

package io.hubrota.edload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forecast error on held-back weeks of the demo series (docs/benchmarks.md "ED load forecast"): for every origin k
 * from 8 to 22 of the 26 demo weeks, train on weeks 1..k (the last 8 of them) and forecast weeks k+1..k+4. Compares
 * with the seasonal naive forecast (same hour last week). Run:
 * {@code ./mvnw -B -o -q -pl solver-config,backend test -Dbenchmark.excludedGroups=none -Dgroups=benchmark
 * -Dtest=EdLoadForecastBenchmark}
 */
@Tag("benchmark")
class EdLoadForecastBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** 26 weeks up to a fixed demo start, so the table does not change with the day it is run. */
    private static final LocalDate DEMO_START = LocalDate.of(2026, 11, 30);

    private static final int WEEKS = 26;

    private static final long SEED = 17;

    /** Sums of absolute and relative errors. */
    private static final class Errors {

        double absolute;

        double relative;

        int n;

        int relativeN;

        void add(double actual, double forecast) {
            absolute += Math.abs(actual - forecast);
            n++;
            if (actual > 0) {
                relative += Math.abs(actual - forecast) / actual;
                relativeN++;
            }
        }

        String row() {
            return String.format(Locale.ROOT, "%.2f | %.1f%%", absolute / n, 100 * relative / relativeN);
        }
    }

    @Test
    void printsTheErrorTable() {
        LocalDate first = DEMO_START.minusWeeks(WEEKS);
        List<HourlyArrivals> series = EdLoadDemoGenerator.generate(SEED, first, DEMO_START, LONDON, 0.13);
        Map<Instant, HourlyArrivals> byHour = new HashMap<>();
        series.forEach(hour -> byHour.put(hour.hourStart(), hour));
        EdLoadForecaster forecaster = new EdLoadForecaster(LONDON, 8, 0.13);

        Map<Integer, Errors[]> byHorizon = new TreeMap<>();
        for (int k = 8; k <= WEEKS - 4; k++) {
            LocalDate trainingEnd = first.plusWeeks(k);
            EdLoadForecaster.Forecast forecast = forecaster.forecast(series, trainingEnd, trainingEnd,
                    trainingEnd.plusWeeks(4).minusDays(1));
            Map<LocalDate, double[]> daily = new TreeMap<>();
            for (EdLoadForecaster.ForecastHour hour : forecast.hours()) {
                int horizon = (int) java.time.temporal.ChronoUnit.WEEKS.between(trainingEnd,
                        EdLoadForecaster.weekStart(hour.localStart().toLocalDate())) + 1;
                Errors[] errors = byHorizon.computeIfAbsent(horizon, h -> newErrors());
                HourlyArrivals actual = byHour.get(hour.hourStart());
                HourlyArrivals lastWeek = byHour.get(sameHourLastWeek(hour.localStart(), trainingEnd));
                double naive = lastWeek == null ? 0 : lastWeek.arrivals();
                errors[0].add(actual.arrivals(), hour.expectedArrivals());
                errors[1].add(actual.gpTreatable(), hour.expectedGpTreatable());
                errors[2].add(actual.arrivals(), naive);
                double[] day = daily.computeIfAbsent(hour.localStart().toLocalDate(), d -> new double[3]);
                day[0] += actual.arrivals();
                day[1] += hour.expectedArrivals();
                day[2] += naive;
            }
            for (Map.Entry<LocalDate, double[]> day : daily.entrySet()) {
                int horizon = (int) java.time.temporal.ChronoUnit.WEEKS.between(trainingEnd,
                        EdLoadForecaster.weekStart(day.getKey())) + 1;
                byHorizon.get(horizon)[3].add(day.getValue()[0], day.getValue()[1]);
                byHorizon.get(horizon)[4].add(day.getValue()[0], day.getValue()[2]);
            }
        }
        Errors[] all = newErrors();
        StringBuilder table = new StringBuilder();
        table.append("| weeks ahead | hourly arrivals MAE | MAPE | hourly GP-treatable MAE | MAPE | daily total MAE | MAPE |"
                + " naive hourly MAE | MAPE | naive daily MAE | MAPE |\n");
        table.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<Integer, Errors[]> entry : byHorizon.entrySet()) {
            Errors[] e = entry.getValue();
            table.append("| ").append(entry.getKey()).append(" | ").append(e[0].row()).append(" | ")
                .append(e[1].row()).append(" | ").append(e[3].row()).append(" | ").append(e[2].row()).append(" | ")
                .append(e[4].row()).append(" |\n");
            for (int i = 0; i < all.length; i++) {
                all[i].absolute += e[i].absolute;
                all[i].relative += e[i].relative;
                all[i].n += e[i].n;
                all[i].relativeN += e[i].relativeN;
            }
        }
        table.append("| all | ").append(all[0].row()).append(" | ").append(all[1].row()).append(" | ")
            .append(all[3].row()).append(" | ").append(all[2].row()).append(" | ").append(all[4].row()).append(" |\n");
        System.out.println("ED load forecast, 15 origins x 4 weeks ahead, demo seed " + SEED + ":\n" + table);
    }

    /** The seasonal naive forecast uses the last training week's value for the same local hour of week. */
    private static Instant sameHourLastWeek(LocalDateTime local, LocalDate trainingEnd) {
        LocalDateTime inLastWeek = trainingEnd.minusWeeks(1).atStartOfDay().plusHours(HourOfWeek.of(local));
        return inLastWeek.atZone(LONDON).toInstant();
    }

    private static Errors[] newErrors() {
        return new Errors[] { new Errors(), new Errors(), new Errors(), new Errors(), new Errors() };
    }
}

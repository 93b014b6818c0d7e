package io.hubrota.edload;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Forecasts hourly ED arrivals by hour of week: the average of the last N weeks for each of the 168 local hours of
 * the week, plus a linear trend fitted by least squares to those weeks' totals and shared evenly over the week's
 * hours. Written out by hand rather than with a statistics library: it is a mean and a two-parameter regression,
 * twenty lines that an operations analyst can check against a spreadsheet, and the benchmark in docs/benchmarks.md
 * shows it is good enough for placing hub capacity.
 *
 * <p>Hours are local wall-clock hours. The night the clocks go back has two 01:00 hours: both count towards the
 * Sunday 01:00 average (as two observations) and both are forecast at it. The spring-forward night has no 01:00: that
 * week's slot is simply missing and is filled with the slot's average where a weekly total is needed.
 *
 * <p>GP-treatable arrivals are forecast the same way from the hours whose extract said; where none did, the
 * forecast arrivals times the configured share stand in.
 */
public class EdLoadForecaster {

    private final ZoneId zone;

    private final int weeks;

    private final double defaultTreatableShare;

    public EdLoadForecaster(ZoneId zone, int weeks, double defaultTreatableShare) {
        if (weeks < 1) {
            throw new IllegalArgumentException("The forecast needs at least one week of history");
        }
        this.zone = zone;
        this.weeks = weeks;
        this.defaultTreatableShare = defaultTreatableShare;
    }

    public int weeks() {
        return weeks;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Expected arrivals in the real hour starting at {@code hourStart}. */
    public record ForecastHour(Instant hourStart, LocalDateTime localStart, double expectedArrivals,
            double expectedGpTreatable) {
    }

    /**
     * The forecast for every real hour from {@code first} to {@code last} inclusive (local dates), from history
     * before {@code trainingEnd} (a Monday): the {@link #weeks} weeks ending there.
     */
    public record Forecast(LocalDate trainingFirst, LocalDate trainingEnd, int weeksWithData, double trendPerWeek,
            List<ForecastHour> hours) {
    }

    /** The Monday on or before {@code date}: weeks run Monday to Sunday. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Forecasts [first, last] from the {@link #weeks} weeks before {@code trainingEnd}. {@code history} may hold
     * hours outside the training window; they are ignored.
     */
    public Forecast forecast(Collection<HourlyArrivals> history, LocalDate trainingEnd, LocalDate first,
            LocalDate last) {
        LocalDate end = weekStart(trainingEnd);
        LocalDate start = end.minusWeeks(weeks);
        WeeklyModel arrivals = new WeeklyModel(weeks);
        WeeklyModel treatable = new WeeklyModel(weeks);
        for (HourlyArrivals hour : history) {
            LocalDateTime local = LocalDateTime.ofInstant(hour.hourStart(), zone);
            LocalDate date = local.toLocalDate();
            if (date.isBefore(start) || !date.isBefore(end)) {
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(start, weekStart(date));
            int slot = HourOfWeek.of(local);
            arrivals.add(week, slot, hour.arrivals());
            if (hour.gpTreatable() != null) {
                treatable.add(week, slot, hour.gpTreatable());
            }
        }
        Fit arrivalFit = arrivals.fit();
        Fit treatableFit = treatable.fit();
        List<ForecastHour> hours = new ArrayList<>();
        Instant stop = last.plusDays(1).atStartOfDay(zone).toInstant();
        for (Instant hour = first.atStartOfDay(zone).toInstant(); hour.isBefore(stop); hour = hour.plusSeconds(3600)) {
            LocalDateTime local = LocalDateTime.ofInstant(hour, zone);
            int slot = HourOfWeek.of(local);
            // Week index on the training scale: the first training week is 0.
            double week = ChronoUnit.WEEKS.between(start, weekStart(local.toLocalDate()));
            double expected = arrivalFit.at(slot, week);
            double expectedTreatable = treatableFit.hasSlot(slot)
                    ? Math.min(expected, treatableFit.at(slot, week))
                    : expected * defaultTreatableShare;
            hours.add(new ForecastHour(hour, local, expected, expectedTreatable));
        }
        return new Forecast(start, end, arrivals.weeksWithData(), arrivalFit.slope(), hours);
    }

    /** Sums and counts per training week and hour-of-week slot. */
    private static final class WeeklyModel {

        private final double[][] sum;

        private final int[][] count;

        WeeklyModel(int weeks) {
            sum = new double[weeks][HourOfWeek.COUNT];
            count = new int[weeks][HourOfWeek.COUNT];
        }

        void add(int week, int slot, double value) {
            sum[week][slot] += value;
            count[week][slot]++;
        }

        int weeksWithData() {
            int with = 0;
            for (int[] week : count) {
                if (java.util.Arrays.stream(week).sum() > 0) {
                    with++;
                }
            }
            return with;
        }

        Fit fit() {
            int weeks = sum.length;
            double[] slotMean = new double[HourOfWeek.COUNT];
            boolean[] seen = new boolean[HourOfWeek.COUNT];
            for (int slot = 0; slot < HourOfWeek.COUNT; slot++) {
                // Mean of each week's value, so the autumn night's two 01:00 hours do not count that week twice.
                double total = 0;
                int n = 0;
                for (int week = 0; week < weeks; week++) {
                    if (count[week][slot] > 0) {
                        total += sum[week][slot] / count[week][slot];
                        n++;
                    }
                }
                seen[slot] = n > 0;
                slotMean[slot] = n > 0 ? total / n : 0;
            }
            // Weekly totals on a 168-slot week (a doubled autumn hour averaged, a missing hour filled with its
            // slot mean), so clock changes and partly covered weeks do not bend the trend.
            List<double[]> points = new ArrayList<>();
            for (int week = 0; week < weeks; week++) {
                if (java.util.Arrays.stream(count[week]).sum() == 0) {
                    continue;
                }
                double total = 0;
                for (int slot = 0; slot < HourOfWeek.COUNT; slot++) {
                    total += count[week][slot] > 0 ? sum[week][slot] / count[week][slot] : slotMean[slot];
                }
                points.add(new double[] { week, total });
            }
            return new Fit(slotMean, seen, points);
        }
    }

    /**
     * Slot means plus a least-squares line through the weekly totals: forecast(slot, week) = mean(slot) +
     * slope × (week − mean week) ÷ 168. Exact for a series that is a constant per hour of week plus a linear trend.
     */
    private static final class Fit {

        private final double[] slotMean;

        private final boolean[] seen;

        private final double meanWeek;

        private final double slope;

        Fit(double[] slotMean, boolean[] seen, List<double[]> weeklyTotals) {
            this.slotMean = slotMean;
            this.seen = seen;
            int n = weeklyTotals.size();
            double mx = 0;
            double my = 0;
            for (double[] p : weeklyTotals) {
                mx += p[0];
                my += p[1];
            }
            mx = n > 0 ? mx / n : 0;
            my = n > 0 ? my / n : 0;
            double sxx = 0;
            double sxy = 0;
            for (double[] p : weeklyTotals) {
                sxx += (p[0] - mx) * (p[0] - mx);
                sxy += (p[0] - mx) * (p[1] - my);
            }
            this.meanWeek = mx;
            // One week of data has no trend to fit.
            this.slope = sxx > 0 ? sxy / sxx : 0;
        }

        boolean hasSlot(int slot) {
            return seen[slot];
        }

        double slope() {
            return slope;
        }

        double at(int slot, double week) {
            if (!seen[slot]) {
                return 0;
            }
            return Math.max(0, slotMean[slot] + slope * (week - meanWeek) / HourOfWeek.COUNT);
        }
    }
}

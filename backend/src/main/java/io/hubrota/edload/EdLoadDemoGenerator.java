package io.hubrota.edload;

import io.hubrota.shared.BankHolidays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic (seeded) hourly arrivals series for the Northumberland demo: Cramlington's emergency hospital with
 * about 150,000 urgent and emergency attendances a year. The shape comes from published patterns
 * (docs/domain.md "ED out-of-hours load"): about 60% of arrivals between 09:00 and 18:00, a Monday 10:00–12:00 peak
 * about twice the average hourly rate, a children's evening peak 18:00–20:00, a mild winter peak, bank holidays like
 * Sundays, Poisson noise on the counts, and a GP-treatable share that averages the configured one (13%) but is higher
 * at night and at weekends (odds ratio 1.20).
 */
public final class EdLoadDemoGenerator {

    /** ~150,000 a year (Northumbria, first year of the specialist emergency care hospital). */
    public static final double ATTENDANCES_PER_DAY = 150_000 / 365.0;

    /** Adults' arrivals by local hour, percent of a day (shape: HSCIC arrival-time tables; peak late morning). */
    private static final double[] ADULT_HOURS = { 1.9, 1.6, 1.4, 1.2, 1.1, 1.1, 1.4, 2.2, 3.8, 5.8, 6.9, 7.0, 6.8, 6.6,
        6.5, 6.4, 6.2, 5.9, 4.9, 4.5, 4.0, 3.5, 2.9, 2.3 };

    /** Share of arrivals who are children, and the children's extra evening peak 18:00–20:00 (Downing, EMJ 2002). */
    private static final double CHILD_SHARE = 0.22;

    private static final double[] CHILD_HOURS = { 1.0, 0.7, 0.5, 0.4, 0.4, 0.4, 0.6, 1.2, 2.6, 4.5, 5.6, 5.8, 5.6, 5.4,
        5.3, 5.5, 6.2, 7.0, 9.0, 9.2, 6.4, 3.8, 2.4, 1.6 };

    /** Day-of-week factors (Monday busiest; mean 1). */
    private static final double[] DAY_FACTORS = { 1.12, 1.00, 0.98, 0.97, 0.98, 0.97, 0.98 };

    /** Extra on Monday morning 09:00–13:00, the weekly peak (about twice the average hourly rate at 10–12). */
    private static final double MONDAY_MORNING_BOOST = 1.12;

    /** Winter peak amplitude: mild, +/- 6% around the year's mean, highest in mid-January. */
    private static final double WINTER_AMPLITUDE = 0.06;

    /** Simpson, EMJ 2019: night (18:00–08:00) arrivals more often non-urgent, odds ratio 1.20; used for weekends too. */
    private static final double OUT_OF_HOURS_ODDS_RATIO = 1.20;

    private EdLoadDemoGenerator() {
    }

    /** Every real hour from {@code first} (inclusive) to {@code end} (exclusive, local dates). */
    public static List<HourlyArrivals> generate(long seed, LocalDate first, LocalDate end, ZoneId zone,
            double gpTreatableShare) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<LocalDate> bankHolidays = new HashSet<>(end.isAfter(first)
                ? BankHolidays.inEngland(first, end.minusDays(1))
                : List.of());
        double inHoursOdds = inHoursOdds(gpTreatableShare);
        List<HourlyArrivals> hours = new ArrayList<>();
        Instant stop = end.atStartOfDay(zone).toInstant();
        for (Instant hour = first.atStartOfDay(zone).toInstant(); hour.isBefore(stop); hour = hour.plusSeconds(3600)) {
            LocalDateTime local = LocalDateTime.ofInstant(hour, zone);
            boolean holiday = bankHolidays.contains(local.toLocalDate());
            double rate = expectedArrivals(local, holiday);
            int arrivals = poisson(random, rate);
            double odds = nightOrWeekend(local, holiday) ? inHoursOdds * OUT_OF_HOURS_ODDS_RATIO : inHoursOdds;
            int treatable = binomial(random, arrivals, odds / (1 + odds));
            hours.add(new HourlyArrivals(hour, arrivals, treatable));
        }
        return hours;
    }

    /** The mean arrivals in a local hour before noise. */
    static double expectedArrivals(LocalDateTime local, boolean bankHoliday) {
        DayOfWeek day = bankHoliday ? DayOfWeek.SUNDAY : local.getDayOfWeek();
        int hour = local.getHour();
        double hourShare = (1 - CHILD_SHARE) * ADULT_HOURS[hour] / sum(ADULT_HOURS)
                + CHILD_SHARE * CHILD_HOURS[hour] / sum(CHILD_HOURS);
        double mondayMorning = day == DayOfWeek.MONDAY && hour >= 9 && hour < 13 ? MONDAY_MORNING_BOOST : 1;
        return ATTENDANCES_PER_DAY * DAY_FACTORS[day.getValue() - 1] * hourShare * mondayMorning
                * season(local.toLocalDate());
    }

    static double season(LocalDate date) {
        return 1 + WINTER_AMPLITUDE * Math.cos(2 * Math.PI * (date.getDayOfYear() - 15) / 365.25);
    }

    static boolean nightOrWeekend(LocalDateTime local, boolean bankHoliday) {
        DayOfWeek day = local.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return bankHoliday || weekend || local.getHour() >= 18 || local.getHour() < 8;
    }

    /**
     * The in-hours odds of a GP-treatable arrival such that, with out-of-hours odds 1.20 times higher, the share over
     * a typical week is {@code share}. Found by bisection over one week of expected arrivals.
     */
    static double inHoursOdds(double share) {
        if (share <= 0) {
            return 0;
        }
        double low = 0;
        double high = 1e6;
        LocalDateTime monday = LocalDate.of(2026, 1, 5).atStartOfDay();
        for (int iteration = 0; iteration < 100; iteration++) {
            double odds = (low + high) / 2;
            double arrivals = 0;
            double treatable = 0;
            for (int h = 0; h < HourOfWeek.COUNT; h++) {
                LocalDateTime local = monday.plusHours(h);
                double rate = expectedArrivals(local, false);
                double o = nightOrWeekend(local, false) ? odds * OUT_OF_HOURS_ODDS_RATIO : odds;
                arrivals += rate;
                treatable += rate * o / (1 + o);
            }
            if (treatable / arrivals < share) {
                low = odds;
            } else {
                high = odds;
            }
        }
        return (low + high) / 2;
    }

    /** Knuth's method in chunks of at most 30, so e^-λ never underflows for a busy hour. */
    static int poisson(SplittableRandom random, double mean) {
        int count = 0;
        double left = mean;
        while (left > 0) {
            double chunk = Math.min(left, 30);
            left -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    static int binomial(SplittableRandom random, int trials, double p) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}

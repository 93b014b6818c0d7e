package io.hubrota.edload;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.hubrota.demo.DemoEconomy;
import io.hubrota.demo.DemoEconomyGenerator;
import io.hubrota.demo.DemoProblems;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.Shift;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import io.hubrota.solver.problem.ProblemMapper;
import io.hubrota.solver.run.TimedSolve;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Do the ED load weights move scarce capacity toward the out-of-hours hours when the emergency hospital expects most
 * GP-treatable patients? For each seed and each kept share of clinicians, builds the generated M economy
 * (Northumberland) for {@code benchmark.weeks} weeks, keeps only that share of its clinicians (the same share of every
 * role, drawn at random for the seed) so the solver must choose which sessions to staff, and solves it twice for the
 * same time: with flat hour weights and with {@link EdLoadWeights} from the forecast of 8 demo ED weeks.
 *
 * <p>"High-weight hours" are the top quartile by weight of the local hours in which at least one hub session is open
 * (ties at the threshold included; the threshold is printed). The measure is staffed clinician-minutes in those hours
 * and in the rest, how much of the minimum staffing they get, and the medium score of both rotas scored under the
 * forecast weights (and under flat weights), so the two arms are compared on the same scale.
 *
 * <p>Tagged {@code benchmark}: not run in CI. Run (about 12 minutes with the defaults):
 * {@code ./mvnw -B -o -q -pl solver-config,backend test -Dskip.npm -Dskip.installnodenpm
 * -Dbenchmark.excludedGroups=none -Dgroups=benchmark -Dtest=HourWeightsEffectBenchmark}; optional
 * {@code -DargLine="-Dbenchmark.seconds=30 -Dbenchmark.seeds=1,2,3 -Dbenchmark.fractions=0.35,0.5,0.65,0.8
 * -Dbenchmark.weeks=2"}. Results: docs/benchmarks.md "ED load weights move capacity".
 */
@Tag("benchmark")
class HourWeightsEffectBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private static final String SIZE = System.getProperty("benchmark.size", "M");

    private static final int WEEKS = Integer.getInteger("benchmark.weeks", 2);

    private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));

    private static final List<Long> SEEDS = Arrays.stream(System.getProperty("benchmark.seeds", "1,2,3").split(","))
            .map(String::trim).map(Long::valueOf).toList();

    private static final List<Double> FRACTIONS = Arrays.stream(
            System.getProperty("benchmark.fractions", "0.35,0.5,0.65,0.8").split(","))
            .map(String::trim).map(Double::valueOf).toList();

    private static final OutOfHours OOH = new OutOfHours(
            new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, true), LONDON);

    private static final EdLoadProperties.Weights WEIGHT_SETTINGS = new EdLoadProperties.Weights(1.5, 5);

    @Test
    void comparesFlatAndForecastWeights() {
        System.out.printf(Locale.ROOT, "%s demo from %s, %d weeks, %d s per solve, seeds %s, kept shares %s%n", SIZE,
                MONDAY, WEEKS, LIMIT.toSeconds(), SEEDS, FRACTIONS);
        System.out.println("| seed | kept | clinicians | high hours (weight >=) | arm | staffed min, high"
                + " | staffed min, rest | high share | min cover, high | min cover, rest | medium, forecast weights"
                + " | medium, flat weights | soft (own) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        List<Pair> pairs = new ArrayList<>();
        for (long seed : SEEDS) {
            DemoEconomy generated = DemoEconomyGenerator.generate(SIZE, seed, MONDAY);
            ProblemDocument full = DemoProblems.toProblem(new DemoEconomy(generated.size(), generated.seed(),
                    generated.firstDate(), WEEKS, generated.practices(), generated.hubs(), generated.clinicians(),
                    generated.templates()));
            List<HourWeight> weights = forecastWeights(seed, full);
            HighHours high = HighHours.of(full, weights);
            for (double fraction : FRACTIONS) {
                List<ProblemDocument.Clinician> kept = keep(full.clinicians(), fraction, seed);
                ProblemDocument flatProblem = with(full, kept, List.of());
                ProblemDocument forecastProblem = with(full, kept, weights);
                Measure flat = measure(TimedSolve.solve(ProblemMapper.toSolution(flatProblem), LIMIT).solution(),
                        flatProblem, forecastProblem, high);
                Measure forecast = measure(
                        TimedSolve.solve(ProblemMapper.toSolution(forecastProblem), LIMIT).solution(), flatProblem,
                        forecastProblem, high);
                String label = String.format(Locale.ROOT, "| %d | %.0f%% | %d of %d | %d (>= %d) |", seed,
                        fraction * 100, kept.size(), full.clinicians().size(), high.hours().size(), high.threshold());
                System.out.println(label + flat.row("flat"));
                System.out.println("| | | | |" + forecast.row("ED forecast"));
                pairs.add(new Pair(seed, fraction, flat, forecast));
            }
        }
        System.out.println();
        System.out.println("Differences, ED forecast minus flat, per pair:");
        System.out.println("| seed | kept | staffed min, high | staffed min, rest | high share (pp)"
                + " | min cover high (pp) | min cover rest (pp) | medium, forecast weights | medium, flat weights |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Pair pair : pairs) {
            System.out.println(String.format(Locale.ROOT, "| %d | %.0f%% |", pair.seed(), pair.fraction() * 100)
                    + pair.differenceRow());
        }
        System.out.println("| median | |" + Pair.medianRow(pairs));
        System.out.printf(Locale.ROOT, "pairs where the forecast arm staffs more high-weight minutes: %d of %d%n",
                pairs.stream().filter(pair -> pair.forecast().staffedHigh() > pair.flat().staffedHigh()).count(),
                pairs.size());
    }

    /** Weights from an 8-week forecast of the demo ED series, trained up to the rota's first Monday. */
    private static List<HourWeight> forecastWeights(long seed, ProblemDocument problem) {
        List<HourlyArrivals> history = EdLoadDemoGenerator.generate(seed, MONDAY.minusWeeks(8), MONDAY, LONDON, 0.13);
        List<EdLoadForecaster.ForecastHour> forecast = new EdLoadForecaster(LONDON, 8, 0.13)
                .forecast(history, MONDAY, problem.firstDate(), problem.lastDate()).hours();
        return EdLoadWeights.weights(forecast, OOH, WEIGHT_SETTINGS);
    }

    /** The same share of every role, drawn at random for the seed, in the generator's order. */
    private static List<ProblemDocument.Clinician> keep(List<ProblemDocument.Clinician> clinicians, double fraction,
            long seed) {
        Map<String, List<ProblemDocument.Clinician>> byRole = clinicians.stream()
                .collect(Collectors.groupingBy(ProblemDocument.Clinician::role, TreeMap::new, Collectors.toList()));
        Set<String> kept = new TreeSet<>();
        Random random = new Random(seed);
        for (List<ProblemDocument.Clinician> role : byRole.values()) {
            List<ProblemDocument.Clinician> shuffled = new ArrayList<>(role);
            Collections.shuffle(shuffled, random);
            int count = Math.max(1, (int) Math.round(fraction * role.size()));
            shuffled.subList(0, count).forEach(clinician -> kept.add(clinician.id()));
        }
        return clinicians.stream().filter(clinician -> kept.contains(clinician.id())).toList();
    }

    private static ProblemDocument with(ProblemDocument doc, List<ProblemDocument.Clinician> clinicians,
            List<HourWeight> weights) {
        return new ProblemDocument(doc.timezone(), doc.firstDate(), doc.lastDate(), doc.hubs(), clinicians,
                doc.shifts(), doc.bankHolidays(), weights, doc.pinned(), doc.previous(), doc.settings());
    }

    /** The top quartile by weight of the local hours in which some hub session is open. */
    private record HighHours(Set<LocalDateTime> hours, int threshold) {

        static HighHours of(ProblemDocument problem, List<HourWeight> weights) {
            Map<LocalDateTime, Integer> weightByHour = weights.stream()
                    .collect(Collectors.toMap(HourWeight::hourStart, HourWeight::weight));
            Set<LocalDateTime> open = new TreeSet<>();
            for (ProblemDocument.Shift shift : problem.shifts()) {
                for (LocalDateTime minute = shift.start(); minute.isBefore(shift.end());
                        minute = minute.plusMinutes(1)) {
                    open.add(minute.truncatedTo(ChronoUnit.HOURS));
                }
            }
            List<Integer> sorted = open.stream().map(hour -> weightByHour.getOrDefault(hour, 1))
                    .sorted(Collections.reverseOrder()).toList();
            int threshold = Math.max(2, sorted.get((sorted.size() - 1) / 4));
            Set<LocalDateTime> high = open.stream()
                    .filter(hour -> weightByHour.getOrDefault(hour, 1) >= threshold)
                    .collect(Collectors.toCollection(TreeSet::new));
            return new HighHours(high, threshold);
        }

        boolean contains(LocalDateTime minute) {
            return hours.contains(minute.truncatedTo(ChronoUnit.HOURS));
        }
    }

    private record Measure(long staffedHigh, long staffedRest, long minimumMetHigh, long minimumHigh,
            long minimumMetRest, long minimumRest, long mediumForecast, long mediumFlat, long soft) {

        double highShare() {
            return (double) staffedHigh / Math.max(1, staffedHigh + staffedRest);
        }

        double coverHigh() {
            return (double) minimumMetHigh / Math.max(1, minimumHigh);
        }

        double coverRest() {
            return (double) minimumMetRest / Math.max(1, minimumRest);
        }

        String row(String arm) {
            return String.format(Locale.ROOT, " %s | %,d | %,d | %.1f%% | %.1f%% | %.1f%% | %,d | %,d | %,d |", arm,
                    staffedHigh, staffedRest, 100 * highShare(), 100 * coverHigh(), 100 * coverRest(),
                    mediumForecast, mediumFlat, soft);
        }
    }

    private record Pair(long seed, double fraction, Measure flat, Measure forecast) {

        private static final List<Function<Pair, Double>> DIFFERENCES = List.of(
                pair -> (double) (pair.forecast.staffedHigh() - pair.flat.staffedHigh()),
                pair -> (double) (pair.forecast.staffedRest() - pair.flat.staffedRest()),
                pair -> 100 * (pair.forecast.highShare() - pair.flat.highShare()),
                pair -> 100 * (pair.forecast.coverHigh() - pair.flat.coverHigh()),
                pair -> 100 * (pair.forecast.coverRest() - pair.flat.coverRest()),
                pair -> (double) (pair.forecast.mediumForecast() - pair.flat.mediumForecast()),
                pair -> (double) (pair.forecast.mediumFlat() - pair.flat.mediumFlat()));

        String differenceRow() {
            return format(DIFFERENCES.stream().map(difference -> difference.apply(this)).toList());
        }

        static String medianRow(List<Pair> pairs) {
            return format(DIFFERENCES.stream().map(difference -> median(pairs.stream().map(difference).toList()))
                    .toList());
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        private static String format(List<Double> values) {
            return String.format(Locale.ROOT, " %+,.0f | %+,.0f | %+.1f | %+.1f | %+.1f | %+,.0f | %+,.0f |",
                    values.toArray());
        }
    }

    /**
     * Staffed and minimum-met clinician-minutes by local minute, and the medium score of the same assignments under
     * both weightings (the solver's own score, not a re-implementation of it).
     */
    private static Measure measure(RotaSolution solved, ProblemDocument flatProblem, ProblemDocument forecastProblem,
            HighHours high) {
        Map<Post, Long> assigned = new HashMap<>();
        long staffedHigh = 0;
        long staffedRest = 0;
        for (ClinicianDay day : solved.getClinicianDays()) {
            if (day.getPost() == null) {
                continue;
            }
            assigned.merge(day.getPost(), 1L, Long::sum);
            Shift shift = day.getPost().shift();
            long inHigh = highMinutes(shift, high);
            staffedHigh += inHigh;
            staffedRest += localMinutes(shift) - inHigh;
        }
        long metHigh = 0;
        long needHigh = 0;
        long metRest = 0;
        long needRest = 0;
        for (Post post : solved.getPosts()) {
            long met = Math.min(post.min(), assigned.getOrDefault(post, 0L));
            long inHigh = highMinutes(post.shift(), high);
            long rest = localMinutes(post.shift()) - inHigh;
            metHigh += met * inHigh;
            needHigh += post.min() * inHigh;
            metRest += met * rest;
            needRest += post.min() * rest;
        }
        HardMediumSoftLongScore underForecast = rescore(solved, forecastProblem);
        HardMediumSoftLongScore underFlat = rescore(solved, flatProblem);
        return new Measure(staffedHigh, staffedRest, metHigh, needHigh, metRest, needRest,
                underForecast.mediumScore(), underFlat.mediumScore(), solved.getScore().softScore());
    }

    private static long localMinutes(Shift shift) {
        return ChronoUnit.MINUTES.between(shift.start(), shift.end());
    }

    private static long highMinutes(Shift shift, HighHours high) {
        long minutes = 0;
        for (LocalDateTime minute = shift.start(); minute.isBefore(shift.end()); minute = minute.plusMinutes(1)) {
            if (high.contains(minute)) {
                minutes++;
            }
        }
        return minutes;
    }

    /** The solved assignments put on the same posts of the problem mapped with other hour weights, and scored. */
    private static HardMediumSoftLongScore rescore(RotaSolution solved, ProblemDocument problem) {
        RotaSolution other = ProblemMapper.toSolution(problem);
        Map<String, Post> posts = new LinkedHashMap<>();
        other.getPosts().forEach(post -> posts.put(post.id(), post));
        Map<String, ClinicianDay> days = new HashMap<>();
        other.getClinicianDays().forEach(day -> days.put(day.getId(), day));
        for (ClinicianDay day : solved.getClinicianDays()) {
            days.get(day.getId()).setPost(day.getPost() == null ? null : posts.get(day.getPost().id()));
        }
        SolutionManager<RotaSolution, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.<RotaSolution>create(TimedSolve.config(LIMIT)));
        return manager.update(other);
    }
}

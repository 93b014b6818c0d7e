package io.hubrota.edload;

import io.hubrota.demo.DemoEconomy;
import io.hubrota.demo.DemoEconomyGenerator;
import io.hubrota.demo.DemoProblems;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Do the ED load weights move scarce capacity toward the hours when the emergency hospital is busiest with
 * GP-treatable patients? Builds the S demo economy, removes 40% of its clinicians so not every session can be
 * staffed, and solves it twice for the same time: with flat hour weights and with {@link EdLoadWeights} from the
 * forecast of the demo ED series. Compares staffed clinician-minutes in high-weight (3 and above) out-of-hours hours.
 * Run: {@code ./mvnw -B -o -q -pl solver-config,backend test -Dbenchmark.excludedGroups=none -Dgroups=benchmark
 * -Dtest=HourWeightsEffectBenchmark} (docs/benchmarks.md "ED load weights move capacity").
 */
@Tag("benchmark")
class HourWeightsEffectBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private static final long SEED = Long.getLong("benchmark.seed", 17);

    private static final String SIZE = System.getProperty("benchmark.size", "S");

    private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));

    private static final int HIGH_WEIGHT = 3;

    @Test
    void comparesFlatAndForecastWeights() {
        DemoEconomy economy = DemoEconomyGenerator.generate(SIZE, SEED, MONDAY);
        ProblemDocument full = DemoProblems.toProblem(economy);
        List<ProblemDocument.Clinician> kept = new ArrayList<>();
        for (int i = 0; i < full.clinicians().size(); i++) {
            // Drop two in every five, spread over roles as the generator lists them.
            if (i % 5 >= 2) {
                kept.add(full.clinicians().get(i));
            }
        }
        OutOfHours ooh = new OutOfHours(
                new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, true), LONDON);
        List<HourlyArrivals> history = EdLoadDemoGenerator.generate(SEED, MONDAY.minusWeeks(8), MONDAY, LONDON, 0.13);
        List<EdLoadForecaster.ForecastHour> forecast = new EdLoadForecaster(LONDON, 8, 0.13)
            .forecast(history, MONDAY, full.firstDate(), full.lastDate()).hours();
        List<HourWeight> weights = EdLoadWeights.weights(forecast, ooh, new EdLoadProperties.Weights(1.5, 5));
        Map<LocalDateTime, Integer> weightByHour = weights.stream()
            .collect(Collectors.toMap(HourWeight::hourStart, HourWeight::weight));

        Measure flat = solve(withWeights(full, kept, List.of()), weightByHour);
        Measure weighted = solve(withWeights(full, kept, weights), weightByHour);

        System.out.printf(Locale.ROOT, "%s demo (seed %d, from %s): %d of %d clinicians kept, %d shifts, %.0f s each%n",
                SIZE, SEED, MONDAY, kept.size(), full.clinicians().size(), full.shifts().size(), (double) LIMIT.toSeconds());
        System.out.println("| hour weights | staffed clinician-minutes | in OOH hours | in high-weight (>= "
                + HIGH_WEIGHT + ") OOH hours | unfilled minimum clinician-minutes, high-weight OOH | unfilled, all |"
                + " score (own weights) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        System.out.println(flat.row("flat (all 1)"));
        System.out.println(weighted.row("ED forecast (k 1.5, max 5)"));
        System.out.printf(Locale.ROOT, "high-weight hours in the week: %d; weight histogram: %s%n",
                weights.stream().filter(w -> w.weight() >= HIGH_WEIGHT).count(),
                weights.stream().collect(Collectors.groupingBy(HourWeight::weight, java.util.TreeMap::new,
                        Collectors.counting())));
    }

    private static ProblemDocument withWeights(ProblemDocument doc, List<ProblemDocument.Clinician> clinicians,
            List<HourWeight> weights) {
        return new ProblemDocument(doc.timezone(), doc.firstDate(), doc.lastDate(), doc.hubs(), clinicians,
                doc.shifts(), doc.bankHolidays(), weights, doc.pinned(), doc.previous(), doc.settings());
    }

    private record Measure(long all, long ooh, long highWeight, long unmetHighWeight, long unmetAll, String score) {

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s |", name, all, ooh, highWeight,
                    unmetHighWeight, unmetAll, score);
        }
    }

    private static Measure solve(ProblemDocument doc, Map<LocalDateTime, Integer> weightByHour) {
        OutOfHours ooh = new OutOfHours(
                new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, true), LONDON);
        TimedSolve.Result result = TimedSolve.solve(ProblemMapper.toSolution(doc), LIMIT);
        long all = 0;
        long inOoh = 0;
        long high = 0;
        Map<Post, Long> assigned = new HashMap<>();
        for (ClinicianDay day : result.solution().getClinicianDays()) {
            if (day.getPost() == null) {
                continue;
            }
            assigned.merge(day.getPost(), 1L, Long::sum);
            Shift shift = day.getPost().shift();
            for (LocalDateTime minute = shift.start(); minute.isBefore(shift.end()); minute = minute.plusMinutes(1)) {
                all++;
                if (ooh.outOfHoursMinutes(minute, minute.plusMinutes(1)) > 0) {
                    inOoh++;
                    if (weightByHour.getOrDefault(minute.truncatedTo(ChronoUnit.HOURS), 1) >= HIGH_WEIGHT) {
                        high++;
                    }
                }
            }
        }
        long unmetHigh = 0;
        long unmetAll = 0;
        for (Post post : result.solution().getPosts()) {
            long missing = Math.max(0, post.min() - assigned.getOrDefault(post, 0L));
            Shift shift = post.shift();
            for (LocalDateTime minute = shift.start(); minute.isBefore(shift.end()); minute = minute.plusMinutes(1)) {
                unmetAll += missing;
                if (ooh.outOfHoursMinutes(minute, minute.plusMinutes(1)) > 0
                        && weightByHour.getOrDefault(minute.truncatedTo(ChronoUnit.HOURS), 1) >= HIGH_WEIGHT) {
                    unmetHigh += missing;
                }
            }
        }
        return new Measure(all, inOoh, high, unmetHigh, unmetAll, result.score().toString());
    }
}

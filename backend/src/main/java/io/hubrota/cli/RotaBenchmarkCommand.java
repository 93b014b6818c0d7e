package io.hubrota.cli;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.demo.DemoEconomyGenerator;
import io.hubrota.demo.DemoProblems;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemMapper;
import io.hubrota.solver.run.TimedSolve;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark rota}: solves generated S/M/L problems for several seeds and writes one JSON line per run to
 * {@code <out>/summary.jsonl}; with {@code --html}, also runs Timefold's benchmarker over the same problems and writes
 * its HTML report (comparing the configurations in solver/hub-rota-benchmark.xml) under {@code <out>/report}.
 */
@Command(name = "rota", mixinStandardHelpOptions = true,
        description = "Benchmark the hub rota solver on generated problems.")
class RotaBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "S,M,L")
    List<String> sizes;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3")
    List<Long> seeds;

    @Option(names = "--seconds", defaultValue = "60")
    long seconds;

    @Option(names = "--first-date")
    LocalDate firstDate = SolveCommand.DEFAULT_FIRST_DATE;

    @Option(names = "--out", defaultValue = "target/benchmarks/rota")
    Path out;

    @Option(names = "--html", description = "Also write Timefold's HTML benchmark report.")
    boolean html;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        Path summary = out.resolve("summary.jsonl");
        List<RotaSolution> problems = new ArrayList<>();
        for (String size : sizes) {
            for (long seed : seeds) {
                // Solving changes a solution in place, so the HTML benchmark gets a fresh copy of the problem.
                problems.add(generate(size, seed));
                TimedSolve.Result result = TimedSolve.solve(generate(size, seed), Duration.ofSeconds(seconds));
                String line = Json.line(RunSummary.of(size, seed, seconds, result));
                System.out.println(line);
                Files.writeString(summary, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        if (html) {
            writeHtmlReport(problems);
        }
        return 0;
    }

    private RotaSolution generate(String size, long seed) {
        return ProblemMapper.toSolution(DemoProblems.toProblem(DemoEconomyGenerator.generate(size, seed, firstDate)));
    }

    private void writeHtmlReport(List<RotaSolution> problems) {
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlResource("solver/hub-rota-benchmark.xml");
        config.setBenchmarkDirectory(new File(out.toFile(), "report"));
        config.getInheritedSolverBenchmarkConfig().getSolverConfig()
                .setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
    }
}

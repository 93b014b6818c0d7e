package io.hubrota.cli;

import io.hubrota.demo.DemoEconomyGenerator;
import io.hubrota.demo.DemoProblems;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemJson;
import io.hubrota.solver.problem.ProblemMapper;
import io.hubrota.solver.problem.RotaCsv;
import io.hubrota.solver.run.TimedSolve;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve}: generate or read a problem, solve it for a fixed time, print one JSON line, write the files. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a generated or given rota problem and write problem.json and rota.csv.")
class SolveCommand implements Callable<Integer> {

    /** A Monday whose 4-week horizon spans the March clock change, so generated problems exercise it. */
    static final LocalDate DEFAULT_FIRST_DATE = LocalDate.of(2026, 3, 2);

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static class Source {
        @Option(names = "--generate", paramLabel = "S|M|L", description = "Generate a demo problem of this size.")
        String size;

        @Option(names = "--problem", paramLabel = "FILE", description = "Read a problem.json.")
        Path problem;
    }

    @Option(names = "--seed", defaultValue = "17", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first-date", description = "First date (a Monday) of a generated problem (default 2026-03-02).")
    LocalDate firstDate = DEFAULT_FIRST_DATE;

    @Option(names = "--seconds", defaultValue = "60", description = "Solving time (default ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write problem.json and rota.csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProblemDocument problem = source.problem != null
                ? ProblemJson.read(source.problem)
                : DemoProblems.toProblem(DemoEconomyGenerator.generate(source.size, seed, firstDate));
        TimedSolve.Result result = TimedSolve.solve(ProblemMapper.toSolution(problem), Duration.ofSeconds(seconds));
        if (out != null) {
            Files.createDirectories(out);
            ProblemJson.write(problem, out.resolve("problem.json"));
            try (Writer csv = Files.newBufferedWriter(out.resolve("rota.csv"))) {
                RotaCsv.write(ProblemMapper.assignments(result.solution()), csv);
            }
        }
        String dataset = source.size != null ? source.size : source.problem.getFileName().toString();
        System.out.println(Json.line(RunSummary.of(dataset, seed, seconds, result)));
        return 0;
    }
}

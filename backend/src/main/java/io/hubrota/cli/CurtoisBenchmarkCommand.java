package io.hubrota.cli;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.solver.benchmark.curtois.CurtoisEvaluation;
import io.hubrota.solver.benchmark.curtois.CurtoisEvaluator;
import io.hubrota.solver.benchmark.curtois.CurtoisHardViolation;
import io.hubrota.solver.benchmark.curtois.CurtoisImporter;
import io.hubrota.solver.benchmark.curtois.CurtoisInstance;
import io.hubrota.solver.benchmark.curtois.CurtoisParser;
import io.hubrota.solver.benchmark.curtois.CurtoisRoster;
import io.hubrota.solver.benchmark.curtois.CurtoisSolutionReader;
import io.hubrota.solver.benchmark.curtois.CurtoisSolutionWriter;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.PhaseSeeds;
import io.hubrota.solver.run.TimedSolve;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchmark curtois <instance-file>}: solves one Curtois–Qu instance with the product's model, constraint
 * provider and solver/curtois-solver.xml, then prints one JSON line whose objective and hard-violation count come from
 * the independent {@link CurtoisEvaluator} on the final roster, not from the solver's score.
 */
@Command(name = "curtois", mixinStandardHelpOptions = true,
        description = "Solve one Curtois-Qu benchmark instance and print its objective as one JSON line.")
class CurtoisBenchmarkCommand implements Callable<Integer> {

    static final String SOLVER_CONFIG = "solver/curtois-solver.xml";

    @Parameters(index = "0", paramLabel = "<instance-file>")
    Path instanceFile;

    @Option(names = "--seconds", defaultValue = "60")
    long seconds;

    @Option(names = "--solution-out", description = "Write the roster in the benchmark's solution format.")
    Path solutionOut;

    @Option(names = "--solution-in", description = "Start from this roster (the --solution-out format; it must keep "
            + "every hard rule) instead of an empty one.")
    Path solutionIn;

    @Option(names = "--solver-config", description = "A solver XML file to use instead of " + SOLVER_CONFIG
            + " (for tuning).")
    Path solverConfigFile;

    @Option(names = "--seed", description = "The solver's random seed, which also seeds the cover-price phase's "
            + "tie-breaks (default: Timefold's fixed default, and 0). Runs with other seeds show how much a result "
            + "owes to chance.")
    Long seed;

    @Override
    public Integer call() throws Exception {
        // Standard output carries exactly one JSON line, so the solver's progress log is kept off it.
        quietSolverLog();
        CurtoisInstance instance = CurtoisParser.parse(instanceFile);
        RotaSolution problem = CurtoisImporter.toSolution(instance);
        if (solutionIn != null) {
            CurtoisRoster start = CurtoisSolutionReader.read(instance, solutionIn);
            List<CurtoisHardViolation> broken = CurtoisEvaluator.evaluate(instance, start).hardViolations();
            if (!broken.isEmpty()) {
                // The solver keeps every hard rule on each line it plans; a start that breaks one is not a roster.
                System.err.println(solutionIn + " breaks " + broken.size() + " hard rule(s) of " + instance.name()
                        + ", e.g. " + broken.get(0).description());
                return 2;
            }
            CurtoisImporter.assign(instance, problem, start);
        }
        TimedSolve.Result result = TimedSolve.solve(problem, solverConfig());
        CurtoisRoster roster = CurtoisImporter.toRoster(instance, result.solution());
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance, roster);
        if (solutionOut != null) {
            CurtoisSolutionWriter.write(instance, roster, solutionOut);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("instance", instance.name());
        line.put("seconds", seconds);
        line.put("objective", evaluation.objective());
        line.put("hardViolations", evaluation.hardViolationCount());
        line.put("firstFeasibleSeconds", result.firstFeasibleSeconds());
        System.out.println(Json.line(line));
        System.err.println("score " + result.score() + ", move evaluation speed " + result.moveEvaluationSpeed() + "/s");
        evaluation.hardViolations().forEach(violation -> System.err.println(violation.description()));
        return 0;
    }

    private SolverConfig solverConfig() {
        Duration limit = Duration.ofSeconds(seconds);
        SolverConfig config = solverConfigFile == null
                ? TimedSolve.config(SOLVER_CONFIG, limit)
                : SolverConfig.createFromXmlFile(solverConfigFile.toFile())
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
        return seed == null ? config : PhaseSeeds.withSeed(config, seed);
    }

    private static void quietSolverLog() {
        if (LoggerFactory.getLogger("ai.timefold") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}

package io.hubrota.solver.run;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.solver.domain.RotaSolution;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Solves one rota for a fixed time with the product's solver configuration and reports what a benchmark needs: the
 * final score, when the first feasible (hard 0) solution appeared, and the move evaluation speed.
 */
public final class TimedSolve {

    public static final String SOLVER_CONFIG = "solver/hub-rota-solver.xml";

    private TimedSolve() {
    }

    public record Result(RotaSolution solution, HardMediumSoftLongScore score, double firstFeasibleSeconds,
            long moveEvaluationSpeed, double seconds) {
    }

    public static SolverConfig config(Duration limit) {
        return config(SOLVER_CONFIG, limit);
    }

    /** Another solver configuration on the classpath (e.g. a benchmark's own), with the same fixed spent limit. */
    public static SolverConfig config(String resource, Duration limit) {
        SolverConfig config = SolverConfig.createFromXmlResource(resource);
        // A fixed spent limit replaces the configuration's default, so runs are comparable.
        return config.withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    public static Result solve(RotaSolution problem, Duration limit) {
        return solve(problem, config(limit));
    }

    public static Result solve(RotaSolution problem, SolverConfig config) {
        SolverFactory<RotaSolution> factory = SolverFactory.create(config);
        AtomicLong firstFeasibleMillis = new AtomicLong(-1);
        long started = System.nanoTime();
        try (SolverManager<RotaSolution, Long> manager = SolverManager.create(factory)) {
            SolverJob<RotaSolution, Long> job = manager.solveBuilder()
                    .withProblemId(1L)
                    .withProblem(problem)
                    .withBestSolutionEventConsumer(event -> {
                        HardMediumSoftLongScore score = event.solution().getScore();
                        if (score != null && score.isFeasible() && firstFeasibleMillis.get() < 0) {
                            firstFeasibleMillis.set((System.nanoTime() - started) / 1_000_000);
                        }
                    })
                    .run();
            RotaSolution best = job.getFinalBestSolution();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (best.getScore().isFeasible() && firstFeasibleMillis.get() < 0) {
                firstFeasibleMillis.set(Math.round(seconds * 1000));
            }
            double firstFeasible = firstFeasibleMillis.get() < 0 ? -1 : firstFeasibleMillis.get() / 1000.0;
            return new Result(best, best.getScore(), firstFeasible, job.getMoveEvaluationSpeed(), seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Solving was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Solving failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}

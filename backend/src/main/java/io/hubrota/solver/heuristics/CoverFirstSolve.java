package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.CoverWeights;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.RotaSolutionCloner;
import io.hubrota.solver.domain.ShiftRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Cover first: solves a copy of the working roster in which cover outweighs every shift request together (each post's
 * weights times one more than the sum of all request weights), with a nested solver of
 * {@link #setSolverConfig the given configuration}, until this phase's time is up, and puts its best roster in the
 * working solution. Timefold goes on from its best solution after a phase, so that roster counts only where the
 * problem's own weights rate it better than the best so far.
 *
 * <p>Why: with the problem's own weights a post short costs 100 and a request 1 to 3, so a local search may keep a
 * roster with a post more short when every way to cover it costs a few requests on the lines it passes through; at
 * the lexicographic weights those steps cost nothing, and the search reaches other rosters (Curtois Instance7 at
 * 60 s, seeds 1-3: 1,087/1,166/1,172 without this phase, 1,085/1,090/1,085 with it; docs/benchmarks.md).
 *
 * <p>The nested solver runs on this thread and is stopped when this phase's own termination says so, so the phase
 * needs one (a spent limit) or it runs until the whole solver ends.
 */
public class CoverFirstSolve implements PhaseCommand<RotaSolution> {

    private static final long POLL_MILLIS = 20;

    private String solverConfig;
    private Long seed;

    /** Classpath resource of the nested solver's configuration (its own termination is replaced by this phase's). */
    public void setSolverConfig(String solverConfig) {
        this.solverConfig = solverConfig;
    }

    /** Random seed of the nested solver and of its {@link CoverPriceDescent} phases. */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        if (solverConfig == null) {
            throw new IllegalStateException("CoverFirstSolve needs the solverConfig property.");
        }
        RotaSolution working = scoreDirector.getWorkingSolution();
        // Without requests or without weighed cover there is nothing to put first or second (hub rotas have neither).
        if (working.getShiftRequests().isEmpty() || working.getCoverWeights().isEmpty()
                || isPhaseTerminated.getAsBoolean()) {
            return;
        }
        RotaSolution solved = solveNested(coverFirstProblem(working), isPhaseTerminated);
        // Timefold goes on from its best roster after each phase, so this roster counts only if it is the new best.
        apply(scoreDirector, working.getClinicianDays(), solved.getClinicianDays());
    }

    /**
     * A copy of the working roster in which each post's cover weights are multiplied by one more than the sum of all
     * request weights, so that one post of cover outweighs every request together.
     */
    static RotaSolution coverFirstProblem(RotaSolution working) {
        RotaSolution problem = new RotaSolutionCloner().cloneSolution(working);
        long factor = 1 + working.getShiftRequests().stream().mapToLong(ShiftRequest::weight).sum();
        problem.setCoverWeights(working.getCoverWeights().stream().map(weights -> new CoverWeights(weights.post(),
                Math.toIntExact(weights.underWeight() * factor), Math.toIntExact(weights.overWeight() * factor)))
                .toList());
        return problem;
    }

    private RotaSolution solveNested(RotaSolution problem, BooleanSupplier isTerminated) {
        SolverConfig config = SolverConfig.createFromXmlResource(solverConfig).withTerminationConfig(null);
        if (seed != null) {
            config = PhaseSeeds.withSeed(config, seed);
        }
        Solver<RotaSolution> solver = SolverFactory.<RotaSolution>create(config).buildSolver();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cover-first-watch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            watcher.scheduleWithFixedDelay(() -> {
                if (isTerminated.getAsBoolean()) {
                    solver.terminateEarly();
                }
            }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
            return solver.solve(problem);
        } finally {
            watcher.shutdownNow();
        }
    }

    /** The solved posts onto the working days; both lists are in the same order (the cloner keeps it). */
    private static void apply(ScoreDirector<RotaSolution> scoreDirector, List<ClinicianDay> days,
            List<ClinicianDay> solved) {
        List<Post> posts = new ArrayList<>(solved.size());
        for (int index = 0; index < days.size(); index++) {
            if (!days.get(index).getId().equals(solved.get(index).getId())) {
                throw new IllegalStateException("The nested solve reordered the clinician-days.");
            }
            posts.add(solved.get(index).getPost());
        }
        BestLineDescent.assign(scoreDirector, days, posts);
    }
}

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
import java.util.Set;
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
 * <p>With {@link #setCoverOnlySeconds coverOnlySeconds}, a first nested solve leaves the requests out altogether for that
 * long, and the solve above starts from its roster. Without requests most moves that keep cover cost nothing, so the
 * local search walks far along rosters of equal cover, where the requests as tie-breaks hold it near its start (Curtois
 * Instance8, 60 s, seeds 1-4: 1,650/1,545/1,753/1,640 without it, 1,475/1,557/1,465/1,466 with 8 of the phase's 15 s
 * cover only; docs/benchmarks.md).
 *
 * <p>With {@link #setScarceCoverFactor scarceCoverFactor}, that cover-only solve weighs a post short of a scarce shift
 * type (one whose cover asks for more than the caps on it allow) more than the others. Cover short of such a type is
 * forced, and at equal weights a roster with one of its capped slots unworked and every other post covered costs the
 * same as one with the slot worked and another post short, so the search has no reason to fill the slot; with the
 * factor it fills it (Curtois Instance8, whose nights are capped at 74 against 86 asked: at 60 s a third of 21 runs
 * within 10 % of the optimum against 1 of 11, the median about the same; docs/benchmarks.md, "Added on 2026-12-05
 * (stop 28)").
 *
 * <p>The nested solver runs on this thread and is stopped when this phase's own termination says so, so the phase
 * needs one (a spent limit) or it runs until the whole solver ends.
 */
public class CoverFirstSolve implements PhaseCommand<RotaSolution> {

    private static final long POLL_MILLIS = 20;

    private String solverConfig;
    private Long seed;
    private long coverOnlyMillis;
    private int scarceCoverFactor = 1;

    /** Classpath resource of the nested solver's configuration (its own termination is replaced by this phase's). */
    public void setSolverConfig(String solverConfig) {
        this.solverConfig = solverConfig;
    }

    /** Random seed of the nested solver and of its {@link CoverPriceDescent} phases. */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    /**
     * Seconds of a first nested solve with the requests left out altogether, before the one where they come second
     * (0, the default: none).
     */
    public void setCoverOnlySeconds(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("coverOnlySeconds must be 0 or more, not " + seconds + ".");
        }
        this.coverOnlyMillis = Math.round(seconds * 1000);
    }

    /**
     * In the cover-only solve, a post of a {@link ScarceShiftTypes scarce shift type} short weighs this many times its
     * own under weight (1, the default: as the problem weighs it).
     */
    public void setScarceCoverFactor(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("scarceCoverFactor must be 1 or more, not " + factor + ".");
        }
        this.scarceCoverFactor = factor;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        if (solverConfig == null) {
            throw new IllegalStateException("CoverFirstSolve needs the solverConfig property.");
        }
        RotaSolution working = scoreDirector.getWorkingSolution();
        if (!appliesTo(working) || isPhaseTerminated.getAsBoolean()) {
            return;
        }
        SolverFactory<RotaSolution> nested = nestedSolverFactory();
        RotaSolution problem = coverFirstProblem(working);
        if (coverOnlyMillis > 0) {
            long deadline = System.currentTimeMillis() + Math.min(coverOnlyMillis, Long.MAX_VALUE / 2);
            RotaSolution coverOnly = solveNested(nested, coverOnlyProblem(working, scarceCoverFactor),
                    () -> isPhaseTerminated.getAsBoolean() || System.currentTimeMillis() >= deadline);
            // The second solve starts from the cover-only roster: not solved yet, so no score director to tell.
            List<Post> posts = postsInOrder(problem.getClinicianDays(), coverOnly.getClinicianDays());
            for (int index = 0; index < posts.size(); index++) {
                problem.getClinicianDays().get(index).setPost(posts.get(index));
            }
        }
        RotaSolution solved = solveNested(nested, problem, isPhaseTerminated);
        // Timefold goes on from its best roster after each phase, so this roster counts only if it is the new best.
        apply(scoreDirector, working.getClinicianDays(), solved.getClinicianDays());
    }

    /**
     * Whether the phase has anything to do: without requests or without weighed cover there is nothing to put first or
     * second (hub rotas have neither).
     */
    boolean appliesTo(RotaSolution working) {
        return !working.getShiftRequests().isEmpty() && !working.getCoverWeights().isEmpty();
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

    /**
     * A copy of the working roster without its shift requests: cover alone, with each post of a
     * {@link ScarceShiftTypes scarce shift type} short at {@code scarceFactor} times its under weight.
     */
    static RotaSolution coverOnlyProblem(RotaSolution working, int scarceFactor) {
        RotaSolution problem = new RotaSolutionCloner().cloneSolution(working);
        problem.setShiftRequests(List.of());
        if (scarceFactor != 1) {
            Set<String> scarce = ScarceShiftTypes.of(working);
            problem.setCoverWeights(working.getCoverWeights().stream()
                    .map(weights -> scarce.contains(ScarceShiftTypes.typeOf(working, weights))
                            ? new CoverWeights(weights.post(), Math.multiplyExact(weights.underWeight(), scarceFactor),
                                    weights.overWeight())
                            : weights)
                    .toList());
        }
        return problem;
    }

    /** The nested configuration, read once per phase for both solves, without a termination of its own. */
    private SolverFactory<RotaSolution> nestedSolverFactory() {
        SolverConfig config = SolverConfig.createFromXmlResource(solverConfig).withTerminationConfig(null);
        return SolverFactory.create(seed == null ? config : PhaseSeeds.withSeed(config, seed));
    }

    private static RotaSolution solveNested(SolverFactory<RotaSolution> factory, RotaSolution problem,
            BooleanSupplier isTerminated) {
        Solver<RotaSolution> solver = factory.buildSolver();
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

    /** The solved posts onto the working days (see {@link #postsInOrder}). */
    private static void apply(ScoreDirector<RotaSolution> scoreDirector, List<ClinicianDay> days,
            List<ClinicianDay> solved) {
        BestLineDescent.assign(scoreDirector, days, postsInOrder(days, solved));
    }

    /** The posts of a solved copy's days, in the order of {@code days}: the cloner keeps the order. */
    private static List<Post> postsInOrder(List<ClinicianDay> days, List<ClinicianDay> solved) {
        List<Post> posts = new ArrayList<>(solved.size());
        for (int index = 0; index < days.size(); index++) {
            if (!days.get(index).getId().equals(solved.get(index).getId())) {
                throw new IllegalStateException("The nested solve reordered the clinician-days.");
            }
            posts.add(solved.get(index).getPost());
        }
        return posts;
    }
}

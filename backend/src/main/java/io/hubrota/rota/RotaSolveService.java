package io.hubrota.rota;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Solves rotas in the background. The best solution so far is written to the rota's working copy as it improves
 * (at most every {@code hubrota.solver.save-interval}), each time in its own transaction, so a crash loses at most
 * the last few seconds of solving; progress goes to the browsers following the solve (at most twice a second).
 */
@Service
public class RotaSolveService {

    private static final Logger log = LoggerFactory.getLogger(RotaSolveService.class);

    private static final Duration EVENT_INTERVAL = Duration.ofMillis(500);

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final SolverManager<RotaSolution, Long> solverManager;

    private final RotaScoring scoring;

    private final RotaRepository rotas;

    private final RotaProblemFactory problems;

    private final SolutionWriter writer;

    private final RotaSolverStateRepository states;

    private final SolveEvents events;

    private final TransactionTemplate transaction;

    private final Duration spentLimit;

    private final Duration saveInterval;

    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    RotaSolveService(SolverManager<RotaSolution, Long> solverManager, RotaScoring scoring, RotaRepository rotas,
            RotaProblemFactory problems, SolutionWriter writer, RotaSolverStateRepository states, SolveEvents events,
            PlatformTransactionManager transactionManager,
            @Value("${hubrota.solver.spent-limit:60s}") Duration spentLimit,
            @Value("${hubrota.solver.save-interval:2s}") Duration saveInterval) {
        this.solverManager = solverManager;
        this.scoring = scoring;
        this.rotas = rotas;
        this.problems = problems;
        this.writer = writer;
        this.states = states;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.spentLimit = spentLimit;
        this.saveInterval = saveInterval;
    }

    /**
     * Whether a solve of the rota is running or still saving its final solution. It turns false only after the final
     * save has committed, so a caller that asks this <em>before</em> reading the rota and gets false reads the final
     * plan and version. Asked after reading, a false answer says nothing about what was read: the final save may have
     * committed in between, leaving the caller with the version before it (a later publish would then get 409).
     */
    public boolean isSolving(long rotaId) {
        return runs.containsKey(rotaId) || solverManager.getSolverStatus(rotaId) != SolverStatus.NOT_SOLVING;
    }

    /** The rotas being solved now, for lists; the same ordering rule as {@link #isSolving} applies. */
    public Set<Long> solvingRotaIds() {
        return Set.copyOf(runs.keySet());
    }

    /** Starts solving from the current working copy; its pinned assignments stay, the rest may move. */
    public void start(long rotaId) {
        Run run = new Run(Instant.now());
        if (runs.putIfAbsent(rotaId, run) != null || solverManager.getSolverStatus(rotaId) != SolverStatus.NOT_SOLVING) {
            throw new ConflictException("This rota is already being solved");
        }
        try {
            RotaSolution solution = transaction.execute(status -> {
                Rota rota = rotas.findWithHubsById(rotaId)
                        .orElseThrow(() -> new NotFoundException("No rota " + rotaId));
                if (rota.getStatus() == RotaStatus.ARCHIVED) {
                    throw new ConflictException("An archived rota cannot be solved");
                }
                RotaSolverState state = states.findById(rotaId).orElseGet(() -> new RotaSolverState(rotaId));
                state.started(run.started);
                states.save(state);
                return startingPoint(problems.problemFor(rota), problems.workingCopy(rota));
            });
            solverManager.solveBuilder()
                    .withProblemId(rotaId)
                    .withProblem(solution)
                    .withBestSolutionEventConsumer(event -> onBestSolution(rotaId, run, event.solution()))
                    .withFinalBestSolutionEventConsumer(event -> onFinalSolution(rotaId, run, event.solution()))
                    .withExceptionHandler((id, error) -> onFailure(rotaId, run, error))
                    .withConfigOverride(new SolverConfigOverride<RotaSolution>()
                            .withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit)))
                    .run();
        } catch (RuntimeException e) {
            runs.remove(rotaId, run);
            throw e;
        }
    }

    public void stop(long rotaId) {
        if (!isSolving(rotaId)) {
            throw new ConflictException("This rota is not being solved");
        }
        solverManager.terminateEarly(rotaId);
    }

    /** Where the browser follows a solve: the current state first, then each new best solution. */
    public SseEmitter follow(long rotaId) {
        Run run = runs.get(rotaId);
        if (run != null && run.lastEvent != null) {
            return events.follow(rotaId, run.lastEvent);
        }
        SolveEvent saved = states.findById(rotaId)
                .filter(state -> state.getHardScore() != null)
                .map(state -> new SolveEvent(new ScoreResponse(state.getHardScore(), state.getMediumScore(),
                        state.getSoftScore()), secondsBetween(state.getStartedAt(), state.getLastSavedAt()),
                        state.getCoveragePercent(), run != null))
                .orElse(run == null ? null : new SolveEvent(null, 0, 0, true));
        return events.follow(rotaId, saved);
    }

    /**
     * The working copy as the solver's starting point: every assignment in place (so a re-solve starts from what
     * the manager sees), but only the pinned ones held there.
     */
    static RotaSolution startingPoint(ProblemDocument problem, java.util.List<ProblemDocument.Assignment> working) {
        Set<String> pinned = problem.pinned().stream()
                .map(a -> a.clinicianId() + "@" + a.shiftId())
                .collect(Collectors.toSet());
        RotaSolution solution = RotaScoring.solutionOf(problem, working);
        for (ClinicianDay day : solution.getClinicianDays()) {
            if (day.isPinned() && !pinned.contains(day.getClinician().id() + "@" + day.getShiftId())) {
                day.setPinned(false);
            }
        }
        return solution;
    }

    private void onBestSolution(long rotaId, Run run, RotaSolution solution) {
        Instant now = Instant.now();
        SolveEvent event = event(run, solution, now, true);
        run.lastEvent = event;
        if (run.lastEventSentAt == null || Duration.between(run.lastEventSentAt, now).compareTo(EVENT_INTERVAL) >= 0) {
            run.lastEventSentAt = now;
            events.publish(rotaId, event);
        }
        if (run.lastSavedAt == null || Duration.between(run.lastSavedAt, now).compareTo(saveInterval) >= 0) {
            run.lastSavedAt = now;
            // Best-solution and final-solution consumers may run on different threads: an in-progress save
            // finishes before the final one starts, and none runs after it (it would write an older plan back).
            synchronized (run) {
                if (!run.finished) {
                    save(rotaId, solution, event, now, false);
                }
            }
        }
    }

    private void onFinalSolution(long rotaId, Run run, RotaSolution solution) {
        Instant now = Instant.now();
        SolveEvent event = event(run, solution, now, false);
        try {
            synchronized (run) {
                run.finished = true;
                save(rotaId, solution, event, now, true);
            }
        } finally {
            runs.remove(rotaId, run);
            events.finish(rotaId, event);
        }
    }

    private void onFailure(long rotaId, Run run, Throwable error) {
        log.error("Solving rota {} failed; its last saved best solution stays", rotaId, error);
        try {
            transaction.executeWithoutResult(status -> states.findById(rotaId)
                    .ifPresent(state -> state.finished(Instant.now())));
        } finally {
            runs.remove(rotaId, run);
            events.finish(rotaId, run.lastEvent == null ? new SolveEvent(null, 0, 0, false)
                    : new SolveEvent(run.lastEvent.bestScore(), run.lastEvent.secondsSpent(),
                            run.lastEvent.coveragePercent(), false));
        }
    }

    private void save(long rotaId, RotaSolution solution, SolveEvent event, Instant now, boolean finished) {
        try {
            transaction.executeWithoutResult(status -> {
                Rota rota = rotas.findById(rotaId).orElse(null);
                if (rota == null) {
                    return;
                }
                writer.write(rota, solution);
                RotaSolverState state = states.findById(rotaId).orElseGet(() -> new RotaSolverState(rotaId));
                HardMediumSoftLongScore score = solution.getScore();
                state.saved(score.hardScore(), score.mediumScore(), score.softScore(), event.coveragePercent(), now);
                if (finished) {
                    state.finished(now);
                }
                states.save(state);
            });
        } catch (RuntimeException e) {
            // The next save (or the final one) tries again; the previous save is still in the database.
            log.warn("Could not save the best solution of rota {} so far", rotaId, e);
        }
    }

    private SolveEvent event(Run run, RotaSolution solution, Instant now, boolean solving) {
        return new SolveEvent(ScoreResponse.of(solution.getScore()), secondsBetween(run.started, now),
                Coverage.of(solution), solving);
    }

    private static double secondsBetween(Instant from, Instant to) {
        return from == null || to == null ? 0 : Duration.between(from, to).toMillis() / 1000.0;
    }

    /**
     * On shutdown, ends running solves so their final best solutions are saved while the database is still there;
     * what a hard crash interrupts is tidied on the next start ({@link InterruptedSolveRecovery}).
     */
    @PreDestroy
    void stopAll() {
        runs.keySet().forEach(solverManager::terminateEarly);
        Instant deadline = Instant.now().plus(SHUTDOWN_WAIT);
        while (!runs.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One solve: when it started and what was last sent and saved (touched only by the solver's event thread). */
    private static final class Run {

        private final Instant started;

        private volatile SolveEvent lastEvent;

        private Instant lastEventSentAt;

        private Instant lastSavedAt;

        /** Set once the final solution is being saved; guarded by the run's monitor. */
        private boolean finished;

        Run(Instant started) {
            this.started = started;
        }
    }
}

package io.hubrota.rota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last known state of a rota's solver run: written when a solve starts, each time its best solution so far is
 * saved, and when it ends. Only the solver writes it, so it needs no optimistic lock.
 */
@Entity
@Table(name = "rota_solver_states")
public class RotaSolverState {

    @Id
    @Column(name = "rota_id")
    private Long rotaId;

    @Enumerated(EnumType.STRING)
    private SolverStatus status = SolverStatus.NOT_SOLVING;

    private Long hardScore;

    private Long mediumScore;

    private Long softScore;

    private Double coveragePercent;

    private Instant startedAt;

    private Instant lastSavedAt;

    private Instant finishedAt;

    protected RotaSolverState() {
    }

    public RotaSolverState(Long rotaId) {
        this.rotaId = rotaId;
    }

    public void started(Instant at) {
        status = SolverStatus.SOLVING;
        startedAt = at;
        finishedAt = null;
    }

    public void saved(long hard, long medium, long soft, double coverage, Instant at) {
        hardScore = hard;
        mediumScore = medium;
        softScore = soft;
        coveragePercent = coverage;
        lastSavedAt = at;
    }

    public void finished(Instant at) {
        status = SolverStatus.NOT_SOLVING;
        finishedAt = at;
    }

    public Long getRotaId() {
        return rotaId;
    }

    public SolverStatus getStatus() {
        return status;
    }

    public Long getHardScore() {
        return hardScore;
    }

    public Long getMediumScore() {
        return mediumScore;
    }

    public Long getSoftScore() {
        return softScore;
    }

    public Double getCoveragePercent() {
        return coveragePercent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSavedAt() {
        return lastSavedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

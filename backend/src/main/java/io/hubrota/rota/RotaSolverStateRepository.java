package io.hubrota.rota;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RotaSolverStateRepository extends JpaRepository<RotaSolverState, Long> {

    /** Marks every run recorded as solving as ended: used on start, when no solver of this process can be running. */
    @Modifying
    @Query("update RotaSolverState s set s.status = io.hubrota.rota.SolverStatus.NOT_SOLVING, s.finishedAt = :at"
            + " where s.status = io.hubrota.rota.SolverStatus.SOLVING")
    int endInterruptedRuns(Instant at);
}

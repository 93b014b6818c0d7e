package io.hubrota.rota;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rota recorded as solving when the application starts was being solved by a process that is gone: its solve is
 * over. Its best solution saved so far stays in the working copy.
 */
@Component
class InterruptedSolveRecovery {

    private static final Logger log = LoggerFactory.getLogger(InterruptedSolveRecovery.class);

    private final RotaSolverStateRepository states;

    InterruptedSolveRecovery(RotaSolverStateRepository states) {
        this.states = states;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void endInterruptedSolves() {
        int ended = states.endInterruptedRuns(Instant.now());
        if (ended > 0) {
            log.info("{} rota solve(s) were interrupted by a restart; their last saved best solutions stay", ended);
        }
    }
}

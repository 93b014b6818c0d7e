package io.hubrota.rota;

/** Whether a solver is working on a rota right now (as recorded in the database, so it survives a restart). */
public enum SolverStatus {
    SOLVING,
    NOT_SOLVING
}

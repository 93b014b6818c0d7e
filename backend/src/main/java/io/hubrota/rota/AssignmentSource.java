package io.hubrota.rota;

/** Who made an assignment: the solver, or a hub manager by hand (which the solver must not undo silently). */
public enum AssignmentSource {
    SOLVER,
    MANUAL
}

package io.hubrota.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a rota is penalised, in a sentence a hub manager can read (shown next to the score). */
public interface RotaJustification extends ConstraintJustification {

    String description();
}

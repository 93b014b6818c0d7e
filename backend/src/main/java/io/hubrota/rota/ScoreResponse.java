package io.hubrota.rota;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A rota's score: hard (legal and safe, must be 0), medium (minimum cover), soft (everything else). */
public record ScoreResponse(long hard, long medium, long soft) {

    public static ScoreResponse of(HardMediumSoftLongScore score) {
        return score == null ? null : new ScoreResponse(score.hardScore(), score.mediumScore(), score.softScore());
    }
}

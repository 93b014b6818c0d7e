package io.hubrota.solver.domain;

/**
 * Per-person soft weights of one post's cover: each clinician short of {@link Post#min()} costs {@code underWeight},
 * each beyond it {@code overWeight}. Hub rotas have none (their cover is the minute-based medium and soft rules).
 */
public record CoverWeights(Post post, int underWeight, int overWeight) {
}

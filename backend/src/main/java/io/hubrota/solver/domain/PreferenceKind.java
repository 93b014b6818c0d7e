package io.hubrota.solver.domain;

public enum PreferenceKind {
    WANT_SHIFT,
    AVOID_SHIFT,
    AVOID_DAY,
    PREFER_HUB,
    AVOID_HUB
}

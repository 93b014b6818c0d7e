package io.hubrota.clinicians;

public enum UnavailabilityKind {
    LEAVE,
    SICKNESS,
    TRAINING,
    OTHER
}

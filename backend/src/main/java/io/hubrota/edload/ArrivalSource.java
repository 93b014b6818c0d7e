package io.hubrota.edload;

/** Where an hour's arrivals came from: an extract from the hospital, or the demo generator. */
public enum ArrivalSource {
    IMPORT,
    GENERATED
}

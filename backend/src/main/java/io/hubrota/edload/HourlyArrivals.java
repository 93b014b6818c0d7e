package io.hubrota.edload;

import java.time.Instant;

/** Arrivals in the real hour starting at {@code hourStart}; {@code gpTreatable} is null when not known. */
public record HourlyArrivals(Instant hourStart, int arrivals, Integer gpTreatable) {
}

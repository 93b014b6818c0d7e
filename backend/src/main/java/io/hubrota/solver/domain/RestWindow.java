package io.hubrota.solver.domain;

import java.time.LocalDate;

/**
 * Seven consecutive local dates inside the horizon, in which a weekly rest must fit. {@code span} is real time, so a
 * window holding a clock change lasts 167 or 169 hours.
 */
public record RestWindow(LocalDate firstDate, TimeSpan span) {
}

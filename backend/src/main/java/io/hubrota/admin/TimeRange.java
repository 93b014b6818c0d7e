package io.hubrota.admin;

import java.time.LocalTime;

/** A request part with a wall-clock start and end on one day, checked by {@link EndAfterStart}. */
interface TimeRange {

    LocalTime start();

    LocalTime end();
}

package io.hubrota.shared.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period given as {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD}, both days inclusive, bound from query parameters. Capped
 * at a little over a year so that one request cannot ask the server to expand decades of rota.
 */
public record DateRange(@NotNull LocalDate from, @NotNull LocalDate to) {

    public static final int MAX_DAYS = 371;

    @AssertTrue(message = "to must not be before from")
    public boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }

    @AssertTrue(message = "the period may span at most " + MAX_DAYS + " days")
    public boolean isShortEnough() {
        return from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}

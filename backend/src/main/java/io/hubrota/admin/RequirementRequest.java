package io.hubrota.admin;

import io.hubrota.shared.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A line of a template's skill mix: at least {@code min} of a role with all the skills; {@code desired} ideally. */
record RequirementRequest(@NotNull Role role, @NotNull Set<@NotBlank @Size(max = 50) String> skills,
        @NotNull @PositiveOrZero Integer min, @NotNull @Positive Integer desired) {

    @AssertTrue(message = "desired must be at least min")
    boolean isDesiredAtLeastMin() {
        return min == null || desired == null || desired >= min;
    }
}

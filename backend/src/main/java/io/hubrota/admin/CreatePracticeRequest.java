package io.hubrota.admin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A new practice, from the API or from a row of a practice import. */
record CreatePracticeRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String locality,
        @NotNull @PositiveOrZero Integer listSize,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}

package io.hubrota.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A hub's new fields and opening hours (replacing all of them), and the version they were edited from. */
record UpdateHubRequest(
        @NotNull Integer version,
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String town,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull @Positive Integer rooms,
        @NotNull @PositiveOrZero Integer populationServed,
        @NotNull @Size(max = 7) List<@NotNull @Valid OpeningHoursRequest> openingHours) {
}

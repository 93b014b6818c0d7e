package io.hubrota.admin;

import io.hubrota.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A new clinician with their weekly practice commitments. */
record CreateClinicianRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull Role role,
        @NotNull Set<@NotBlank @Size(max = 50) String> skills,
        @NotNull Long practiceId,
        @NotNull @Min(1) @Max(ClinicianLimits.MAX_BASELINE_WEEKLY_MINUTES) Integer baselineWeeklyMinutes,
        @NotNull @Min(0) @Max(ClinicianLimits.MAX_TRAVEL_MINUTES) Integer maxTravelMinutes,
        @NotNull List<@NotNull @Valid CommitmentRequest> commitments,
        @Schema(nullable = true, description = "Where notifications are e-mailed; omit or null for none")
        @Email @Size(max = 254) String email) {

    CreateClinicianRequest withEmail(String other) {
        return new CreateClinicianRequest(code, name, role, skills, practiceId, baselineWeeklyMinutes,
                maxTravelMinutes, commitments, other);
    }
}

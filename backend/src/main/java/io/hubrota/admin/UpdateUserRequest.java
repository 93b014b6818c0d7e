package io.hubrota.admin;

import io.hubrota.security.UserRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A login's new name, roles, hub scope and clinician link; the username stays as it is. */
record UpdateUserRequest(
        @NotNull Integer version,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull UserRole> roles,
        @NotNull Set<@NotNull Long> hubIds,
        Long clinicianId,
        @NotNull Boolean enabled) {
}

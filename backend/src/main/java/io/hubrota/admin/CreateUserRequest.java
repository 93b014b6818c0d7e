package io.hubrota.admin;

import io.hubrota.security.UserRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new login: hub managers name the hubs they manage; a clinician's login links to their clinician record. The
 * password is stored only as a hash.
 */
record CreateUserRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*",
                message = "letters, digits, '.', '_', '@' and '-' only") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Size(min = UserRules.MIN_PASSWORD_LENGTH, max = 128) String password,
        @NotEmpty Set<@NotNull UserRole> roles,
        @NotNull Set<@NotNull Long> hubIds,
        Long clinicianId) {
}

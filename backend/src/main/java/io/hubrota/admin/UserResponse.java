package io.hubrota.admin;

import io.hubrota.security.UserRole;
import java.util.Set;

/** A login as administrators see it; never the password hash. */
record UserResponse(Long id, Integer version, String username, String displayName, boolean enabled,
        Set<UserRole> roles, Set<Long> hubIds, Long clinicianId) {
}

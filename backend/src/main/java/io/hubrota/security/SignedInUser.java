package io.hubrota.security;

import java.util.Set;

/**
 * Who is making the request, as the rest of the app needs it: the local user, their roles, the clinician record
 * they are (if any) and the hubs they manage (hub managers only).
 */
public record SignedInUser(long id, String username, String displayName, Set<UserRole> roles, Long clinicianId,
        Set<Long> hubIds) {

    public SignedInUser {
        roles = Set.copyOf(roles);
        hubIds = Set.copyOf(hubIds);
    }

    public boolean hasRole(UserRole role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(UserRole.ADMIN);
    }

    /** True for an admin, and for a hub manager whose scope includes the hub. */
    public boolean manages(long hubId) {
        return isAdmin() || hasRole(UserRole.HUB_MANAGER) && hubIds.contains(hubId);
    }
}

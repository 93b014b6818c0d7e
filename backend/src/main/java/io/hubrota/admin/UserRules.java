package io.hubrota.admin;

import io.hubrota.security.UserRole;
import io.hubrota.shared.web.UnprocessableException;
import java.util.Set;

/** How roles, hub scope and the clinician link fit together on one login. */
final class UserRules {

    /** NCSC guidance favours length over composition rules. */
    static final int MIN_PASSWORD_LENGTH = 12;

    private UserRules() {
    }

    static void requireConsistent(Set<UserRole> roles, Set<Long> hubIds, Long clinicianId) {
        boolean manager = roles.contains(UserRole.HUB_MANAGER);
        if (manager && hubIds.isEmpty()) {
            throw new UnprocessableException("A hub manager must manage at least one hub.");
        }
        if (!manager && !hubIds.isEmpty()) {
            throw new UnprocessableException("Only hub managers are scoped to hubs; leave hubIds empty.");
        }
        if (roles.contains(UserRole.CLINICIAN) && clinicianId == null) {
            throw new UnprocessableException("A clinician login must be linked to a clinician (clinicianId).");
        }
    }
}

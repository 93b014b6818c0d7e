package io.hubrota.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Hub-scope checks that URL rules cannot express: a hub manager may change only the hubs they manage. Call it in
 * the service or controller before changing anything that belongs to a hub.
 */
@Component
public class HubAccess {

    private final CurrentUser currentUser;

    HubAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Returns quietly for an admin or a hub manager of this hub; otherwise throws (answered with 403). */
    public void requireManages(long hubId) {
        if (!canManage(hubId)) {
            throw new AccessDeniedException("You do not manage hub " + hubId);
        }
    }

    public boolean canManage(long hubId) {
        return currentUser.find().map(user -> user.manages(hubId)).orElse(false);
    }

    /** Returns quietly for an admin or the clinician themselves; otherwise throws (answered with 403). */
    public void requireSelfOrAdmin(long clinicianId) {
        boolean allowed = currentUser.find()
            .map(user -> user.isAdmin() || Long.valueOf(clinicianId).equals(user.clinicianId()))
            .orElse(false);
        if (!allowed) {
            throw new AccessDeniedException("Not your clinician record");
        }
    }
}

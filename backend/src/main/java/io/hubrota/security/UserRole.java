package io.hubrota.security;

/** What a login may do (DESIGN §2); distinct from a clinician's clinical {@link io.hubrota.shared.Role}. */
public enum UserRole {
    ADMIN,
    HUB_MANAGER,
    CLINICIAN,
    OPS_LEAD
}

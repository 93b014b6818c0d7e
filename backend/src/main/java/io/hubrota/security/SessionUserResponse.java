package io.hubrota.security;

import java.util.List;

/** The signed-in user as the SPA needs it to choose its screens. */
record SessionUserResponse(String username, String displayName, List<UserRole> roles, Long clinicianId,
        List<Long> hubIds) {

    static SessionUserResponse of(SignedInUser user) {
        return new SessionUserResponse(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                user.clinicianId(), user.hubIds().stream().sorted().toList());
    }
}

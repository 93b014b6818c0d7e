package io.hubrota.security;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The signed-in user as the SPA needs it to choose its screens. */
record CurrentUserResponse(@Schema(requiredMode = REQUIRED) String username,
        @Schema(requiredMode = REQUIRED) String displayName, @Schema(requiredMode = REQUIRED) List<UserRole> roles,
        @Schema(requiredMode = REQUIRED, types = { "integer", "null" }, format = "int64",
                description = "The clinician record of this login; null for logins that are not a clinician's") Long clinicianId,
        @Schema(requiredMode = REQUIRED, description = "The hubs a hub manager manages; empty otherwise") List<Long> hubIds) {

    static CurrentUserResponse of(SignedInUser user) {
        return new CurrentUserResponse(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                user.clinicianId(), user.hubIds().stream().sorted().toList());
    }
}

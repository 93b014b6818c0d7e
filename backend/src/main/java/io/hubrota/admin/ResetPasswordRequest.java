package io.hubrota.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ResetPasswordRequest(@NotNull Integer version,
        @NotBlank @Size(min = UserRules.MIN_PASSWORD_LENGTH, max = 128) String password) {
}

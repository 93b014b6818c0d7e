package io.hubrota.admin;

import jakarta.validation.constraints.NotNull;

record SetUserEnabledRequest(@NotNull Integer version, @NotNull Boolean enabled) {
}

package io.hubrota.security;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LoginRequest(@Schema(requiredMode = REQUIRED) @NotBlank @Size(max = 100) String username,
        @Schema(requiredMode = REQUIRED) @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}

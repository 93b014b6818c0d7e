package io.hubrota.admin;

import io.hubrota.audit.AuditLog;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Logins are disabled rather than deleted, so the audit trail keeps naming who did what. */
@RestController
@RequestMapping("/api/admin/users")
class AdminUserController {

    private final UserAdminService users;
    private final AuditLog audit;

    AdminUserController(UserAdminService users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping
    List<UserResponse> list() {
        return users.all();
    }

    @GetMapping("/{userId}")
    UserResponse get(@PathVariable long userId) {
        return users.get(userId);
    }

    @PostMapping
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        UserResponse created = users.create(request);
        audit.recordAsCurrentUser("USER_CREATED", "user/" + created.id(), describe(created));
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.id())).body(created);
    }

    @PutMapping("/{userId}")
    UserResponse update(@PathVariable long userId, @Valid @RequestBody UpdateUserRequest request) {
        UserResponse updated = users.update(userId, request);
        audit.recordAsCurrentUser("USER_UPDATED", "user/" + userId, describe(updated));
        return updated;
    }

    @PutMapping("/{userId}/enabled")
    UserResponse setEnabled(@PathVariable long userId, @Valid @RequestBody SetUserEnabledRequest request) {
        UserResponse changed = users.setEnabled(userId, request);
        audit.recordAsCurrentUser(changed.enabled() ? "USER_ENABLED" : "USER_DISABLED", "user/" + userId,
                changed.username());
        return changed;
    }

    @PutMapping("/{userId}/password")
    UserResponse resetPassword(@PathVariable long userId, @Valid @RequestBody ResetPasswordRequest request) {
        UserResponse changed = users.resetPassword(userId, request);
        // Never the password itself, nor its hash.
        audit.recordAsCurrentUser("USER_PASSWORD_RESET", "user/" + userId, changed.username());
        return changed;
    }

    private static String describe(UserResponse user) {
        return user.username() + " " + user.roles() + (user.enabled() ? "" : ", disabled");
    }
}

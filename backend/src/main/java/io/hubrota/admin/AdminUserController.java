package io.hubrota.admin;

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

    AdminUserController(UserAdminService users) {
        this.users = users;
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
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.id())).body(created);
    }

    @PutMapping("/{userId}")
    UserResponse update(@PathVariable long userId, @Valid @RequestBody UpdateUserRequest request) {
        return users.update(userId, request);
    }

    @PutMapping("/{userId}/enabled")
    UserResponse setEnabled(@PathVariable long userId, @Valid @RequestBody SetUserEnabledRequest request) {
        return users.setEnabled(userId, request);
    }

    @PutMapping("/{userId}/password")
    UserResponse resetPassword(@PathVariable long userId, @Valid @RequestBody ResetPasswordRequest request) {
        return users.resetPassword(userId, request);
    }
}

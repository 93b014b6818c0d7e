package io.hubrota.admin;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.UnprocessableException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logins: roles, hub scope, the link to a clinician record, enabling and password resets. */
@Service
@Transactional
class UserAdminService {

    private final UserAccountRepository users;
    private final HubRepository hubs;
    private final ClinicianRepository clinicians;
    private final PasswordEncoder passwordEncoder;

    UserAdminService(UserAccountRepository users, HubRepository hubs, ClinicianRepository clinicians,
            ObjectProvider<PasswordEncoder> passwordEncoder) {
        this.users = users;
        this.hubs = hubs;
        this.clinicians = clinicians;
        // The security configuration's encoder when there is one, so logins verify what is stored here.
        this.passwordEncoder = passwordEncoder
                .getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder);
    }

    @Transactional(readOnly = true)
    List<UserResponse> all() {
        return users.findAll(Sort.by("username")).stream().map(this::response).toList();
    }

    @Transactional(readOnly = true)
    UserResponse get(long userId) {
        return response(find(userId));
    }

    UserResponse create(CreateUserRequest request) {
        UserRules.requireConsistent(request.roles(), request.hubIds(), request.clinicianId());
        if (users.existsByUsername(request.username())) {
            throw new ConflictException("Username " + request.username() + " is already taken.");
        }
        UserAccount user = new UserAccount(request.username(), passwordEncoder.encode(request.password()),
                request.displayName(), request.roles());
        user.getHubs().addAll(hubs(request.hubIds()));
        users.save(user);
        link(user, request.clinicianId());
        users.flush();
        return response(user);
    }

    UserResponse update(long userId, UpdateUserRequest request) {
        UserAccount user = find(userId);
        Versions.requireCurrent(user, request.version(), "User " + user.getUsername());
        UserRules.requireConsistent(request.roles(), request.hubIds(), request.clinicianId());
        user.setDisplayName(request.displayName());
        user.getRoles().clear();
        user.getRoles().addAll(request.roles());
        user.getHubs().clear();
        user.getHubs().addAll(hubs(request.hubIds()));
        user.setEnabled(request.enabled());
        link(user, request.clinicianId());
        users.flush();
        return response(user);
    }

    UserResponse setEnabled(long userId, SetUserEnabledRequest request) {
        UserAccount user = find(userId);
        Versions.requireCurrent(user, request.version(), "User " + user.getUsername());
        user.setEnabled(request.enabled());
        users.flush();
        return response(user);
    }

    UserResponse resetPassword(long userId, ResetPasswordRequest request) {
        UserAccount user = find(userId);
        Versions.requireCurrent(user, request.version(), "User " + user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(request.password()));
        users.flush();
        return response(user);
    }

    /** Points the login at one clinician record (or none), releasing any record it pointed at before. */
    private void link(UserAccount user, Long clinicianId) {
        Clinician wanted = clinicianId == null ? null : clinicians.findById(clinicianId)
                .orElseThrow(() -> new UnprocessableException("No clinician with id " + clinicianId));
        if (wanted != null && wanted.getUser() != null && !wanted.getUser().getId().equals(user.getId())) {
            throw new ConflictException("Clinician " + wanted.getCode() + " already has a login ("
                    + wanted.getUser().getUsername() + ").");
        }
        if (user.getId() != null) {
            clinicians.findByUser(user).filter(current -> current != wanted).ifPresent(current -> {
                current.setUser(null);
                // The unique key on clinicians.user_id must be free before the new link is written.
                clinicians.flush();
            });
        }
        if (wanted != null) {
            wanted.setUser(user);
        }
    }

    private Set<Hub> hubs(Set<Long> hubIds) {
        List<Hub> found = hubs.findAllById(hubIds);
        if (found.size() != hubIds.size()) {
            Set<Long> missing = new TreeSet<>(hubIds);
            found.forEach(hub -> missing.remove(hub.getId()));
            throw new UnprocessableException("No hub with id " + missing);
        }
        return Set.copyOf(found);
    }

    private UserAccount find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("No user with id " + userId));
    }

    private UserResponse response(UserAccount user) {
        Long clinicianId = user.getId() == null ? null
                : clinicians.findByUser(user).map(Clinician::getId).orElse(null);
        return new UserResponse(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                user.isEnabled(), Set.copyOf(user.getRoles()),
                user.getHubs().stream().map(Hub::getId).collect(Collectors.toCollection(TreeSet::new)), clinicianId);
    }
}

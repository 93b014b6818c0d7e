package io.hubrota.security;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.hubs.Hub;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of the current request, read from the {@code users} table (so role and hub changes apply
 * at once, whichever way the user signed in: password or NHS single sign-on). Looked up once per request.
 */
@Component
public class CurrentUser {

    private static final String CACHE_ATTRIBUTE = CurrentUser.class.getName() + ".user";

    private final UserAccountRepository users;

    private final ClinicianRepository clinicians;

    CurrentUser(UserAccountRepository users, ClinicianRepository clinicians) {
        this.users = users;
        this.clinicians = clinicians;
    }

    /** The signed-in user; throws (answered with 401) when nobody is signed in or the account is gone/disabled. */
    public SignedInUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public Optional<SignedInUser> find() {
        return find(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The local user behind an authentication, or empty for anonymous, unknown or disabled users. */
    public Optional<SignedInUser> find(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST) instanceof SignedInUser cached
                && cached.username().equals(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<SignedInUser> user = load(authentication.getName());
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(CACHE_ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    public long id() {
        return get().id();
    }

    public String username() {
        return get().username();
    }

    /** The clinician record of the signed-in user, or null when their login is not a clinician's. */
    public Long clinicianId() {
        return get().clinicianId();
    }

    /**
     * The signed-in clinician's own record, for everything under /api/me: a clinician can only ever reach their own
     * data, and a login without a clinician (an administrator, an operations lead) is refused with 403 rather than
     * shown someone else's.
     */
    public long requireClinicianId() {
        Long clinicianId = clinicianId();
        if (clinicianId == null) {
            throw new AccessDeniedException("This login is not linked to a clinician");
        }
        return clinicianId;
    }

    /** As {@link #requireClinicianId()}, loaded (managed, when called inside a transaction). */
    public Clinician requireClinician() {
        long clinicianId = requireClinicianId();
        return clinicians.findById(clinicianId)
                .orElseThrow(() -> new AccessDeniedException("This login is not linked to a clinician"));
    }

    // Roles are eager and the hubs come with the entity graph, so no transaction is needed for the mapping.
    Optional<SignedInUser> load(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled).map(this::toSignedInUser);
    }

    SignedInUser toSignedInUser(UserAccount account) {
        Long clinicianId = clinicians.findByUser(account).map(Clinician::getId).orElse(null);
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles(),
                clinicianId, account.getHubs().stream().map(Hub::getId).collect(Collectors.toSet()));
    }
}

package io.hubrota.coverage;

import io.hubrota.hubs.Hub;
import io.hubrota.security.UserAccountRepository;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which hubs the caller may look at. Administrators and operations leads see every hub; a hub manager who is
 * neither sees only the hubs they manage (their hub list on the user account).
 */
@Component
class HubScope {

    private static final Set<String> SEE_ALL = Set.of("ROLE_ADMIN", "ROLE_OPS_LEAD");

    private final UserAccountRepository users;

    HubScope(UserAccountRepository users) {
        this.users = users;
    }

    /** Empty for "every hub"; otherwise the ids of the hubs this caller manages (possibly none). */
    Optional<Set<Long>> visibleHubs(Authentication authentication) {
        boolean seesAll = authentication.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(SEE_ALL::contains);
        if (seesAll) {
            return Optional.empty();
        }
        return Optional.of(users.findByUsername(authentication.getName())
            .map(user -> user.getHubs().stream().map(Hub::getId).collect(Collectors.toUnmodifiableSet()))
            .orElse(Set.of()));
    }
}

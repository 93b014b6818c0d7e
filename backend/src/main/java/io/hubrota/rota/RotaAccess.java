package io.hubrota.rota;

import io.hubrota.hubs.Hub;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change which rota. Administrators and operations leads see every rota; a hub manager sees rotas
 * touching a hub they manage and changes only rotas whose hubs they all manage; administrators change any.
 */
@Component
public class RotaAccess {

    private final UserAccountRepository users;

    RotaAccess(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public boolean canSee(Rota rota, Authentication user) {
        if (has(user, "ROLE_ADMIN") || has(user, "ROLE_OPS_LEAD")) {
            return true;
        }
        if (!has(user, "ROLE_HUB_MANAGER")) {
            return false;
        }
        Set<Long> managed = managedHubIds(user);
        return rota.getHubs().stream().anyMatch(hub -> managed.contains(hub.getId()));
    }

    public void requireSee(Rota rota, Authentication user) {
        if (!canSee(rota, user)) {
            throw new AccessDeniedException("Not one of your rotas");
        }
    }

    @Transactional(readOnly = true)
    public void requireManage(Rota rota, Authentication user) {
        requireManageHubs(rota.getHubs().stream().map(Hub::getId).collect(Collectors.toSet()), user);
    }

    @Transactional(readOnly = true)
    public void requireManageHubs(Set<Long> hubIds, Authentication user) {
        if (has(user, "ROLE_ADMIN")) {
            return;
        }
        if (!has(user, "ROLE_HUB_MANAGER") || !managedHubIds(user).containsAll(hubIds)) {
            throw new AccessDeniedException("You do not manage every hub of this rota");
        }
    }

    private Set<Long> managedHubIds(Authentication user) {
        return users.findByUsername(user.getName())
                .map(UserAccount::getHubs)
                .map(hubs -> hubs.stream().map(Hub::getId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static boolean has(Authentication user, String authority) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}

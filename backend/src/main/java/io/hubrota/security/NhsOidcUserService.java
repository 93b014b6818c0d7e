package io.hubrota.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a user signed in by NHS single sign-on to their local account: the configured claim (default
 * {@code preferred_username}) must equal an enabled local username. The local account supplies the roles, and its
 * username becomes the principal's name, so {@link CurrentUser} works the same as after a password sign-in. The
 * identity provider proves who someone is; it does not decide what they may do here.
 */
@Component
class NhsOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_USER = "hubrota_unknown_user";

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;

    private final UserAccountRepository users;

    private final String usernameClaim;

    @Autowired
    NhsOidcUserService(UserAccountRepository users,
            @Value("${hubrota.security.oidc.username-claim:preferred_username}") String usernameClaim) {
        this(new OidcUserService(), users, usernameClaim);
    }

    NhsOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate, UserAccountRepository users,
            String usernameClaim) {
        this.delegate = delegate;
        this.users = users;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        String username = oidcUser.getClaimAsString(usernameClaim);
        UserAccount account = (username == null ? null : users.findByUsername(username).orElse(null));
        if (account == null || !account.isEnabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_USER,
                    "This NHS login has no enabled Hub Rota account; ask an administrator to add one.", null));
        }
        List<GrantedAuthority> authorities = account.getRoles()
            .stream()
            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
            .toList();
        return new DefaultOidcUser(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo(), usernameClaim);
    }
}

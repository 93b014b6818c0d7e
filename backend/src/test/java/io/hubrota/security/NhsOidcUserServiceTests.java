package io.hubrota.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class NhsOidcUserServiceTests {

    private final UserAccountRepository users = mock(UserAccountRepository.class);

    @Test
    void aKnownUserGetsTheirLocalRolesAndUsername() {
        UserAccount manager = new UserAccount("jsmith", "{noop}x", "J Smith", Set.of(UserRole.HUB_MANAGER));
        when(users.findByUsername("jsmith")).thenReturn(Optional.of(manager));

        OidcUser user = service("preferred_username").loadUser(request(Map.of("preferred_username", "jsmith")));

        assertThat(user.getName()).isEqualTo("jsmith");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .containsExactly("ROLE_HUB_MANAGER");
    }

    @Test
    void theUsernameClaimIsConfigurable() {
        UserAccount admin = new UserAccount("a.admin@nhs.net", "{noop}x", "Admin", Set.of(UserRole.ADMIN));
        when(users.findByUsername("a.admin@nhs.net")).thenReturn(Optional.of(admin));

        OidcUser user = service("email")
            .loadUser(request(Map.of("preferred_username", "someone-else", "email", "a.admin@nhs.net")));

        assertThat(user.getName()).isEqualTo("a.admin@nhs.net");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
    }

    @Test
    void unknownAndDisabledUsersAreRefused() {
        when(users.findByUsername("stranger")).thenReturn(Optional.empty());
        UserAccount disabled = new UserAccount("gone", "{noop}x", "Gone", Set.of(UserRole.CLINICIAN));
        disabled.setEnabled(false);
        when(users.findByUsername("gone")).thenReturn(Optional.of(disabled));
        NhsOidcUserService service = service("preferred_username");

        for (String username : new String[] { "stranger", "gone" }) {
            assertThatThrownBy(() -> service.loadUser(request(Map.of("preferred_username", username))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> assertThat(e.getError()
                    .getErrorCode()).isEqualTo(NhsOidcUserService.UNKNOWN_USER));
        }
        assertThatThrownBy(() -> service.loadUser(request(Map.of("email", "no-username-claim@nhs.net"))))
            .isInstanceOf(OAuth2AuthenticationException.class);
    }

    /** The delegate stands in for the identity provider: it returns the ID token's claims as the OIDC user. */
    private NhsOidcUserService service(String claim) {
        return new NhsOidcUserService(request -> new DefaultOidcUser(Set.of(), request.getIdToken()), users, claim);
    }

    private static OidcUserRequest request(Map<String, Object> claims) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("nhs")
            .clientId("hub-rota")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("https://auth.example/authorize")
            .tokenUri("https://auth.example/token")
            .jwkSetUri("https://auth.example/jwks")
            .scope("openid")
            .build();
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
            .subject("sub-1")
            .issuedAt(now)
            .expiresAt(now.plusSeconds(300))
            .claims(c -> c.putAll(claims))
            .build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now,
                now.plusSeconds(300));
        return new OidcUserRequest(registration, accessToken, idToken);
    }
}

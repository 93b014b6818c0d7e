package io.hubrota.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.hubrota.audit.AuditEvent;
import io.hubrota.audit.AuditEventRepository;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * NHS single sign-on end to end against a stand-in identity provider (discovery document, JWKS and token endpoint
 * served by MockWebServer): the registration comes from properties only, a known user signs in with their local
 * roles, an unknown one is refused with 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class NhsSingleSignOnIT {

    private static final String CLIENT_ID = "hub-rota-test";

    private static final RSAKey SIGNING_KEY = generateKey();

    private static final MockWebServer IDENTITY_PROVIDER = new MockWebServer();

    /** What the stand-in provider puts in the next ID token. */
    private static volatile Map<String, Object> nextClaims = Map.of();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestUsers testUsers;

    @Autowired
    private AuditEventRepository auditEvents;

    @DynamicPropertySource
    static void nhsRegistration(DynamicPropertyRegistry properties) throws IOException {
        IDENTITY_PROVIDER.setDispatcher(new IdentityProvider());
        IDENTITY_PROVIDER.start();
        properties.add("spring.security.oauth2.client.registration.nhs.client-id", () -> CLIENT_ID);
        properties.add("spring.security.oauth2.client.registration.nhs.client-secret", () -> "test-secret");
        properties.add("spring.security.oauth2.client.registration.nhs.scope", () -> "openid");
        properties.add("spring.security.oauth2.client.provider.nhs.issuer-uri", NhsSingleSignOnIT::issuer);
    }

    @AfterAll
    static void stopIdentityProvider() throws IOException {
        IDENTITY_PROVIDER.shutdown();
    }

    @Test
    void aKnownNhsUserSignsInWithTheirLocalRoles() throws Exception {
        UserAccount ops = testUsers.create(UserRole.OPS_LEAD);

        MockHttpSession session = signOnAs(ops.getUsername(), 302);

        mvc.perform(get("/api/auth/me").session(session))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(ops.getUsername()))
            .andExpect(jsonPath("$.roles[0]").value("OPS_LEAD"));
        assertThat(auditEvents.findAll()).filteredOn(e -> ops.getUsername().equals(e.getActor()))
            .extracting(AuditEvent::getAction, AuditEvent::getDetail)
            .containsExactly(tuple("LOGIN_SUCCEEDED", "NHS single sign-on"));
    }

    @Test
    void anNhsUserWithoutALocalAccountIsRefused() throws Exception {
        MockHttpSession session = signOnAs("t-stranger-" + UUID.randomUUID(), 403);

        mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
    }

    /** Starts the sign-on, then comes back from the provider with a code; returns the browser's session. */
    private MockHttpSession signOnAs(String preferredUsername, int expectedStatus) throws Exception {
        MvcResult start = mvc.perform(get("/oauth2/authorization/nhs")).andExpect(status().isFound()).andReturn();
        MockHttpSession session = (MockHttpSession) start.getRequest().getSession(false);
        Map<String, String> query = UriComponentsBuilder.fromUriString(start.getResponse().getRedirectedUrl())
            .build()
            .getQueryParams()
            .toSingleValueMap()
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> URLDecoder.decode(e.getValue(), StandardCharsets.UTF_8)));
        assertThat(start.getResponse().getRedirectedUrl()).startsWith(issuer() + "/authorize");
        nextClaims = Map.of("preferred_username", preferredUsername, "nonce", query.get("nonce"));

        MvcResult callback = mvc.perform(get("/login/oauth2/code/nhs").param("code", "test-code")
            .param("state", query.get("state"))
            .session(session)).andReturn();

        assertThat(callback.getResponse().getStatus()).isEqualTo(expectedStatus);
        if (expectedStatus == 302) {
            assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/");
        }
        return session;
    }

    private static String issuer() {
        return IDENTITY_PROVIDER.url("/nhs").toString();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The three endpoints a relying party uses: discovery, signing keys and the code-for-token exchange. */
    private static final class IdentityProvider extends Dispatcher {

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (path.equals("/nhs/.well-known/openid-configuration")) {
                return json("""
                        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                         "jwks_uri":"%1$s/jwks","response_types_supported":["code"],
                         "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
                        """.formatted(issuer()));
            }
            if (path.equals("/nhs/jwks")) {
                return json(new JWKSet(SIGNING_KEY.toPublicJWK()).toString());
            }
            if (path.equals("/nhs/token")) {
                return json("""
                        {"access_token":"test-access-token","token_type":"Bearer","expires_in":300,"id_token":"%s"}
                        """.formatted(idToken()));
            }
            return new MockResponse().setResponseCode(404);
        }

        private static String idToken() {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
                .subject("nhs-subject-" + UUID.randomUUID())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
            nextClaims.forEach(claims::claim);
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING_KEY.getKeyID())
                    .build(), claims.build());
                jwt.sign(new RSASSASigner(SIGNING_KEY));
                return jwt.serialize();
            }
            catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private static MockResponse json(String body) {
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
        }
    }
}

package io.hubrota.security;

import jakarta.servlet.DispatcherType;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may call what. The browser SPA signs in with a session cookie (JSON login, or NHS single sign-on when
 * configured) and echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header on every state-changing call. The URL
 * rules follow CONVENTIONS.md; hub scope and "own data only" are checked in code ({@link HubAccess}).
 * Every /api endpoint must have a row in src/test/resources/security/access-matrix.csv (SecurityAccessMatrixIT).
 */
@Configuration(proxyBeanMethods = false)
// @PreAuthorize is available for rules that belong on a service method rather than a URL.
@EnableMethodSecurity
class SecurityConfig {

    private static final String ADMIN = UserRole.ADMIN.name();

    private static final String HUB_MANAGER = UserRole.HUB_MANAGER.name();

    private static final String OPS_LEAD = UserRole.OPS_LEAD.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems,
            SecurityContextRepository securityContextRepository, CsrfTokenRepository csrfTokenRepository,
            CurrentUser currentUser, ObjectProvider<ClientRegistrationRepository> clientRegistrations,
            NhsOidcUserService nhsOidcUserService, NhsLoginFailureHandler nhsLoginFailureHandler) throws Exception {
        // The SPA reads the cookie and sends its plain value back; the default XOR-masking handler would need the
        // token from a rendered page, which an SPA does not have.
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository).csrfTokenRequestHandler(csrfHandler))
            .securityContext(context -> context.securityContextRepository(securityContextRepository))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                .accessDeniedHandler(problems.forbidden()))
            // Sign-in and sign-out are JSON endpoints (AuthController), not Spring's HTML form pages.
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(cache -> cache.disable())
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/auth/csrf").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/logout").permitAll()
                .requestMatchers("/api/auth/**").authenticated()
                .requestMatchers("/api/me/**").access(linkedToClinician(currentUser))
                .requestMatchers(HttpMethod.GET, "/api/calendar/*.ics").permitAll()
                .requestMatchers("/api/admin/**").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/rotas/**").hasAnyRole(ADMIN, HUB_MANAGER, OPS_LEAD)
                .requestMatchers("/api/rotas/**").hasAnyRole(ADMIN, HUB_MANAGER)
                .requestMatchers(HttpMethod.POST, "/api/ed-load/imports").hasAnyRole(ADMIN, OPS_LEAD)
                .requestMatchers(HttpMethod.GET, "/api/coverage/**", "/api/ed-load/**")
                .hasAnyRole(ADMIN, HUB_MANAGER, OPS_LEAD)
                .requestMatchers(HttpMethod.GET, "/api/clinicians/**", "/api/hubs/**", "/api/practices/**")
                .hasAnyRole(ADMIN, HUB_MANAGER, OPS_LEAD)
                // Anything under /api without a rule above is for administrators until it gets its own rule.
                .requestMatchers("/api/**").hasRole(ADMIN)
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(ADMIN)
                // The SPA's pages and assets, /v3/api-docs and /swagger-ui: the data behind them is under /api.
                .anyRequest().permitAll());
        if (clientRegistrations.getIfAvailable() != null) {
            http.oauth2Login(oauth2 -> oauth2.userInfoEndpoint(userInfo -> userInfo.oidcUserService(nhsOidcUserService))
                .failureHandler(nhsLoginFailureHandler)
                .defaultSuccessUrl("/", true));
        }
        return http.build();
    }

    /** /api/me/** is the signed-in clinician's own data, so the login must belong to a clinician record. */
    private static AuthorizationManager<RequestAuthorizationContext> linkedToClinician(CurrentUser currentUser) {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> new AuthorizationDecision(
                currentUser.find(authentication.get()).map(user -> user.clinicianId() != null).orElse(false));
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        // Readable by the SPA's JavaScript (that is the point: it copies the value into X-XSRF-TOKEN).
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** bcrypt for new hashes; the {id} prefix lets older or imported hashes keep working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password sign-in; publishes success and failure events, which the audit trail records. */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher eventPublisher) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(eventPublisher);
        return manager;
    }
}

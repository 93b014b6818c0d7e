package io.hubrota.security;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CSRF token the way the SPA sends it: the XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header. Prefer it to
 * spring-security-test's {@code csrf()}, which swaps the cookie repository in the shared application context for a
 * session-based one, so later tests in the same JVM would no longer see the XSRF-TOKEN cookie.
 */
public final class Xsrf {

    private static final String TOKEN = "test-xsrf-token";

    private Xsrf() {
    }

    public static RequestPostProcessor xsrf() {
        return request -> {
            request.setCookies(new Cookie("XSRF-TOKEN", TOKEN));
            request.addHeader("X-XSRF-TOKEN", TOKEN);
            return request;
        };
    }
}

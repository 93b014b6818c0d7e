package io.hubrota.security;

import io.hubrota.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A failed NHS single sign-on: 403 when the identity provider vouched for someone who has no account here, 401 when
 * the sign-on itself failed. Audited either way.
 */
@Component
class NhsLoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(NhsLoginFailureHandler.class);

    private final ProblemResponses problems;

    private final AuditLog auditLog;

    NhsLoginFailureHandler(ProblemResponses problems, AuditLog auditLog) {
        this.problems = problems;
        this.auditLog = auditLog;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        boolean unknownUser = e instanceof OAuth2AuthenticationException oauth2
                && NhsOidcUserService.UNKNOWN_USER.equals(oauth2.getError().getErrorCode());
        log.warn("NHS single sign-on failed: {}", e.getMessage());
        auditLog.record("anonymous", "SSO_LOGIN_FAILED", "nhs", e.getMessage());
        if (unknownUser) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "No Hub Rota account", e.getMessage());
        }
        else {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Single sign-on failed",
                    "NHS single sign-on did not complete. Try again.");
        }
    }
}

package io.hubrota.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Puts every sign-in, successful or not, in the audit trail (Spring Security publishes the events). */
@Component
class LoginAuditListener {

    private final AuditLog auditLog;

    LoginAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.record(username, "LOGIN_SUCCEEDED", username, method(event.getAuthentication().getClass()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // The name typed in, which may not exist: kept so repeated guessing shows up in the trail.
        String username = event.getAuthentication().getName();
        auditLog.record(username, "LOGIN_FAILED", username, event.getException().getClass().getSimpleName());
    }

    private static String method(Class<?> authenticationType) {
        return authenticationType.getSimpleName().startsWith("OAuth2") ? "NHS single sign-on" : "password";
    }
}

package io.hubrota.audit;

import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Call {@link #record} after (or while) doing something worth accounting for: sign-ins, publishing
 * a rota, changing users or imports. It writes in its own transaction, so the record survives even when the
 * caller's transaction rolls back (a refused or failed attempt is worth knowing about too).
 */
@Service
public class AuditLog {

    private static final int ACTOR_LENGTH = 100;

    private static final int ACTION_LENGTH = 60;

    private static final int TARGET_LENGTH = 200;

    private final AuditEventRepository events;

    private final Clock clock;

    AuditLog(AuditEventRepository events) {
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param actor  the username acting ("anonymous" or "system" when nobody is signed in)
     * @param action what happened, an UPPER_SNAKE verb phrase such as {@code ROTA_PUBLISHED}
     * @param target what it happened to, e.g. {@code rota/42} or a username; may be null
     * @param detail free text for a human; may be null
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String target, String detail) {
        events.save(new AuditEvent(clock.instant(), clip(actor == null ? "anonymous" : actor, ACTOR_LENGTH),
                clip(action, ACTION_LENGTH), clip(target, TARGET_LENGTH), detail));
    }

    /**
     * As {@link #record}, naming the signed-in user (from the security context of the calling thread) as the actor,
     * "anonymous" when nobody is signed in.
     *
     * @param subject what it happened to, e.g. {@code practice/42}
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAsCurrentUser(String action, String subject, String detail) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        record(user == null ? null : user.getName(), action, subject, detail);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}

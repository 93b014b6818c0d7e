package io.hubrota.notifications;

import io.hubrota.clinicians.Clinician;
import io.hubrota.rota.Rota;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells clinicians things: stores the in-app notification in the caller's transaction and, once that transaction has
 * committed, e-mails it ({@link NotificationMailer}; only when a mail server is configured).
 */
@Service
public class Notifications {

    private final NotificationRepository notifications;

    private final ApplicationEventPublisher events;

    Notifications(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    /**
     * @param title   one line, also the e-mail's subject
     * @param details the particulars, one per line in the e-mail and joined by "; " in the app
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification create(Clinician clinician, Instant at, String kind, String title, List<String> details,
            Rota rota) {
        Notification notification = notifications.save(new Notification(clinician, at, kind, title,
                details.isEmpty() ? title : title + ": " + String.join("; ", details), rota));
        events.publishEvent(new NotificationCreated(notification.getId(), title, details));
        return notification;
    }

    /** Published inside the creating transaction; the mailer acts on it after commit. */
    record NotificationCreated(long notificationId, String title, List<String> details) {
    }
}

package io.hubrota.notifications;

import io.hubrota.security.CurrentUser;
import io.hubrota.shared.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinician's own notifications: the latest 50, newest first, and marking one read. */
@Service
class MyNotifications {

    private final NotificationRepository notifications;

    private final CurrentUser currentUser;

    MyNotifications(NotificationRepository notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    List<NotificationResponse> latest() {
        return notifications.findTop50ByClinicianIdOrderByCreatedAtDesc(currentUser.requireClinicianId()).stream()
                .map(NotificationResponse::of)
                .toList();
    }

    /** Someone else's notification is as unknown as a missing one (404). */
    @Transactional
    NotificationResponse markRead(long notificationId) {
        Notification notification = notifications.findByIdAndClinicianId(notificationId,
                        currentUser.requireClinicianId())
                .orElseThrow(() -> new NotFoundException("No notification " + notificationId));
        notification.markRead(Instant.now());
        return NotificationResponse.of(notification);
    }
}

package io.hubrota.notifications;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician's own notifications, newest first. */
@RestController
@RequestMapping("/api/me/notifications")
class MyNotificationsController {

    private final MyNotifications notifications;

    MyNotificationsController(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    public List<NotificationResponse> latest() {
        return notifications.latest();
    }

    @PostMapping("/{notificationId}/read")
    public NotificationResponse markRead(@PathVariable long notificationId) {
        return notifications.markRead(notificationId);
    }
}

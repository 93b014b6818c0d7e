package io.hubrota.notifications;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.shared.web.NotFoundException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician's own notifications, newest first. */
@RestController
@RequestMapping("/api/me/notifications")
class MyNotificationsController {

    private final NotificationRepository notifications;

    private final UserAccountRepository users;

    private final ClinicianRepository clinicians;

    MyNotificationsController(NotificationRepository notifications, UserAccountRepository users,
            ClinicianRepository clinicians) {
        this.notifications = notifications;
        this.users = users;
        this.clinicians = clinicians;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<NotificationResponse> latest(Principal principal) {
        return notifications.findTop50ByClinicianIdOrderByCreatedAtDesc(clinicianId(principal)).stream()
                .map(NotificationResponse::of)
                .toList();
    }

    @PostMapping("/{notificationId}/read")
    @Transactional
    public NotificationResponse markRead(@PathVariable long notificationId, Principal principal) {
        Notification notification = notifications.findByIdAndClinicianId(notificationId, clinicianId(principal))
                .orElseThrow(() -> new NotFoundException("No notification " + notificationId));
        notification.markRead(Instant.now());
        return NotificationResponse.of(notification);
    }

    private long clinicianId(Principal principal) {
        return users.findByUsername(principal.getName())
                .flatMap(clinicians::findByUser)
                .map(Clinician::getId)
                .orElseThrow(() -> new AccessDeniedException("Your login is not linked to a clinician"));
    }
}

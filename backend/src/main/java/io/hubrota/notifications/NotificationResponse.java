package io.hubrota.notifications;

import java.time.Instant;

record NotificationResponse(long id, Instant createdAt, String kind, String title, String message, Long rotaId,
        Instant readAt) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.getId(), n.getCreatedAt(), n.getKind(), n.getTitle(), n.getMessage(),
                n.getRota() == null ? null : n.getRota().getId(), n.getReadAt());
    }
}

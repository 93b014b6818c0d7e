package io.hubrota.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

record NotificationResponse(long id, Instant createdAt, String kind, String title, String message, Long rotaId,
        @Schema(nullable = true) Instant readAt) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.getId(), n.getCreatedAt(), n.getKind(), n.getTitle(), n.getMessage(),
                n.getRota() == null ? null : n.getRota().getId(), n.getReadAt());
    }
}

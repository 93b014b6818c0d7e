package io.hubrota.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A notification; {@code emailStatus} tells whether it was also e-mailed ({@code emailAt} when that was tried). */
record NotificationResponse(long id, Instant createdAt, String kind, String title, String message, Long rotaId,
        @Schema(nullable = true) Instant readAt, EmailStatus emailStatus, @Schema(nullable = true) Instant emailAt) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.getId(), n.getCreatedAt(), n.getKind(), n.getTitle(), n.getMessage(),
                n.getRota() == null ? null : n.getRota().getId(), n.getReadAt(), n.getEmailStatus(), n.getEmailAt());
    }
}

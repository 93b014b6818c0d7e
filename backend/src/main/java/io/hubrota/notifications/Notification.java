package io.hubrota.notifications;

import io.hubrota.clinicians.Clinician;
import io.hubrota.database.BaseEntity;
import io.hubrota.rota.Rota;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to a clinician, e.g. that a newly published rota version changed their shifts. */
@Entity
@Table(name = "notifications")
public class Notification extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    private Instant createdAt;

    private String kind;

    private String title;

    private String message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rota_id")
    private Rota rota;

    private Instant readAt;

    @Enumerated(EnumType.STRING)
    private EmailStatus emailStatus = EmailStatus.NOT_SENT;

    private Instant emailAt;

    protected Notification() {
    }

    public Notification(Clinician clinician, Instant createdAt, String kind, String title, String message, Rota rota) {
        this.clinician = clinician;
        this.createdAt = createdAt;
        this.kind = kind;
        this.title = title;
        this.message = message;
        this.rota = rota;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public Rota getRota() {
        return rota;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void emailed(EmailStatus status, Instant at) {
        emailStatus = status;
        emailAt = at;
    }

    public EmailStatus getEmailStatus() {
        return emailStatus;
    }

    public Instant getEmailAt() {
        return emailAt;
    }
}

package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import io.hubrota.database.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A clinician's calendar feed secret, kept only as its SHA-256 hash (hex). Revoked tokens stop working for good. */
@Entity
@Table(name = "calendar_tokens")
public class CalendarToken extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    private String tokenHash;

    private Instant createdAt;

    private Instant revokedAt;

    protected CalendarToken() {
    }

    CalendarToken(Clinician clinician, String tokenHash, Instant createdAt) {
        this.clinician = clinician;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Clinician getClinician() {
        return clinician;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}

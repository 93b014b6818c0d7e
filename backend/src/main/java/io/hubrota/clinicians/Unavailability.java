package io.hubrota.clinicians;

import io.hubrota.database.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Leave or other absence, a hard constraint. Held as real instants, start inclusive and end exclusive, so whole days
 * are stored as local midnights (a day across a clock change is 23 or 25 hours long) and part days need no extra
 * fields.
 */
@Entity
@Table(name = "unavailabilities")
public class Unavailability extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @NotNull
    @Column(name = "start_at")
    private Instant start;

    @NotNull
    @Column(name = "end_at")
    private Instant end;

    @NotNull
    @Enumerated(EnumType.STRING)
    private UnavailabilityKind kind;

    @Size(max = 200)
    private String reason;

    protected Unavailability() {
    }

    public Unavailability(Clinician clinician, Instant start, Instant end, UnavailabilityKind kind, String reason) {
        this.clinician = clinician;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.reason = reason;
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    @AssertTrue(message = "end must be after start")
    boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Instant getStart() {
        return start;
    }

    public void setStart(Instant start) {
        this.start = start;
    }

    public Instant getEnd() {
        return end;
    }

    public void setEnd(Instant end) {
        this.end = end;
    }

    public UnavailabilityKind getKind() {
        return kind;
    }

    public void setKind(UnavailabilityKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

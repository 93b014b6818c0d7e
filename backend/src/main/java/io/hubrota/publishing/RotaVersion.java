package io.hubrota.publishing;

import io.hubrota.database.BaseEntity;
import io.hubrota.rota.Rota;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published, immutable version of a rota: number n of that rota, with its assignments as they were then. */
@Entity
@Table(name = "rota_versions")
public class RotaVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rota_id")
    private Rota rota;

    private int number;

    private Instant publishedAt;

    private String publishedBy;

    private String note;

    protected RotaVersion() {
    }

    public RotaVersion(Rota rota, int number, Instant publishedAt, String publishedBy, String note) {
        this.rota = rota;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
    }

    public Rota getRota() {
        return rota;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getNote() {
        return note;
    }
}

package io.hubrota.edload;

import io.hubrota.database.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/**
 * Arrivals at an emergency hospital site in one real hour. Not versioned: nobody edits a row, a later import of the
 * same hour replaces its numbers.
 */
@Entity
@Table(name = "ed_arrivals")
public class EdArrival extends BaseEntity {

    @NotBlank
    private String siteCode;

    @NotNull
    private Instant hourStart;

    @PositiveOrZero
    private int arrivals;

    @PositiveOrZero
    private Integer gpTreatable;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ArrivalSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_batch_id")
    private EdImportBatch importBatch;

    protected EdArrival() {
    }

    public EdArrival(String siteCode, HourlyArrivals hour, ArrivalSource source, EdImportBatch importBatch) {
        this.siteCode = siteCode;
        this.hourStart = hour.hourStart();
        this.source = source;
        replaceWith(hour, source, importBatch);
    }

    /** Takes the numbers of a newer import (or generation) of the same hour. */
    public void replaceWith(HourlyArrivals hour, ArrivalSource source, EdImportBatch importBatch) {
        this.arrivals = hour.arrivals();
        this.gpTreatable = hour.gpTreatable();
        this.source = source;
        this.importBatch = importBatch;
    }

    public HourlyArrivals toHour() {
        return new HourlyArrivals(hourStart, arrivals, gpTreatable);
    }

    public String getSiteCode() {
        return siteCode;
    }

    public Instant getHourStart() {
        return hourStart;
    }

    public int getArrivals() {
        return arrivals;
    }

    public Integer getGpTreatable() {
        return gpTreatable;
    }

    public ArrivalSource getSource() {
        return source;
    }

    public EdImportBatch getImportBatch() {
        return importBatch;
    }
}

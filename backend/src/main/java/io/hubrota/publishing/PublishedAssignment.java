package io.hubrota.publishing;

import io.hubrota.clinicians.Clinician;
import io.hubrota.database.BaseEntity;
import io.hubrota.rota.Shift;
import io.hubrota.rota.ShiftRequirement;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One assignment as published in a rota version; never changed after publishing. */
@Entity
@Table(name = "published_assignments")
public class PublishedAssignment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private RotaVersion rotaVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    private Shift shift;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id")
    private ShiftRequirement requirement;

    protected PublishedAssignment() {
    }

    public PublishedAssignment(RotaVersion rotaVersion, Shift shift, Clinician clinician,
            ShiftRequirement requirement) {
        this.rotaVersion = rotaVersion;
        this.shift = shift;
        this.clinician = clinician;
        this.requirement = requirement;
    }

    public RotaVersion getRotaVersion() {
        return rotaVersion;
    }

    public Shift getShift() {
        return shift;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public ShiftRequirement getRequirement() {
        return requirement;
    }
}

package io.hubrota.rota;

import io.hubrota.clinicians.Clinician;
import io.hubrota.database.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * A clinician working a shift, filling one of its requirement lines. A pinned assignment is one the solver must
 * keep. The rota is stored alongside the shift so a whole rota's assignments load with one indexed query.
 */
@Entity
@Table(name = "assignments")
public class Assignment extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rota_id")
    private Rota rota;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    private Shift shift;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id")
    private ShiftRequirement requirement;

    private boolean pinned;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AssignmentSource source;

    protected Assignment() {
    }

    public Assignment(ShiftRequirement requirement, Clinician clinician, AssignmentSource source) {
        this.shift = requirement.getShift();
        this.rota = shift.getRota();
        this.requirement = requirement;
        this.clinician = clinician;
        this.source = source;
        // A hand-made assignment is a decision the solver should respect.
        this.pinned = source == AssignmentSource.MANUAL;
    }

    public Rota getRota() {
        return rota;
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

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public AssignmentSource getSource() {
        return source;
    }
}

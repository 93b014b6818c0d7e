package io.hubrota.rota;

import io.hubrota.database.BaseEntity;
import io.hubrota.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.HashSet;
import java.util.Set;

/**
 * One line of a shift's requirement: at least {@code min} clinicians of a role with all the given skills, and
 * {@code desired} if possible. Assignments name the line they fill. Versioned through its shift.
 */
@Entity
@Table(name = "shift_requirements")
public class ShiftRequirement extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    private Shift shift;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @ElementCollection
    @CollectionTable(name = "shift_requirement_skills", joinColumns = @JoinColumn(name = "requirement_id"))
    @Column(name = "skill")
    private Set<String> skills = new HashSet<>();

    @PositiveOrZero
    @Column(name = "min_count")
    private int min;

    @Column(name = "desired_count")
    private int desired;

    protected ShiftRequirement() {
    }

    ShiftRequirement(Shift shift, Role role, Set<String> skills, int min, int desired) {
        this.shift = shift;
        this.role = role;
        this.skills.addAll(skills);
        this.min = min;
        this.desired = desired;
    }

    @AssertTrue(message = "desired must be at least min and more than zero")
    boolean isDesiredValid() {
        return desired >= min && desired > 0;
    }

    public Shift getShift() {
        return shift;
    }

    public Role getRole() {
        return role;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public int getMin() {
        return min;
    }

    public void setMin(int min) {
        this.min = min;
    }

    public int getDesired() {
        return desired;
    }

    public void setDesired(int desired) {
        this.desired = desired;
    }
}

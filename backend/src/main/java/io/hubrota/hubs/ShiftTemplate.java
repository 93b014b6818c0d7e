package io.hubrota.hubs;

import io.hubrota.database.VersionedEntity;
import io.hubrota.shared.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A recurring weekly hub session and the skill mix it needs; rotas copy it into dated shifts. */
@Entity
@Table(name = "shift_templates")
public class ShiftTemplate extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hub_id")
    private Hub hub;

    @NotNull
    private DayOfWeek weekday;

    @NotNull
    @Column(name = "start_time")
    private LocalTime start;

    @NotNull
    @Column(name = "end_time")
    private LocalTime end;

    @Valid
    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ShiftTemplateRequirement> requirements = new ArrayList<>();

    protected ShiftTemplate() {
    }

    public ShiftTemplate(Hub hub, DayOfWeek weekday, LocalTime start, LocalTime end) {
        this.hub = hub;
        this.weekday = weekday;
        this.start = start;
        this.end = end;
    }

    public ShiftTemplateRequirement addRequirement(Role role, Set<String> skills, int min, int desired) {
        ShiftTemplateRequirement requirement = new ShiftTemplateRequirement(this, role, skills, min, desired);
        requirements.add(requirement);
        return requirement;
    }

    public void removeRequirement(ShiftTemplateRequirement requirement) {
        requirements.remove(requirement);
    }

    public List<ShiftTemplateRequirement> getRequirements() {
        return Collections.unmodifiableList(requirements);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    @AssertTrue(message = "end must be after start")
    boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    public Hub getHub() {
        return hub;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }
}

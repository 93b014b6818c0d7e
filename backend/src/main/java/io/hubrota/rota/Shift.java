package io.hubrota.rota;

import io.hubrota.database.VersionedEntity;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRequirement;
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
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A hub session on a date. It keeps the wall-clock start and end people read and the instants they map to in the
 * hub's time zone: hours and rest are measured between instants, so a session across a clock change counts the time
 * really worked (a 00:00–04:00 session on the night clocks go back is five hours).
 */
@Entity
@Table(name = "shifts")
public class Shift extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rota_id")
    private Rota rota;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hub_id")
    private Hub hub;

    /** The template it was made from, if any; kept only to trace the shift back. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private ShiftTemplate template;

    @NotNull
    @Column(name = "shift_date")
    private LocalDate date;

    @NotNull
    private LocalDateTime startLocal;

    @NotNull
    private LocalDateTime endLocal;

    @NotNull
    @Column(name = "start_at")
    private Instant start;

    @NotNull
    @Column(name = "end_at")
    private Instant end;

    @Valid
    @OneToMany(mappedBy = "shift", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ShiftRequirement> requirements = new ArrayList<>();

    protected Shift() {
    }

    /**
     * A session from {@code start} to {@code end} local time on {@code date}; an end at or before the start means the
     * session runs past midnight.
     */
    public Shift(Rota rota, Hub hub, LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        this.rota = rota;
        this.hub = hub;
        reschedule(date, start, end, zone);
    }

    /** A shift on {@code date} from a template, with the template's requirement lines copied. */
    public static Shift fromTemplate(Rota rota, ShiftTemplate template, LocalDate date, ZoneId zone) {
        Shift shift = new Shift(rota, template.getHub(), date, template.getStart(), template.getEnd(), zone);
        shift.template = template;
        for (ShiftTemplateRequirement line : template.getRequirements()) {
            shift.addRequirement(line.getRole(), line.getSkills(), line.getMin(), line.getDesired());
        }
        return shift;
    }

    public void reschedule(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        this.date = date;
        this.startLocal = date.atTime(start);
        this.endLocal = end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
        // A local time in a spring-forward gap moves forward by the gap, as ZonedDateTime.of does.
        this.start = startLocal.atZone(zone).toInstant();
        this.end = endLocal.atZone(zone).toInstant();
    }

    public ShiftRequirement addRequirement(Role role, Set<String> skills, int min, int desired) {
        ShiftRequirement requirement = new ShiftRequirement(this, role, skills, min, desired);
        requirements.add(requirement);
        return requirement;
    }

    public void removeRequirement(ShiftRequirement requirement) {
        requirements.remove(requirement);
    }

    public List<ShiftRequirement> getRequirements() {
        return Collections.unmodifiableList(requirements);
    }

    /** Real time worked, from the instants. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    public Rota getRota() {
        return rota;
    }

    public Hub getHub() {
        return hub;
    }

    public ShiftTemplate getTemplate() {
        return template;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDateTime getStartLocal() {
        return startLocal;
    }

    public LocalDateTime getEndLocal() {
        return endLocal;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }
}

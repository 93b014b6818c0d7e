package io.hubrota.clinicians;

import io.hubrota.database.VersionedEntity;
import io.hubrota.hubs.Hub;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** A soft wish for or against a weekday, a date or a hub, weighted 1..10. */
@Entity
@Table(name = "preferences")
public class Preference extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PreferenceKind kind;

    private DayOfWeek weekday;

    @Column(name = "preferred_date")
    private LocalDate date;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hub_id")
    private Hub hub;

    @Min(1)
    @Max(10)
    private int weight;

    protected Preference() {
    }

    private Preference(Clinician clinician, PreferenceKind kind, DayOfWeek weekday, LocalDate date, Hub hub,
            int weight) {
        this.clinician = clinician;
        this.kind = kind;
        this.weekday = weekday;
        this.date = date;
        this.hub = hub;
        this.weight = weight;
    }

    public static Preference forWeekday(Clinician clinician, boolean prefer, DayOfWeek weekday, int weight) {
        return new Preference(clinician, prefer ? PreferenceKind.PREFER_WEEKDAY : PreferenceKind.AVOID_WEEKDAY,
                weekday, null, null, weight);
    }

    public static Preference forDate(Clinician clinician, boolean prefer, LocalDate date, int weight) {
        return new Preference(clinician, prefer ? PreferenceKind.PREFER_DATE : PreferenceKind.AVOID_DATE, null, date,
                null, weight);
    }

    public static Preference forHub(Clinician clinician, boolean prefer, Hub hub, int weight) {
        return new Preference(clinician, prefer ? PreferenceKind.PREFER_HUB : PreferenceKind.AVOID_HUB, null, null,
                hub, weight);
    }

    @AssertTrue(message = "a preference names exactly the weekday, date or hub its kind is about")
    boolean isTargetConsistent() {
        return kind == null || (kind.aboutWeekday() == (weekday != null) && kind.aboutDate() == (date != null)
                && kind.aboutHub() == (hub != null));
    }

    public Clinician getClinician() {
        return clinician;
    }

    public PreferenceKind getKind() {
        return kind;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalDate getDate() {
        return date;
    }

    public Hub getHub() {
        return hub;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}

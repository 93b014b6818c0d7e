package io.hubrota.clinicians;

import io.hubrota.database.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A fixed weekly session at the clinician's home practice. It counts toward their weekly hours and no hub shift may
 * overlap it; the solver treats it as a fact. Optionally limited to a period (both ends inclusive).
 */
@Entity
@Table(name = "practice_commitments")
public class PracticeCommitment extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @NotNull
    private DayOfWeek weekday;

    @NotNull
    @Column(name = "start_time")
    private LocalTime start;

    @NotNull
    @Column(name = "end_time")
    private LocalTime end;

    private LocalDate validFrom;

    private LocalDate validTo;

    protected PracticeCommitment() {
    }

    public PracticeCommitment(Clinician clinician, DayOfWeek weekday, LocalTime start, LocalTime end) {
        this.clinician = clinician;
        this.weekday = weekday;
        this.start = start;
        this.end = end;
    }

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == weekday && (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    @AssertTrue(message = "end must be after start")
    boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    @AssertTrue(message = "valid to must not be before valid from")
    boolean isValidPeriod() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }

    public Clinician getClinician() {
        return clinician;
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

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}

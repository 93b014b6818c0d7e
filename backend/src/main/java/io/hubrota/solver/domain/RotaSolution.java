package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A rota problem and its plan. Hard: legal and safe (minutes). Medium: minimum cover (weighted clinician-minutes).
 * Soft: everything else. Constraint weights default to those in the constraint provider and can be changed per
 * problem through {@link #getConstraintWeightOverrides()}.
 */
@PlanningSolution(solutionCloner = RotaSolutionCloner.class)
public class RotaSolution {

    private ZoneId zone;
    private LocalDate firstDate;
    private LocalDate lastDate;

    @ProblemFactCollectionProperty
    private List<Hub> hubs;
    @ProblemFactCollectionProperty
    private List<Clinician> clinicians;
    @ProblemFactCollectionProperty
    private List<Shift> shifts;
    @ProblemFactCollectionProperty
    private List<Post> posts;
    @ProblemFactCollectionProperty
    private List<ClinicianWeek> weeks;
    @ProblemFactCollectionProperty
    private List<ClinicianPreference> preferences;
    /** Optional rules, empty for hub rotas: work-pattern limits, per-request wishes, per-person cover weights. */
    @ProblemFactCollectionProperty
    private List<WorkPattern> workPatterns = List.of();
    @ProblemFactCollectionProperty
    private List<ShiftRequest> shiftRequests = List.of();
    @ProblemFactCollectionProperty
    private List<CoverWeights> coverWeights = List.of();

    @PlanningEntityCollectionProperty
    private List<ClinicianDay> clinicianDays;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides = ConstraintWeightOverrides
            .none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    public RotaSolution() {
    }

    public RotaSolution(ZoneId zone, LocalDate firstDate, LocalDate lastDate, List<Hub> hubs,
            List<Clinician> clinicians, List<Shift> shifts, List<Post> posts, List<ClinicianWeek> weeks,
            List<ClinicianPreference> preferences, List<ClinicianDay> clinicianDays) {
        this.zone = zone;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.hubs = hubs;
        this.clinicians = clinicians;
        this.shifts = shifts;
        this.posts = posts;
        this.weeks = weeks;
        this.preferences = preferences;
        this.clinicianDays = clinicianDays;
    }

    /**
     * This solution with other planning entities: the facts (immutable once mapped) and the weight overrides are
     * shared, the score is copied.
     */
    RotaSolution withClinicianDays(List<ClinicianDay> days) {
        RotaSolution copy = new RotaSolution(zone, firstDate, lastDate, hubs, clinicians, shifts, posts, weeks,
                preferences, days);
        copy.workPatterns = workPatterns;
        copy.shiftRequests = shiftRequests;
        copy.coverWeights = coverWeights;
        copy.constraintWeightOverrides = constraintWeightOverrides;
        copy.score = score;
        return copy;
    }

    public ZoneId getZone() {
        return zone;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public List<Hub> getHubs() {
        return hubs;
    }

    public List<Clinician> getClinicians() {
        return clinicians;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public List<ClinicianWeek> getWeeks() {
        return weeks;
    }

    public List<ClinicianPreference> getPreferences() {
        return preferences;
    }

    public List<WorkPattern> getWorkPatterns() {
        return workPatterns;
    }

    public void setWorkPatterns(List<WorkPattern> workPatterns) {
        this.workPatterns = workPatterns;
    }

    public List<ShiftRequest> getShiftRequests() {
        return shiftRequests;
    }

    public void setShiftRequests(List<ShiftRequest> shiftRequests) {
        this.shiftRequests = shiftRequests;
    }

    public List<CoverWeights> getCoverWeights() {
        return coverWeights;
    }

    public void setCoverWeights(List<CoverWeights> coverWeights) {
        this.coverWeights = coverWeights;
    }

    public List<ClinicianDay> getClinicianDays() {
        return clinicianDays;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}

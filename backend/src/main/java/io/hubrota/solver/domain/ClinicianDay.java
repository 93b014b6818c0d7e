package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One clinician on one date: the planning entity. The variable is the hub post worked that day, or none. The model
 * itself enforces "at most one hub shift per clinician per day".
 */
@PlanningEntity(comparatorClass = ClinicianDayDifficulty.class)
public class ClinicianDay {

    @PlanningId
    private String id;
    private Clinician clinician;
    private LocalDate date;
    private ClinicianWeek week;
    /** Start of this local date and of the next one, in real time (23 or 25 hours apart on clock-change days). */
    private TimeSpan day;
    /** Earliest start and latest end of the practice commitments starting on this date; null when there are none. */
    private TimeSpan commitments;
    private List<Post> possiblePosts;
    /** The weekly-rest windows this day's work can fall in: those holding this date or starting the next. */
    private List<RestWindow> restWindows = List.of();
    /** Re-planning: the shift this clinician worked this date in the previous plan (null: none that day). */
    private String previousShiftId;
    private boolean replanning;

    @PlanningVariable(allowsUnassigned = true)
    private Post post;

    @PlanningPin
    private boolean pinned;

    public ClinicianDay() {
    }

    public ClinicianDay(String id, Clinician clinician, LocalDate date, ClinicianWeek week, TimeSpan day,
            TimeSpan commitments, List<Post> possiblePosts) {
        this.id = id;
        this.clinician = clinician;
        this.date = date;
        this.week = week;
        this.day = day;
        this.commitments = commitments;
        this.possiblePosts = possiblePosts;
    }

    /** A copy of every field, the planning variable and the pin included, for {@link RotaSolutionCloner}. */
    ClinicianDay copy() {
        ClinicianDay copy = new ClinicianDay(id, clinician, date, week, day, commitments, possiblePosts);
        copy.restWindows = restWindows;
        copy.previousShiftId = previousShiftId;
        copy.replanning = replanning;
        copy.post = post;
        copy.pinned = pinned;
        return copy;
    }

    @ValueRangeProvider
    public List<Post> getPossiblePosts() {
        return possiblePosts;
    }

    public Shift getShift() {
        return post == null ? null : post.shift();
    }

    public String getShiftId() {
        return post == null ? null : post.shift().id();
    }

    public long getHubMinutes() {
        return post == null ? 0 : post.shift().minutes();
    }

    public long getUnsocialMinutes() {
        return post == null ? 0 : post.shift().unsocialMinutes();
    }

    /** A day counts as working if it has a practice commitment or a hub shift. */
    public boolean isWorking() {
        return commitments != null || post != null;
    }

    /** Earliest start of this date's work (commitments and hub shift), or null on a day off. */
    public Instant getWorkStart() {
        Instant commitmentStart = commitments == null ? null : commitments.start();
        Instant shiftStart = post == null ? null : post.shift().span().start();
        return earliest(commitmentStart, shiftStart);
    }

    /** Latest end of this date's work, or null on a day off. */
    public Instant getWorkEnd() {
        Instant commitmentEnd = commitments == null ? null : commitments.end();
        Instant shiftEnd = post == null ? null : post.shift().span().end();
        if (commitmentEnd == null) {
            return shiftEnd;
        }
        return shiftEnd == null || commitmentEnd.isAfter(shiftEnd) ? commitmentEnd : shiftEnd;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** The assigned shift cut at local midnights, for counting rooms per hub and date. */
    public List<RoomUse> getRoomUses() {
        if (post == null) {
            return List.of();
        }
        Shift shift = post.shift();
        ZoneId zone = shift.hub().zone();
        List<RoomUse> uses = new ArrayList<>(2);
        for (LocalDate local = shift.date(); ; local = local.plusDays(1)) {
            Instant dayStart = local.atStartOfDay(zone).toInstant();
            Instant dayEnd = local.plusDays(1).atStartOfDay(zone).toInstant();
            Instant from = shift.span().start().isAfter(dayStart) ? shift.span().start() : dayStart;
            Instant to = shift.span().end().isBefore(dayEnd) ? shift.span().end() : dayEnd;
            if (from.isBefore(to)) {
                uses.add(new RoomUse(shift.hub(), local, clinician.id(), new TimeSpan(from, to)));
            }
            if (!shift.span().end().isAfter(dayEnd)) {
                return uses;
            }
        }
    }

    public List<RestWindow> getRestWindows() {
        return restWindows;
    }

    public void setRestWindows(List<RestWindow> restWindows) {
        this.restWindows = restWindows;
    }

    public int getDayIndex() {
        return (int) date.toEpochDay();
    }

    public boolean isChangedFromPrevious() {
        return replanning && !Objects.equals(previousShiftId, getShiftId());
    }

    public String getId() {
        return id;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public LocalDate getDate() {
        return date;
    }

    public ClinicianWeek getWeek() {
        return week;
    }

    public TimeSpan getDay() {
        return day;
    }

    public TimeSpan getCommitments() {
        return commitments;
    }

    public Post getPost() {
        return post;
    }

    public void setPost(Post post) {
        this.post = post;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public String getPreviousShiftId() {
        return previousShiftId;
    }

    public boolean isReplanning() {
        return replanning;
    }

    /** Marks this day as part of a re-plan of an earlier rota in which the clinician worked {@code shiftId}. */
    public void setPrevious(boolean replanning, String shiftId) {
        this.replanning = replanning;
        this.previousShiftId = shiftId;
    }

    public void setPossiblePosts(List<Post> possiblePosts) {
        this.possiblePosts = possiblePosts;
    }

    @Override
    public String toString() {
        return clinician.id() + "@" + date + (post == null ? "" : "=" + post.id());
    }
}

package io.hubrota.solver.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A rota problem in the exchange format of {@code problem.json}: what anyone needs to solve or re-check a rota
 * without our code. Date-times are local to {@link #timezone()} (ISO-8601 without offset, e.g. 2026-03-29T08:00).
 * Fields beyond the published minimum (clinicians, shifts, requirements, commitments, unavailability) are optional
 * and may be null or empty.
 */
public record ProblemDocument(
        String timezone,
        LocalDate firstDate,
        LocalDate lastDate,
        List<Hub> hubs,
        List<Clinician> clinicians,
        List<Shift> shifts,
        List<LocalDate> bankHolidays,
        List<HourWeight> hourWeights,
        List<Assignment> pinned,
        List<Assignment> previous,
        Settings settings) {

    public record Hub(String id, String name, int rooms) {
    }

    public record Clinician(
            String id,
            String name,
            String role,
            List<String> skills,
            int baselineWeeklyMinutes,
            List<Interval> commitments,
            List<Interval> unavailable,
            Integer maxTravelMinutes,
            /** Travel minutes from the clinician's home practice to each hub id. */
            Map<String, Integer> travelMinutes,
            List<Preference> preferences) {
    }

    public record Interval(LocalDateTime start, LocalDateTime end) {
    }

    public record Shift(String id, String hub, LocalDateTime start, LocalDateTime end, List<Requirement> requirements) {
    }

    public record Requirement(String role, List<String> skills, int min, int desired) {
    }

    /**
     * A soft wish. {@code kind} is one of WANT_SHIFT, AVOID_SHIFT (with {@code shiftId}), AVOID_DAY (with
     * {@code date}), PREFER_HUB, AVOID_HUB (with {@code hub}); {@code weight} is 1..10.
     */
    public record Preference(String kind, String shiftId, LocalDate date, String hub, int weight) {
    }

    /** Weight of a missing clinician-minute in the hour starting at {@code hourStart} (default 1). */
    public record HourWeight(LocalDateTime hourStart, int weight) {
    }

    public record Assignment(String clinicianId, String shiftId) {
    }

    /**
     * Rule settings; null fields take the defaults. {@code constraintWeights} changes constraint weights by name
     * (e.g. {@code "Travel minutes": "0hard/0medium/2soft"}; a zero weight switches a rule off).
     */
    public record Settings(
            Integer minRestMinutes,
            Integer maxConsecutiveWorkingDays,
            Integer weeklyRestMinutes,
            Map<String, String> constraintWeights) {

        public static Settings defaults() {
            return new Settings(null, null, null, null);
        }
    }
}

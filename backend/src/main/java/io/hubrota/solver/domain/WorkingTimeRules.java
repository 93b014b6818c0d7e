package io.hubrota.solver.domain;

/**
 * The working-time limits that apply to a clinician (UK Working Time Regulations defaults). Carried per clinician so
 * that constraints need no extra join, and so contracts could differ later.
 */
public record WorkingTimeRules(int minRestMinutes, int maxConsecutiveWorkingDays, int weeklyRestMinutes) {

    public static final int DEFAULT_MIN_REST_MINUTES = 11 * 60;
    public static final int DEFAULT_MAX_CONSECUTIVE_WORKING_DAYS = 6;
    public static final int DEFAULT_WEEKLY_REST_MINUTES = 24 * 60;

    public static WorkingTimeRules defaults() {
        return new WorkingTimeRules(DEFAULT_MIN_REST_MINUTES, DEFAULT_MAX_CONSECUTIVE_WORKING_DAYS,
                DEFAULT_WEEKLY_REST_MINUTES);
    }
}

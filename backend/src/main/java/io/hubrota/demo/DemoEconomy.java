package io.hubrota.demo;

import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A generated health economy: the persisted domain in plain records, so the app can load it into the database
 * and the CLI and benchmarks can turn it into a solver problem without one.
 */
public record DemoEconomy(
        String size,
        long seed,
        LocalDate firstDate,
        int weeks,
        List<Practice> practices,
        List<Hub> hubs,
        List<Clinician> clinicians,
        List<ShiftTemplate> templates) {

    public record Practice(String code, String name, String locality, int listSize, double latitude, double longitude) {
    }

    public record Hub(String code, String name, String town, double latitude, double longitude, int rooms,
            int populationServed, List<OpeningHours> openingHours) {
    }

    public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    public record Clinician(String code, String name, Role role, Set<String> skills, String practiceCode,
            int baselineWeeklyMinutes, int maxTravelMinutes, List<Commitment> commitments, List<Leave> leave,
            List<Preference> preferences, String username) {
    }

    /** A fixed weekly session at the home practice; not held on bank holidays. */
    public record Commitment(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** Leave on whole days, first to last inclusive. */
    public record Leave(LocalDate first, LocalDate last, String reason) {
    }

    /** kind: AVOID_WEEKDAY (day), PREFER_HUB or AVOID_HUB (hubCode); weight 1..10. */
    public record Preference(String kind, DayOfWeek day, String hubCode, int weight) {
    }

    /** A recurring weekly hub session. On a bank holiday a hub runs its Sunday sessions instead. */
    public record ShiftTemplate(String hubCode, DayOfWeek day, LocalTime start, LocalTime end,
            List<Requirement> requirements) {
    }

    public record Requirement(Role role, Set<String> skills, int min, int desired) {
    }
}

package io.hubrota.clinicians;

import io.hubrota.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One clinician in full: weekly practice commitments (and their weekly total against the baseline), leave and
 * preferences. {@code version} goes back with an update and covers the commitments too.
 */
public record ClinicianResponse(Long id, Integer version, String code, String name, Role role, Set<String> skills,
        PracticeRef practice, int baselineWeeklyMinutes, int maxTravelMinutes, boolean active, Long userId,
        @Schema(nullable = true) String email,
        List<Commitment> commitments, List<Leave> unavailability, List<PreferenceLine> preferences) {

    public record Commitment(Long id, DayOfWeek weekday, LocalTime start, LocalTime end, LocalDate validFrom,
            LocalDate validTo) {

        static Commitment from(PracticeCommitment commitment) {
            return new Commitment(commitment.getId(), commitment.getWeekday(), commitment.getStart(),
                    commitment.getEnd(), commitment.getValidFrom(), commitment.getValidTo());
        }
    }

    public record Leave(Long id, Instant start, Instant end, UnavailabilityKind kind, String reason) {

        static Leave from(Unavailability unavailability) {
            return new Leave(unavailability.getId(), unavailability.getStart(), unavailability.getEnd(),
                    unavailability.getKind(), unavailability.getReason());
        }
    }

    public record PreferenceLine(Long id, PreferenceKind kind, DayOfWeek weekday, LocalDate date, Long hubId,
            int weight) {

        static PreferenceLine from(Preference preference) {
            return new PreferenceLine(preference.getId(), preference.getKind(), preference.getWeekday(),
                    preference.getDate(), preference.getHub() == null ? null : preference.getHub().getId(),
                    preference.getWeight());
        }
    }
}

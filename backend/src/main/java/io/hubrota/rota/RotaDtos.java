package io.hubrota.rota;

import io.swagger.v3.oas.annotations.media.Schema;
import io.hubrota.shared.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Request and response shapes of the rota API. */
final class RotaDtos {

    private RotaDtos() {
    }

    record CreateRotaRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate firstDate,
            @Min(1) @Max(6) int weeks,
            @NotEmpty Set<@NotNull Long> hubIds) {

        @AssertTrue(message = "a rota starts on a Monday")
        boolean isFirstDateMonday() {
            return firstDate == null || firstDate.getDayOfWeek() == DayOfWeek.MONDAY;
        }
    }

    record RotaSummaryResponse(long id, String name, LocalDate firstDate, LocalDate lastDate, RotaStatus status,
            int publishedVersion, List<HubResponse> hubs, boolean solving, int version) {
    }

    record HubResponse(long id, String code, String name, int rooms) {
    }

    record RotaBoardResponse(long id, String name, LocalDate firstDate, LocalDate lastDate, RotaStatus status,
            int publishedVersion, int version, List<HubResponse> hubs, List<BoardDay> days, List<GapResponse> gaps,
            @Schema(nullable = true) ScoreResponse score, double coveragePercent, SolverStateResponse solver) {
    }

    record BoardDay(LocalDate date, boolean bankHoliday, List<BoardShift> shifts) {
    }

    record BoardShift(long id, long hubId, String hubName, LocalDateTime start, LocalDateTime end,
            List<BoardLine> requirements, List<BoardAssignment> assignments) {
    }

    record BoardLine(long id, Role role, List<String> skills, int min, int desired, int assigned) {
    }

    record BoardAssignment(long id, long clinicianId, String clinicianName, Role role, long requirementId,
            boolean pinned, AssignmentSource source, int version) {
    }

    record GapResponse(long shiftId, long requirementId, String hubName, LocalDateTime start, Role role,
            List<String> skills, int missing, GapReason reason, String explanation) {
    }

    record SolverStateResponse(boolean solving, @Schema(nullable = true) ScoreResponse lastSavedScore,
            @Schema(nullable = true) Instant lastSavedAt) {
    }

    record AddAssignmentRequest(@NotNull Long shiftId, @NotNull Long clinicianId) {
    }

    record UpdateAssignmentRequest(@NotNull Boolean pinned, @NotNull Integer version) {
    }

    record EditResponse(ScoreResponse scoreBefore, ScoreResponse scoreAfter, List<RotaScoring.BrokenRule> brokenRules,
            Long assignmentId) {
    }

    record SuggestionResponse(long clinicianId, String clinicianName, Role role, long requirementId,
            ScoreResponse scoreDelta) {
    }

    record AbsenceRequest(@NotNull Long clinicianId, @NotNull LocalDate from, @NotNull LocalDate to,
            @Size(max = 200) String reason) {

        @AssertTrue(message = "the absence ends on or after its first day")
        boolean isPeriodValid() {
            return from == null || to == null || !to.isBefore(from);
        }
    }

    record AbsenceResponse(long unavailabilityId, List<RemovedAssignment> removedAssignments) {
    }

    record RemovedAssignment(long shiftId, String hubName, LocalDateTime start, LocalDateTime end) {
    }
}

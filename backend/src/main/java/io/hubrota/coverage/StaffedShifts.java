package io.hubrota.coverage;

import io.hubrota.clinicians.Unavailability;
import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.Shift;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shifts of non-archived rotas dated in a period, each with the staffing that counts for it. The rule:
 * a rota that has been published counts as its latest published version (what clinicians have been told and will
 * turn up for; draft edits after a publish count once they are republished); a rota never published counts as its
 * draft. One rule per rota, so a rota's figures never mix the two. A clinician who is now unavailable (leave or an
 * absence overlapping the shift) does not staff it, even though the published version still names them: an absence
 * changes only the draft, and the real picture has a gap there until the rota is republished.
 */
@Component
@Transactional(readOnly = true)
class StaffedShifts {

    private final CoverageQueries queries;

    StaffedShifts(CoverageQueries queries) {
        this.queries = queries;
    }

    /** Shifts dated {@code from} to {@code to} inclusive, optionally at one hub, in start order. */
    List<StaffedShift> between(LocalDate from, LocalDate to, Long hubId) {
        List<Shift> shifts = queries.shifts(from, to, hubId);
        if (shifts.isEmpty()) {
            return List.of();
        }
        Set<Long> published = queries.publishedRotaIds(shifts.stream().map(Shift::getRota).distinct().toList());
        Map<Long, List<StaffedShift.Staff>> staffByShift = new HashMap<>();
        for (PublishedAssignment assignment : queries.currentlyPublished(from, to, hubId)) {
            staffByShift.computeIfAbsent(assignment.getShift().getId(), id -> new ArrayList<>())
                .add(new StaffedShift.Staff(assignment.getClinician().getId(), assignment.getClinician().getRole(),
                        assignment.getRequirement().getId()));
        }
        for (Assignment assignment : queries.drafts(from, to, hubId)) {
            if (!published.contains(assignment.getRota().getId())) {
                staffByShift.computeIfAbsent(assignment.getShift().getId(), id -> new ArrayList<>())
                    .add(new StaffedShift.Staff(assignment.getClinician().getId(),
                            assignment.getClinician().getRole(), assignment.getRequirement().getId()));
            }
        }
        dropUnavailable(shifts, staffByShift);
        return shifts.stream()
            .map(shift -> new StaffedShift(shift.getId(), shift.getHub().getId(), shift.getHub().getName(),
                    shift.getDate(), shift.getStartLocal(), shift.getEndLocal(),
                    published.contains(shift.getRota().getId()) ? StaffingSource.PUBLISHED : StaffingSource.DRAFT,
                    shift.getRequirements()
                        .stream()
                        .map(line -> new StaffedShift.Line(line.getId(), line.getRole(), line.getMin(),
                                line.getDesired()))
                        .toList(),
                    List.copyOf(staffByShift.getOrDefault(shift.getId(), List.of()))))
            .toList();
    }

    /** Removes from each shift the staff with leave or an absence overlapping it, loaded in one query. */
    private void dropUnavailable(List<Shift> shifts, Map<Long, List<StaffedShift.Staff>> staffByShift) {
        Set<Long> clinicianIds = new HashSet<>();
        staffByShift.values().forEach(staff -> staff.forEach(person -> clinicianIds.add(person.clinicianId())));
        if (clinicianIds.isEmpty()) {
            return;
        }
        Instant from = shifts.stream().map(Shift::getStart).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = shifts.stream().map(Shift::getEnd).max(Comparator.naturalOrder()).orElseThrow();
        Map<Long, List<Unavailability>> byClinician = new HashMap<>();
        for (Unavailability unavailability : queries.unavailabilities(clinicianIds, from, to)) {
            byClinician.computeIfAbsent(unavailability.getClinician().getId(), id -> new ArrayList<>())
                .add(unavailability);
        }
        if (byClinician.isEmpty()) {
            return;
        }
        for (Shift shift : shifts) {
            List<StaffedShift.Staff> staff = staffByShift.get(shift.getId());
            if (staff != null) {
                staff.removeIf(person -> byClinician.getOrDefault(person.clinicianId(), List.of())
                    .stream()
                    .anyMatch(unavailability -> unavailability.overlaps(shift.getStart(), shift.getEnd())));
            }
        }
    }
}

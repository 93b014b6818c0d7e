package io.hubrota.coverage;

import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.Shift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shifts of non-archived rotas dated in a period, each with the staffing that counts for it. The rule:
 * a rota that has been published counts as its latest published version (what clinicians have been told and will
 * turn up for; draft edits after a publish count once they are republished); a rota never published counts as its
 * draft. One rule per rota, so a rota's figures never mix the two.
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
}

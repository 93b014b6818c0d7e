package io.hubrota.rota;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a solution's plan into a rota's working copy (source SOLVER). Pinned assignments stay as they are; an
 * unpinned one that the plan keeps stays too (same row, same version), the rest are replaced. Runs inside the
 * caller's transaction.
 */
@Component
class SolutionWriter {

    private final ShiftRepository shifts;

    private final AssignmentRepository assignments;

    private final ClinicianRepository clinicians;

    private final EntityManager entityManager;

    SolutionWriter(ShiftRepository shifts, AssignmentRepository assignments, ClinicianRepository clinicians,
            EntityManager entityManager) {
        this.shifts = shifts;
        this.assignments = assignments;
        this.clinicians = clinicians;
        this.entityManager = entityManager;
    }

    /** Returns how many assignments were added or removed. */
    int write(Rota rota, RotaSolution solution) {
        Map<String, Shift> shiftsById = RotaProblemFactory.shiftsById(shifts.findByRotaOrderByStartAsc(rota));
        Map<String, ClinicianDay> planned = new HashMap<>();
        for (ClinicianDay day : solution.getClinicianDays()) {
            if (day.getPost() != null) {
                planned.put(day.getClinician().id() + "@" + day.getShiftId(), day);
            }
        }
        int changes = 0;
        for (Assignment existing : assignments.findByRota(rota)) {
            String key = RotaProblemFactory.id(existing.getClinician().getId()) + "@"
                    + RotaProblemFactory.id(existing.getShift().getId());
            if (planned.remove(key) == null && !existing.isPinned()) {
                assignments.delete(existing);
                changes++;
            }
        }
        // The deletions must reach the database before inserts that may reuse a (shift, clinician) pair.
        assignments.flush();
        Set<Long> clinicianIds = planned.values().stream()
                .map(day -> Long.valueOf(day.getClinician().id()))
                .collect(Collectors.toSet());
        Map<Long, Clinician> cliniciansById = clinicians.findAllById(clinicianIds).stream()
                .collect(Collectors.toMap(Clinician::getId, c -> c));
        for (ClinicianDay day : planned.values()) {
            Shift shift = Objects.requireNonNull(shiftsById.get(day.getShiftId()), day.getShiftId());
            Clinician clinician = cliniciansById.get(Long.valueOf(day.getClinician().id()));
            assignments.save(new Assignment(line(shift, day.getPost().line(), clinician), clinician,
                    AssignmentSource.SOLVER));
            changes++;
        }
        if (changes > 0) {
            // The working copy changed: a publish or edit based on the rota as it was must be refused.
            entityManager.lock(rota, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return changes;
    }

    /**
     * The requirement line a problem line stands for (the problem keeps the shift's order), or, should the lines
     * have changed since, the first line whose role and skills the clinician meets.
     */
    static ShiftRequirement line(Shift shift, int index, Clinician clinician) {
        List<ShiftRequirement> lines = shift.getRequirements();
        if (index < lines.size() && meets(clinician, lines.get(index))) {
            return lines.get(index);
        }
        return lines.stream().filter(line -> meets(clinician, line)).findFirst()
                .orElse(lines.get(Math.min(index, lines.size() - 1)));
    }

    static boolean meets(Clinician clinician, ShiftRequirement line) {
        return clinician.getRole() == line.getRole() && clinician.hasSkills(line.getSkills());
    }
}

package io.hubrota.coverage;

import io.hubrota.shared.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A shift with its requirement lines and who staffs it, detached from JPA so the coverage and access arithmetic is
 * plain Java that unit tests can feed directly.
 */
record StaffedShift(long shiftId, long hubId, String hubName, LocalDate date, LocalDateTime start, LocalDateTime end,
        StaffingSource source, List<Line> lines, List<Staff> staff) {

    /** One requirement line: at least {@code min} of a role, {@code desired} if possible. */
    record Line(long id, Role role, int min, int desired) {
    }

    /** A clinician on the shift, filling the line {@code lineId}. */
    record Staff(long clinicianId, Role clinicianRole, long lineId) {
    }

    boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return start.isBefore(to) && from.isBefore(end);
    }

    long staffedOn(Line line) {
        return staff.stream().filter(person -> person.lineId() == line.id()).count();
    }
}

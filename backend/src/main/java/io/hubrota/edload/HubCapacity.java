package io.hubrota.edload;

import io.hubrota.rota.Shift;
import io.hubrota.rota.ShiftRequirement;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hub capacity per real hour from the rota: staffed clinician-hours (assignments) and required clinician-hours
 * (requirement minimums) of the shifts in a date range, over every rota. The queries live here rather than in the
 * rota repositories because only this feature asks across rotas by date.
 */
@Component
class HubCapacity {

    private final EntityManager entityManager;

    HubCapacity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Clinician-hours in one real hour: staffed, and required by the shifts' minimums. */
    record HourCapacity(double staffed, double required) {

        HourCapacity plus(HourCapacity other) {
            return new HourCapacity(staffed + other.staffed, required + other.required);
        }
    }

    /** Capacity by hour start of the shifts on local dates [first, last]. */
    @Transactional(readOnly = true)
    Map<Instant, HourCapacity> byHour(LocalDate first, LocalDate last) {
        List<Shift> shifts = entityManager
            .createQuery("select distinct s from Shift s left join fetch s.requirements where s.date between :first "
                    + "and :last", Shift.class)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList();
        Map<Long, Long> staffedByShift = new HashMap<>();
        for (Object[] row : entityManager
            .createQuery("select a.shift.id, count(a) from Assignment a where a.shift.date between :first and :last "
                    + "group by a.shift.id", Object[].class)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList()) {
            staffedByShift.put((Long) row[0], (Long) row[1]);
        }
        Map<Instant, HourCapacity> byHour = new HashMap<>();
        for (Shift shift : shifts) {
            long staffed = staffedByShift.getOrDefault(shift.getId(), 0L);
            int required = shift.getRequirements().stream().mapToInt(ShiftRequirement::getMin).sum();
            Instant hour = shift.getStart().truncatedTo(ChronoUnit.HOURS);
            for (; hour.isBefore(shift.getEnd()); hour = hour.plusSeconds(3600)) {
                Instant from = hour.isAfter(shift.getStart()) ? hour : shift.getStart();
                Instant to = hour.plusSeconds(3600).isBefore(shift.getEnd()) ? hour.plusSeconds(3600) : shift.getEnd();
                double hours = ChronoUnit.SECONDS.between(from, to) / 3600.0;
                byHour.merge(hour, new HourCapacity(staffed * hours, required * hours), HourCapacity::plus);
            }
        }
        return byHour;
    }
}

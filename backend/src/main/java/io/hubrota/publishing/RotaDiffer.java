package io.hubrota.publishing;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.publishing.RotaDiff.ClinicianChange;
import io.hubrota.publishing.RotaDiff.ShiftRef;
import io.hubrota.rota.Rota;
import io.hubrota.rota.Shift;
import io.hubrota.rota.ShiftRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Compares two plans of a rota, each a set of (clinician id, shift id) pairs. */
@Component
class RotaDiffer {

    private final ShiftRepository shifts;

    private final ClinicianRepository clinicians;

    RotaDiffer(ShiftRepository shifts, ClinicianRepository clinicians) {
        this.shifts = shifts;
        this.clinicians = clinicians;
    }

    record Pair(long clinicianId, long shiftId) {
    }

    RotaDiff diff(Rota rota, int fromVersion, Integer toVersion, Set<Pair> before, Set<Pair> after) {
        Map<Long, Shift> shiftsById = shifts.findByRotaOrderByStartAsc(rota).stream()
                .collect(Collectors.toMap(Shift::getId, Function.identity()));
        Map<Long, TreeSet<Long>> gained = new TreeMap<>();
        Map<Long, TreeSet<Long>> lost = new TreeMap<>();
        for (Pair pair : after) {
            if (!before.contains(pair)) {
                gained.computeIfAbsent(pair.clinicianId(), id -> new TreeSet<>()).add(pair.shiftId());
            }
        }
        for (Pair pair : before) {
            if (!after.contains(pair)) {
                lost.computeIfAbsent(pair.clinicianId(), id -> new TreeSet<>()).add(pair.shiftId());
            }
        }
        Set<Long> changed = new HashSet<>(gained.keySet());
        changed.addAll(lost.keySet());
        Map<Long, Clinician> names = clinicians.findAllById(changed).stream()
                .collect(Collectors.toMap(Clinician::getId, Function.identity()));
        List<ClinicianChange> changes = new ArrayList<>();
        for (Long clinicianId : changed) {
            changes.add(new ClinicianChange(clinicianId, names.get(clinicianId).getName(),
                    refs(gained.get(clinicianId), shiftsById), refs(lost.get(clinicianId), shiftsById)));
        }
        changes.sort(Comparator.comparing(ClinicianChange::clinicianName).thenComparing(ClinicianChange::clinicianId));
        return new RotaDiff(fromVersion, toVersion, changes.size(), changes);
    }

    private static List<ShiftRef> refs(Set<Long> shiftIds, Map<Long, Shift> shifts) {
        if (shiftIds == null) {
            return List.of();
        }
        return shiftIds.stream()
                .map(shifts::get)
                .sorted(Comparator.comparing(Shift::getStart))
                .map(shift -> new ShiftRef(shift.getId(), shift.getHub().getName(), shift.getStartLocal(),
                        shift.getEndLocal()))
                .toList();
    }
}

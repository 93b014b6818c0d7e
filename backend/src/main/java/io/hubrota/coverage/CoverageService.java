package io.hubrota.coverage;

import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.shared.web.DateRange;
import io.hubrota.shared.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage and seven-day access across hubs, for operations leads and hub managers. Read-only. */
@Service
@Transactional(readOnly = true)
class CoverageService {

    private final StaffedShifts staffedShifts;

    private final HubRepository hubs;

    CoverageService(StaffedShifts staffedShifts, HubRepository hubs) {
        this.staffedShifts = staffedShifts;
        this.hubs = hubs;
    }

    /** {@code visible}: the hubs the caller may see, empty for all. */
    CoverageResponse coverage(DateRange range, Long hubId, Optional<Set<Long>> visible) {
        if (hubId != null && (!hubs.existsById(hubId) || !allowed(visible, hubId))) {
            throw new NotFoundException("There is no hub " + hubId + " you can see");
        }
        List<StaffedShift> shifts = staffedShifts.between(range.from(), range.to(), hubId)
            .stream()
            .filter(shift -> allowed(visible, shift.hubId()))
            .toList();
        return CoverageCalculator.coverage(range.from(), range.to(), shifts);
    }

    /** All hubs the caller may see, or only those listed. */
    AccessResponse access(DateRange range, List<Long> hubIds, Optional<Set<Long>> visible) {
        List<Hub> selected = hubIds == null || hubIds.isEmpty() ? hubs.findAll() : hubs.findAllById(hubIds);
        if (hubIds != null && !hubIds.isEmpty()
                && (selected.size() < hubIds.stream().distinct().count()
                        || !hubIds.stream().allMatch(id -> allowed(visible, id)))) {
            throw new NotFoundException("Not every hub asked for exists and is yours to see");
        }
        List<AccessCalculator.HubFacts> facts = selected.stream()
            .filter(hub -> allowed(visible, hub.getId()))
            .sorted(Comparator.comparing(Hub::getName).thenComparing(Hub::getId))
            .map(hub -> new AccessCalculator.HubFacts(hub.getId(), hub.getName(), hub.getPopulationServed(),
                    List.copyOf(hub.getOpeningHours())))
            .toList();
        List<StaffedShift> shifts = staffedShifts.between(range.from(), range.to(), null);
        return AccessCalculator.access(range.from(), range.to(), facts, shifts);
    }

    private static boolean allowed(Optional<Set<Long>> visible, long hubId) {
        return visible.map(ids -> ids.contains(hubId)).orElse(true);
    }
}

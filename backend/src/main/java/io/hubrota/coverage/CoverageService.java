package io.hubrota.coverage;

import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.shared.web.DateRange;
import io.hubrota.shared.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
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

    CoverageResponse coverage(DateRange range, Long hubId) {
        if (hubId != null && !hubs.existsById(hubId)) {
            throw new NotFoundException("There is no hub " + hubId);
        }
        return CoverageCalculator.coverage(range.from(), range.to(),
                staffedShifts.between(range.from(), range.to(), hubId));
    }

    /** All hubs, or only those listed. */
    AccessResponse access(DateRange range, List<Long> hubIds) {
        List<Hub> selected = hubIds == null || hubIds.isEmpty() ? hubs.findAll() : hubs.findAllById(hubIds);
        if (hubIds != null && selected.size() < hubIds.stream().distinct().count()) {
            throw new NotFoundException("Not every hub asked for exists");
        }
        List<AccessCalculator.HubFacts> facts = selected.stream()
            .sorted(Comparator.comparing(Hub::getName).thenComparing(Hub::getId))
            .map(hub -> new AccessCalculator.HubFacts(hub.getId(), hub.getName(), hub.getPopulationServed(),
                    List.copyOf(hub.getOpeningHours())))
            .toList();
        List<StaffedShift> shifts = staffedShifts.between(range.from(), range.to(), null);
        return AccessCalculator.access(range.from(), range.to(), facts, shifts);
    }
}

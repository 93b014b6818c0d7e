package io.hubrota.coverage;

import io.hubrota.shared.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The coverage heatmap and gap list from staffed shifts: plain arithmetic, no database. */
final class CoverageCalculator {

    private CoverageCalculator() {
    }

    static CoverageResponse coverage(LocalDate from, LocalDate to, List<StaffedShift> shifts) {
        Map<Long, List<StaffedShift>> byHub = shifts.stream()
            .collect(Collectors.groupingBy(StaffedShift::hubId, TreeMap::new, Collectors.toList()));
        List<CoverageResponse.HubCoverage> hubs = new ArrayList<>();
        byHub.forEach((hubId, hubShifts) -> hubs.add(new CoverageResponse.HubCoverage(hubId,
                hubShifts.get(0).hubName(), days(from, to, hubShifts))));
        hubs.sort(Comparator.comparing(CoverageResponse.HubCoverage::hubName)
            .thenComparing(CoverageResponse.HubCoverage::hubId));
        return new CoverageResponse(from, to, hubs, gaps(shifts));
    }

    private static List<CoverageResponse.DayCoverage> days(LocalDate from, LocalDate to, List<StaffedShift> shifts) {
        // Every clock hour any shift touches, keyed by the local date-time the hour starts at.
        Map<LocalDateTime, List<StaffedShift>> byHour = new TreeMap<>();
        for (StaffedShift shift : shifts) {
            for (LocalDateTime hour = shift.start().truncatedTo(ChronoUnit.HOURS); hour.isBefore(shift.end());
                    hour = hour.plusHours(1)) {
                byHour.computeIfAbsent(hour, h -> new ArrayList<>()).add(shift);
            }
        }
        Map<LocalDate, List<CoverageResponse.HourCoverage>> hoursByDate = new TreeMap<>();
        Map<LocalDate, StaffingSource> sourceByDate = new TreeMap<>();
        byHour.forEach((hour, hourShifts) -> {
            LocalDate date = hour.toLocalDate();
            if (date.isBefore(from) || date.isAfter(to)) {
                return;
            }
            hoursByDate.computeIfAbsent(date, d -> new ArrayList<>()).add(hour(hour.getHour(), hourShifts));
            for (StaffedShift shift : hourShifts) {
                sourceByDate.merge(date, shift.source(),
                        (a, b) -> a == StaffingSource.DRAFT || b == StaffingSource.DRAFT ? StaffingSource.DRAFT
                                : StaffingSource.PUBLISHED);
            }
        });
        List<CoverageResponse.DayCoverage> days = new ArrayList<>();
        hoursByDate.forEach((date, hours) -> days
            .add(new CoverageResponse.DayCoverage(date, sourceByDate.get(date), List.copyOf(hours))));
        return days;
    }

    private static CoverageResponse.HourCoverage hour(int hour, List<StaffedShift> shifts) {
        Map<Role, int[]> byRole = new EnumMap<>(Role.class);
        for (StaffedShift shift : shifts) {
            for (StaffedShift.Line line : shift.lines()) {
                int[] counts = byRole.computeIfAbsent(line.role(), r -> new int[3]);
                counts[0] += line.min();
                counts[1] += line.desired();
                counts[2] += (int) shift.staffedOn(line);
            }
        }
        List<CoverageResponse.RoleCoverage> roles = new ArrayList<>();
        int required = 0;
        int desired = 0;
        int staffed = 0;
        for (var entry : byRole.entrySet()) {
            int[] counts = entry.getValue();
            roles.add(new CoverageResponse.RoleCoverage(entry.getKey(), counts[0], counts[1], counts[2]));
            required += counts[0];
            desired += counts[1];
            staffed += counts[2];
        }
        return new CoverageResponse.HourCoverage(hour, required, desired, staffed, List.copyOf(roles));
    }

    private static List<CoverageResponse.Gap> gaps(List<StaffedShift> shifts) {
        List<CoverageResponse.Gap> gaps = new ArrayList<>();
        for (StaffedShift shift : shifts) {
            for (StaffedShift.Line line : shift.lines()) {
                int staffed = (int) shift.staffedOn(line);
                if (staffed < line.min()) {
                    gaps.add(new CoverageResponse.Gap(shift.hubId(), shift.hubName(), shift.date(), shift.shiftId(),
                            shift.start(), shift.end(), line.role(), line.min(), staffed, line.min() - staffed,
                            shift.source()));
                }
            }
        }
        gaps.sort(Comparator.comparing(CoverageResponse.Gap::start)
            .thenComparing(CoverageResponse.Gap::hubName)
            .thenComparing(CoverageResponse.Gap::role));
        return gaps;
    }
}

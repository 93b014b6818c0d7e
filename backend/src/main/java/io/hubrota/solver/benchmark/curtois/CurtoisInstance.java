package io.hubrota.solver.benchmark.curtois;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An instance of the Shift Scheduling Benchmark of Curtois and Qu (2014), as described in
 * {@code /work/shared/benchmarks/curtois/FORMAT.md}. Day 0 is a Monday. Lists keep the file's order; staff order
 * matters because the solution format lists staff in it.
 *
 * <p>The constructor checks that every reference (shift type ids, staff ids, days) resolves, so the evaluator can
 * trust an instance; {@link CurtoisParser} performs the same checks earlier with line numbers for the user.
 */
public record CurtoisInstance(
        String name,
        int days,
        List<CurtoisShiftType> shiftTypes,
        List<CurtoisStaff> staff,
        List<CurtoisShiftRequest> shiftOnRequests,
        List<CurtoisShiftRequest> shiftOffRequests,
        List<CurtoisCoverRequirement> cover) {

    public CurtoisInstance {
        Objects.requireNonNull(name, "name");
        if (days <= 0) {
            throw new IllegalArgumentException("The horizon must have at least one day, not " + days);
        }
        shiftTypes = List.copyOf(shiftTypes);
        staff = List.copyOf(staff);
        shiftOnRequests = List.copyOf(shiftOnRequests);
        shiftOffRequests = List.copyOf(shiftOffRequests);
        cover = List.copyOf(cover);
        Set<String> shiftTypeIds = uniqueIds(shiftTypes, CurtoisShiftType::id, "shift type");
        Set<String> staffIds = uniqueIds(staff, CurtoisStaff::id, "staff");
        for (CurtoisShiftType shiftType : shiftTypes) {
            requireKnown(shiftTypeIds, shiftType.forbiddenSuccessorIds(), "forbidden successor of " + shiftType.id());
        }
        for (CurtoisStaff member : staff) {
            requireKnown(shiftTypeIds, member.maxShiftsByShiftTypeId().keySet(), "MaxShifts of " + member.id());
            if (!member.maxShiftsByShiftTypeId().keySet().containsAll(shiftTypeIds)) {
                throw new IllegalArgumentException("MaxShifts of " + member.id() + " must name every shift type");
            }
            for (int day : member.daysOff()) {
                requireDay(day, days, "day off of " + member.id());
            }
        }
        for (List<CurtoisShiftRequest> requests : List.of(shiftOnRequests, shiftOffRequests)) {
            for (CurtoisShiftRequest request : requests) {
                requireKnown(staffIds, Set.of(request.staffId()), "request");
                requireKnown(shiftTypeIds, Set.of(request.shiftTypeId()), "request");
                requireDay(request.day(), days, "request of " + request.staffId());
            }
        }
        for (CurtoisCoverRequirement line : cover) {
            requireKnown(shiftTypeIds, Set.of(line.shiftTypeId()), "cover");
            requireDay(line.day(), days, "cover");
        }
    }

    public CurtoisShiftType shiftType(String id) {
        return shiftTypes.stream().filter(type -> type.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown shift type " + id));
    }

    public boolean hasShiftType(String id) {
        return shiftTypes.stream().anyMatch(type -> type.id().equals(id));
    }

    public int staffIndex(String staffId) {
        for (int index = 0; index < staff.size(); index++) {
            if (staff.get(index).id().equals(staffId)) {
                return index;
            }
        }
        throw new IllegalArgumentException("Unknown staff " + staffId);
    }

    public List<String> staffIds() {
        return staff.stream().map(CurtoisStaff::id).toList();
    }

    private static <T> Set<String> uniqueIds(List<T> items, Function<T, String> id, String kind) {
        Set<String> ids = new HashSet<>();
        for (T item : items) {
            if (!ids.add(id.apply(item))) {
                throw new IllegalArgumentException("Duplicate " + kind + " id " + id.apply(item));
            }
        }
        return ids;
    }

    private static void requireKnown(Set<String> known, Set<String> used, String where) {
        for (String id : used) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("Unknown id " + id + " in " + where);
            }
        }
    }

    private static void requireDay(int day, int days, String where) {
        if (day < 0 || day >= days) {
            throw new IllegalArgumentException("Day " + day + " of " + where + " is outside the horizon 0.." + (days - 1));
        }
    }
}

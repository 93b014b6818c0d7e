package io.hubrota.solver.benchmark.curtois;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A roster for a {@link CurtoisInstance}: for each staff member in instance order and each day, the shift type ids
 * worked. Normally a day holds no shift (a day off) or exactly one; use {@link #shiftOn} for that view.
 *
 * <p>Several shifts on one day are representable on purpose: FORMAT.md's hard rule 1 ("At most one shift per staff
 * member per day") can only be checked by {@link CurtoisEvaluator} if a roster can break it, e.g. one converted from
 * a shift-assignment model rather than from one entity per person and day.
 */
public record CurtoisRoster(List<String> staffIds, int days, List<List<List<String>>> shiftsByStaffAndDay) {

    public CurtoisRoster {
        staffIds = List.copyOf(staffIds);
        if (shiftsByStaffAndDay.size() != staffIds.size()) {
            throw new IllegalArgumentException("Expected rows for " + staffIds.size() + " staff, got "
                    + shiftsByStaffAndDay.size());
        }
        List<List<List<String>>> rows = new ArrayList<>();
        for (List<List<String>> row : shiftsByStaffAndDay) {
            if (row.size() != days) {
                throw new IllegalArgumentException("Expected " + days + " days per staff row, got " + row.size());
            }
            rows.add(row.stream().map(List::copyOf).toList());
        }
        shiftsByStaffAndDay = List.copyOf(rows);
    }

    /** Everyone off every day. */
    public static CurtoisRoster empty(CurtoisInstance instance) {
        List<String> offEveryDay = new ArrayList<>();
        for (int day = 0; day < instance.days(); day++) {
            offEveryDay.add(null);
        }
        return fromShiftGrid(instance.staffIds(), instance.days(),
                instance.staff().stream().map(member -> offEveryDay).toList());
    }

    /** From the usual one-shift-per-day view: for each staff and day a shift type id, or null for a day off. */
    public static CurtoisRoster fromShiftGrid(List<String> staffIds, int days, List<List<String>> shiftOrNullByStaffAndDay) {
        return new CurtoisRoster(staffIds, days, shiftOrNullByStaffAndDay.stream()
                .map(row -> row.stream().map(CurtoisRoster::cellOf).toList())
                .toList());
    }

    /** All shift type ids worked by the staff member that day; empty on a day off. */
    public List<String> shiftsOn(int staffIndex, int day) {
        return shiftsByStaffAndDay.get(staffIndex).get(day);
    }

    /** The shift type id worked that day, or null on a day off; fails if the day holds several shifts. */
    public String shiftOn(int staffIndex, int day) {
        List<String> shifts = shiftsOn(staffIndex, day);
        if (shifts.size() > 1) {
            throw new IllegalStateException("Staff " + staffIds.get(staffIndex) + " works " + shifts + " on day " + day);
        }
        return shifts.isEmpty() ? null : shifts.get(0);
    }

    public boolean works(int staffIndex, int day) {
        return !shiftsOn(staffIndex, day).isEmpty();
    }

    /** A copy in which the staff member works exactly {@code shiftTypeIdOrNull} that day (null: a day off). */
    public CurtoisRoster withShift(int staffIndex, int day, String shiftTypeIdOrNull) {
        return withCell(staffIndex, day, cellOf(shiftTypeIdOrNull));
    }

    /** A copy in which the staff member works one more shift that day, on top of those already there. */
    public CurtoisRoster withAdditionalShift(int staffIndex, int day, String shiftTypeId) {
        List<String> shifts = new ArrayList<>(shiftsOn(staffIndex, day));
        shifts.add(Objects.requireNonNull(shiftTypeId, "shiftTypeId"));
        return withCell(staffIndex, day, shifts);
    }

    private CurtoisRoster withCell(int staffIndex, int day, List<String> shifts) {
        List<List<List<String>>> rows = new ArrayList<>(shiftsByStaffAndDay);
        List<List<String>> row = new ArrayList<>(rows.get(staffIndex));
        row.set(day, shifts);
        rows.set(staffIndex, row);
        return new CurtoisRoster(staffIds, days, rows);
    }

    private static List<String> cellOf(String shiftTypeIdOrNull) {
        return shiftTypeIdOrNull == null ? List.of() : List.of(shiftTypeIdOrNull);
    }
}

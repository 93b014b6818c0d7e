package io.hubrota.solver.benchmark.curtois;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a {@link CurtoisRoster} exactly as FORMAT.md defines the benchmark: the objective is the sum of unmet
 * shift-on/shift-off request weights and weighted cover deviations (the published values use exactly this sum), and
 * the hard rules 1–8 are checked separately, one {@link CurtoisHardViolation} per broken rule instance.
 *
 * <p>A day counts as worked if it holds at least one shift. Runs are maximal sequences of worked (or off) days inside
 * the horizon; the minimum-length rules exempt a run that touches day 0 or the last day, which FORMAT.md states is
 * the reading behind the published optima (607, 828, 1001 on instances 1–3).
 */
public final class CurtoisEvaluator {

    private CurtoisEvaluator() {
    }

    public static CurtoisEvaluation evaluate(CurtoisInstance instance, CurtoisRoster roster) {
        requireMatchingShape(instance, roster);
        List<CurtoisHardViolation> violations = new ArrayList<>();
        for (int staffIndex = 0; staffIndex < instance.staff().size(); staffIndex++) {
            new StaffCheck(instance, roster, staffIndex, violations).run();
        }
        return new CurtoisEvaluation(
                unmetOnRequests(instance, roster),
                unmetOffRequests(instance, roster),
                coverPenalty(instance, roster, true),
                coverPenalty(instance, roster, false),
                violations);
    }

    /** "For each on request not met (not working that shift that day): its weight." Another shift does not meet it. */
    private static int unmetOnRequests(CurtoisInstance instance, CurtoisRoster roster) {
        int penalty = 0;
        for (CurtoisShiftRequest request : instance.shiftOnRequests()) {
            if (!works(instance, roster, request)) {
                penalty += request.weight();
            }
        }
        return penalty;
    }

    /** "For each off request not met (working that shift that day): its weight." Another shift that day is fine. */
    private static int unmetOffRequests(CurtoisInstance instance, CurtoisRoster roster) {
        int penalty = 0;
        for (CurtoisShiftRequest request : instance.shiftOffRequests()) {
            if (works(instance, roster, request)) {
                penalty += request.weight();
            }
        }
        return penalty;
    }

    private static boolean works(CurtoisInstance instance, CurtoisRoster roster, CurtoisShiftRequest request) {
        return roster.shiftsOn(instance.staffIndex(request.staffId()), request.day()).contains(request.shiftTypeId());
    }

    /**
     * "(requirement − assigned) × under weight if fewer are assigned, (assigned − requirement) × over weight if more",
     * summed over the cover lines only: a day and shift without a cover line carries no penalty.
     */
    private static int coverPenalty(CurtoisInstance instance, CurtoisRoster roster, boolean under) {
        int penalty = 0;
        for (CurtoisCoverRequirement line : instance.cover()) {
            int assigned = 0;
            for (int staffIndex = 0; staffIndex < instance.staff().size(); staffIndex++) {
                for (String shift : roster.shiftsOn(staffIndex, line.day())) {
                    if (shift.equals(line.shiftTypeId())) {
                        assigned++;
                    }
                }
            }
            boolean isUnder = assigned < line.requirement();
            if (isUnder == under) {
                penalty += line.penaltyFor(assigned);
            }
        }
        return penalty;
    }

    private static void requireMatchingShape(CurtoisInstance instance, CurtoisRoster roster) {
        if (!roster.staffIds().equals(instance.staffIds()) || roster.days() != instance.days()) {
            throw new IllegalArgumentException("The roster (" + roster.staffIds().size() + " staff, " + roster.days()
                    + " days) does not belong to instance " + instance.name() + " (staff " + instance.staffIds()
                    + ", " + instance.days() + " days)");
        }
        for (int staffIndex = 0; staffIndex < roster.staffIds().size(); staffIndex++) {
            for (int day = 0; day < roster.days(); day++) {
                for (String shift : roster.shiftsOn(staffIndex, day)) {
                    if (!instance.hasShiftType(shift)) {
                        throw new IllegalArgumentException("Unknown shift type " + shift + " for staff "
                                + roster.staffIds().get(staffIndex) + " on day " + day);
                    }
                }
            }
        }
    }

    /** The hard rules of one staff member; they are all per person. */
    private static final class StaffCheck {

        private final CurtoisInstance instance;
        private final CurtoisRoster roster;
        private final int staffIndex;
        private final CurtoisStaff staff;
        private final List<CurtoisHardViolation> violations;

        StaffCheck(CurtoisInstance instance, CurtoisRoster roster, int staffIndex, List<CurtoisHardViolation> violations) {
            this.instance = instance;
            this.roster = roster;
            this.staffIndex = staffIndex;
            this.staff = instance.staff().get(staffIndex);
            this.violations = violations;
        }

        void run() {
            checkOneShiftPerDayAndDaysOff();
            checkForbiddenSuccessions();
            checkShiftCountsAndMinutes();
            checkRuns();
            checkWeekends();
        }

        /** Rule 1, and rule 8: "No work on a listed day off" (any shift counts as work). */
        private void checkOneShiftPerDayAndDaysOff() {
            for (int day = 0; day < instance.days(); day++) {
                List<String> shifts = roster.shiftsOn(staffIndex, day);
                if (shifts.size() > 1) {
                    add(CurtoisHardRule.ONE_SHIFT_PER_DAY, day, shifts.size() - 1,
                            "works " + shifts.size() + " shifts " + shifts + " on day " + day);
                }
                if (!shifts.isEmpty() && staff.hasDayOff(day)) {
                    add(CurtoisHardRule.DAY_OFF, day, 1, "works " + shifts + " on listed day off " + day);
                }
            }
        }

        /**
         * Rule 2: "if a staff member works shift X on day d, none of X's listed shifts may be worked on day d+1" —
         * every consecutive pair of days including across week boundaries; the horizon does not wrap around.
         */
        private void checkForbiddenSuccessions() {
            for (int day = 0; day + 1 < instance.days(); day++) {
                for (String shift : roster.shiftsOn(staffIndex, day)) {
                    for (String next : roster.shiftsOn(staffIndex, day + 1)) {
                        if (instance.shiftType(shift).forbidsAsSuccessor(next)) {
                            add(CurtoisHardRule.FORBIDDEN_SUCCESSION, day, 1,
                                    shift + " on day " + day + " is followed by forbidden " + next + " on day " + (day + 1));
                        }
                    }
                }
            }
        }

        /** Rule 3 (per shift type, at most MaxShifts; 0 means never) and rule 4 (total minutes within bounds). */
        private void checkShiftCountsAndMinutes() {
            Map<String, Integer> countByShiftType = new HashMap<>();
            int totalMinutes = 0;
            for (int day = 0; day < instance.days(); day++) {
                for (String shift : roster.shiftsOn(staffIndex, day)) {
                    countByShiftType.merge(shift, 1, Integer::sum);
                    totalMinutes += instance.shiftType(shift).lengthMinutes();
                }
            }
            for (CurtoisShiftType type : instance.shiftTypes()) {
                int count = countByShiftType.getOrDefault(type.id(), 0);
                int max = staff.maxShifts(type.id());
                if (count > max) {
                    add(CurtoisHardRule.MAX_SHIFTS_PER_TYPE, CurtoisHardViolation.WHOLE_HORIZON, count - max,
                            "works " + count + " " + type.id() + " shifts, at most " + max + " allowed");
                }
            }
            if (totalMinutes > staff.maxTotalMinutes()) {
                add(CurtoisHardRule.MAX_TOTAL_MINUTES, CurtoisHardViolation.WHOLE_HORIZON,
                        totalMinutes - staff.maxTotalMinutes(),
                        "works " + totalMinutes + " minutes, at most " + staff.maxTotalMinutes() + " allowed");
            }
            if (totalMinutes < staff.minTotalMinutes()) {
                add(CurtoisHardRule.MIN_TOTAL_MINUTES, CurtoisHardViolation.WHOLE_HORIZON,
                        staff.minTotalMinutes() - totalMinutes,
                        "works " + totalMinutes + " minutes, at least " + staff.minTotalMinutes() + " required");
            }
        }

        /**
         * Rule 5: "Every run of consecutive working days is at most MaxConsecutiveShifts long, and at least
         * MinConsecutiveShifts long unless the run touches the first or last day of the horizon."
         * Rule 6: "Every run of consecutive days off is at least MinConsecutiveDaysOff long unless it touches the first
         * or last day of the horizon." The maximum applies to every run, boundary or not.
         */
        private void checkRuns() {
            int lastDay = instance.days() - 1;
            int start = 0;
            while (start <= lastDay) {
                boolean working = roster.works(staffIndex, start);
                int end = start;
                while (end < lastDay && roster.works(staffIndex, end + 1) == working) {
                    end++;
                }
                int length = end - start + 1;
                boolean touchesHorizonEdge = start == 0 || end == lastDay;
                String run = "days " + start + ".." + end + " (" + length + ")";
                if (working) {
                    if (length > staff.maxConsecutiveShifts()) {
                        add(CurtoisHardRule.MAX_CONSECUTIVE_SHIFTS, start, length - staff.maxConsecutiveShifts(),
                                "works " + run + ", at most " + staff.maxConsecutiveShifts() + " in a row");
                    }
                    if (length < staff.minConsecutiveShifts() && !touchesHorizonEdge) {
                        add(CurtoisHardRule.MIN_CONSECUTIVE_SHIFTS, start, staff.minConsecutiveShifts() - length,
                                "works only " + run + ", at least " + staff.minConsecutiveShifts() + " in a row");
                    }
                } else if (length < staff.minConsecutiveDaysOff() && !touchesHorizonEdge) {
                    add(CurtoisHardRule.MIN_CONSECUTIVE_DAYS_OFF, start, staff.minConsecutiveDaysOff() - length,
                            "is off only " + run + ", at least " + staff.minConsecutiveDaysOff() + " in a row");
                }
                start = end + 1;
            }
        }

        /** Rule 7: "weekend w is days 7w+5 (Saturday) and 7w+6 (Sunday), worked if either is." Day 0 is a Monday. */
        private void checkWeekends() {
            int weekendsWorked = 0;
            for (int saturday = 5; saturday < instance.days(); saturday += 7) {
                boolean sundayWorked = saturday + 1 < instance.days() && roster.works(staffIndex, saturday + 1);
                if (roster.works(staffIndex, saturday) || sundayWorked) {
                    weekendsWorked++;
                }
            }
            if (weekendsWorked > staff.maxWeekends()) {
                add(CurtoisHardRule.MAX_WEEKENDS, CurtoisHardViolation.WHOLE_HORIZON, weekendsWorked - staff.maxWeekends(),
                        "works " + weekendsWorked + " weekends, at most " + staff.maxWeekends() + " allowed");
            }
        }

        private void add(CurtoisHardRule rule, int firstDay, int amount, String description) {
            violations.add(new CurtoisHardViolation(rule, staff.id(), firstDay, amount, staff.id() + " " + description));
        }
    }
}

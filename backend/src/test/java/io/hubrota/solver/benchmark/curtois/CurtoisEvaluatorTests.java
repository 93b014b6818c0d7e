package io.hubrota.solver.benchmark.curtois;

import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.DAY_OFF;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.FORBIDDEN_SUCCESSION;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MAX_CONSECUTIVE_SHIFTS;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MAX_SHIFTS_PER_TYPE;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MAX_TOTAL_MINUTES;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MAX_WEEKENDS;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MIN_CONSECUTIVE_DAYS_OFF;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MIN_CONSECUTIVE_SHIFTS;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.MIN_TOTAL_MINUTES;
import static io.hubrota.solver.benchmark.curtois.CurtoisHardRule.ONE_SHIFT_PER_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CurtoisEvaluatorTests {

    /**
     * A roster written one string per staff member in instance order, one character per day: '.' is a day off, any
     * other character is the (one-letter) shift type id worked.
     */
    static CurtoisRoster roster(CurtoisInstance instance, String... rows) {
        List<List<String>> grid = new ArrayList<>();
        for (String row : rows) {
            assertThat(row).as("row length").hasSize(instance.days());
            grid.add(Arrays.stream(row.split("")).map(cell -> cell.equals(".") ? null : cell).toList());
        }
        return CurtoisRoster.fromShiftGrid(instance.staffIds(), instance.days(), grid);
    }

    @Nested
    class ObjectiveOfInstance1 {

        private final CurtoisInstance instance1 = CurtoisTestFiles.instance("Instance1");

        @Test
        void emptyRosterPaysEveryOnRequestAndAllMissingCover() {
            // On requests (all unmet): A 2+2, B 5x3, C 5x1, D 2+2, F 2+2, H 5x1 = 4+15+5+4+4+5 = 37.
            // Off requests: all met (nobody works) = 0.
            // Cover: requirements 5+7+6+4+5+5+5+6+7+4+2+5+6+4 = 71 people short, x100 = 7100; nothing over.
            CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance1, CurtoisRoster.empty(instance1));

            assertThat(evaluation.shiftOnRequestPenalty()).isEqualTo(37);
            assertThat(evaluation.shiftOffRequestPenalty()).isZero();
            assertThat(evaluation.coverUnderPenalty()).isEqualTo(7100);
            assertThat(evaluation.coverOverPenalty()).isZero();
            assertThat(evaluation.objective()).isEqualTo(7137);
        }

        @Test
        void handMadeRosterScoresEveryTerm() {
            CurtoisRoster roster = roster(instance1,
                    //         day 0123456789abcd
                    /* A */ "..DD..........",
                    /* B */ "DDDDD.........",
                    /* C */ "..........D...",
                    /* D */ "..........D...",
                    /* E */ "..........D...",
                    /* F */ "........D.....",
                    /* G */ "..............",
                    /* H */ "..D...........");
            // On requests not met (weight each):
            //   A 2,3 met; B 0-4 met; C 0-4 unmet 5x1 = 5; D 8,9 unmet 2x2 = 4; F 0,1 unmet 2x2 = 4;
            //   H 9-13 unmet 5x1 = 5.                                                      total 18
            // Off requests not met: C 12,13 off (met); F 8 worked: 3; H 2 worked: 3; H 3 off (met).   total 6
            // Cover (requirement, assigned -> penalty), under weight 100, over weight 1:
            //   d0 5,1 -> 400   d1 7,1 -> 600   d2 6,3 (A,B,H) -> 300   d3 4,2 (A,B) -> 200
            //   d4 5,1 -> 400   d5 5,0 -> 500   d6 5,0 -> 500           d7 6,0 -> 600
            //   d8 7,1 (F) -> 600   d9 4,0 -> 400   d10 2,3 (C,D,E) -> 1 over x1 = 1
            //   d11 5,0 -> 500  d12 6,0 -> 600  d13 4,0 -> 400                under 6000, over 1
            // Objective: 18 + 6 + 6000 + 1 = 6025.
            CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance1, roster);

            assertThat(evaluation.shiftOnRequestPenalty()).isEqualTo(18);
            assertThat(evaluation.shiftOffRequestPenalty()).isEqualTo(6);
            assertThat(evaluation.coverUnderPenalty()).isEqualTo(6000);
            assertThat(evaluation.coverOverPenalty()).isEqualTo(1);
            assertThat(evaluation.objective()).isEqualTo(6025);
            // Hard: everyone is below MinTotalMinutes 3360 (at most 5 x 480 = 2400): 8 violations. Single-day runs
            // not touching day 0 or 13 (C, D, E on day 10, F on day 8, H on day 2) break MinConsecutiveShifts 2.
            // B's 5-day run touches day 0, so its length is only checked against the maximum (5: allowed).
            assertThat(evaluation.hardViolationCount(MIN_TOTAL_MINUTES)).isEqualTo(8);
            assertThat(evaluation.hardViolations(MIN_CONSECUTIVE_SHIFTS))
                    .extracting(CurtoisHardViolation::staffId).containsExactly("C", "D", "E", "F", "H");
            assertThat(evaluation.hardViolationCount()).isEqualTo(13);
        }

        @Test
        void rosterOfAnotherInstanceIsRejected() {
            CurtoisInstance instance2 = CurtoisTestFiles.instance("Instance2");

            assertThatThrownBy(() -> CurtoisEvaluator.evaluate(instance1, CurtoisRoster.empty(instance2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not belong to instance Instance1");
        }
    }

    /**
     * Hard rules on a two-week, one-person instance with shift types E (480 min) and N (600 min, E may not follow).
     * {@link Limits#LOOSE} binds nothing; each test tightens exactly the limit it is about.
     */
    @Nested
    class HardRules {

        @Test
        void looseLimitsAcceptARosterWithoutForbiddenSuccessions() {
            assertThat(evaluate(Limits.LOOSE, "EENN.EN.NN.E.E").hardViolations()).isEmpty();
        }

        @Test
        void oneShiftPerDay() {
            CurtoisInstance instance = Limits.LOOSE.instance();
            CurtoisRoster twoShiftsOnDay3 = roster(instance, "...E..........").withAdditionalShift(0, 3, "E");

            CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance, twoShiftsOnDay3);

            assertThat(evaluation.hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, ONE_SHIFT_PER_DAY, 3, 1));
        }

        @Test
        void forbiddenSuccessionIsCheckedAcrossTheWeekBoundaryButDoesNotWrapAround() {
            // N on Sunday (day 6) then E on Monday (day 7): forbidden. E then N, and N then N, are allowed.
            // N on the last day (13) and E on day 0 are not consecutive: the horizon does not wrap.
            assertThat(evaluate(Limits.LOOSE, "E.....NE......").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, FORBIDDEN_SUCCESSION, 6, 1));
            assertThat(evaluate(Limits.LOOSE, "EN.NN........N").hardViolations()).isEmpty();
        }

        @Test
        void maxShiftsPerTypeWhereZeroMeansNever() {
            Limits noNightsTwoEarlies = Limits.LOOSE.withMaxShifts(2, 0);

            assertThat(evaluate(noNightsTwoEarlies, "EE............").hardViolations()).isEmpty();
            assertThat(evaluate(noNightsTwoEarlies, "EE.E.........N").hardViolations())
                    .extracting(CurtoisHardViolation::rule, CurtoisHardViolation::amount)
                    .containsExactlyInAnyOrder(
                            tuple(MAX_SHIFTS_PER_TYPE, 1),
                            tuple(MAX_SHIFTS_PER_TYPE, 1));
        }

        @Test
        void totalMinutesWithinBothBoundsInclusive() {
            Limits between960And1000 = Limits.LOOSE.withTotalMinutes(960, 1000);

            assertThat(evaluate(between960And1000, "EE............").hardViolations()).isEmpty();
            assertThat(evaluate(between960And1000, "E.............").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MIN_TOTAL_MINUTES, -1, 480));
            assertThat(evaluate(between960And1000, "EN............").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MAX_TOTAL_MINUTES, -1, 80));
        }

        @Test
        void maxConsecutiveShiftsAppliesEvenAtTheHorizonEdges() {
            Limits atMostThree = Limits.LOOSE.withConsecutiveShifts(1, 3);

            assertThat(evaluate(atMostThree, "EEE.EEE....EEE").hardViolations()).isEmpty();
            assertThat(evaluate(atMostThree, "EEEE..........").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MAX_CONSECUTIVE_SHIFTS, 0, 1));
            assertThat(evaluate(atMostThree, "..........EEEE").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MAX_CONSECUTIVE_SHIFTS, 10, 1));
        }

        @Test
        void minConsecutiveShiftsExemptsRunsTouchingTheFirstOrLastDay() {
            Limits atLeastThree = Limits.LOOSE.withConsecutiveShifts(3, 14);

            // A 1-day run on day 0 and on day 13 touch the horizon edges: exempt.
            assertThat(evaluate(atLeastThree, "E...EEE......E").hardViolations()).isEmpty();
            // A 2-day run on days 5-6 touches neither: one short.
            assertThat(evaluate(atLeastThree, ".....EE.......").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MIN_CONSECUTIVE_SHIFTS, 5, 1));
        }

        @Test
        void minConsecutiveDaysOffExemptsRunsTouchingTheFirstOrLastDay() {
            Limits atLeastTwoOff = Limits.LOOSE.withMinConsecutiveDaysOff(2);

            // Off only on day 0 and only on day 13: both runs touch an edge. A whole horizon off touches both.
            assertThat(evaluate(atLeastTwoOff, ".EEEEEE..EEEE.").hardViolations()).isEmpty();
            assertThat(evaluate(atLeastTwoOff, "..............").hardViolations()).isEmpty();
            // Off only on day 3: one day short.
            assertThat(evaluate(atLeastTwoOff, "EEE.EE..EEEEEE").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MIN_CONSECUTIVE_DAYS_OFF, 3, 1));
        }

        @Test
        void aWeekendIsWorkedIfSaturdayOrSundayIs() {
            Limits oneWeekend = Limits.LOOSE.withMaxWeekends(1);

            // Saturday 5 and Sunday 6 are the same weekend.
            assertThat(evaluate(oneWeekend, ".....EE.......").hardViolations()).isEmpty();
            // Saturday 5 and Sunday 13 are two weekends.
            assertThat(evaluate(oneWeekend, ".....E.......E").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, MAX_WEEKENDS, -1, 1));
            // Friday 4 and Monday 7 are no weekend at all.
            assertThat(evaluate(Limits.LOOSE.withMaxWeekends(0), "....E..E......").hardViolations()).isEmpty();
        }

        @Test
        void noWorkOnAListedDayOff() {
            Limits offOnDay4 = Limits.LOOSE.withDaysOff(Set.of(4));

            assertThat(evaluate(offOnDay4, "...E.E........").hardViolations()).isEmpty();
            assertThat(evaluate(offOnDay4, "....N.........").hardViolations()).singleElement()
                    .satisfies(violation -> assertViolation(violation, DAY_OFF, 4, 1));
        }

        private CurtoisEvaluation evaluate(Limits limits, String row) {
            CurtoisInstance instance = limits.instance();
            return CurtoisEvaluator.evaluate(instance, roster(instance, row));
        }

        private void assertViolation(CurtoisHardViolation violation, CurtoisHardRule rule, int firstDay, int amount) {
            assertThat(violation.rule()).as(violation.description()).isEqualTo(rule);
            assertThat(violation.firstDay()).as(violation.description()).isEqualTo(firstDay);
            assertThat(violation.amount()).as(violation.description()).isEqualTo(amount);
            assertThat(violation.staffId()).isEqualTo("X");
        }
    }

    /** The limits of the single staff member X of the hard-rule test instances. */
    private record Limits(
            int maxEarly, int maxNight, int minTotalMinutes, int maxTotalMinutes, int minConsecutiveShifts,
            int maxConsecutiveShifts, int minConsecutiveDaysOff, int maxWeekends, Set<Integer> daysOff) {

        static final Limits LOOSE = new Limits(14, 14, 0, 100_000, 1, 14, 1, 2, Set.of());

        Limits withMaxShifts(int early, int night) {
            return new Limits(early, night, minTotalMinutes, maxTotalMinutes, minConsecutiveShifts,
                    maxConsecutiveShifts, minConsecutiveDaysOff, maxWeekends, daysOff);
        }

        Limits withTotalMinutes(int min, int max) {
            return new Limits(maxEarly, maxNight, min, max, minConsecutiveShifts, maxConsecutiveShifts,
                    minConsecutiveDaysOff, maxWeekends, daysOff);
        }

        Limits withConsecutiveShifts(int min, int max) {
            return new Limits(maxEarly, maxNight, minTotalMinutes, maxTotalMinutes, min, max, minConsecutiveDaysOff,
                    maxWeekends, daysOff);
        }

        Limits withMinConsecutiveDaysOff(int min) {
            return new Limits(maxEarly, maxNight, minTotalMinutes, maxTotalMinutes, minConsecutiveShifts,
                    maxConsecutiveShifts, min, maxWeekends, daysOff);
        }

        Limits withMaxWeekends(int max) {
            return new Limits(maxEarly, maxNight, minTotalMinutes, maxTotalMinutes, minConsecutiveShifts,
                    maxConsecutiveShifts, minConsecutiveDaysOff, max, daysOff);
        }

        Limits withDaysOff(Set<Integer> days) {
            return new Limits(maxEarly, maxNight, minTotalMinutes, maxTotalMinutes, minConsecutiveShifts,
                    maxConsecutiveShifts, minConsecutiveDaysOff, maxWeekends, days);
        }

        CurtoisInstance instance() {
            CurtoisStaff x = new CurtoisStaff("X", Map.of("E", maxEarly, "N", maxNight), maxTotalMinutes,
                    minTotalMinutes, maxConsecutiveShifts, minConsecutiveShifts, minConsecutiveDaysOff, maxWeekends,
                    daysOff);
            return new CurtoisInstance("tiny", 14,
                    List.of(new CurtoisShiftType("E", 480, Set.of()), new CurtoisShiftType("N", 600, Set.of("E"))),
                    List.of(x), List.of(), List.of(), List.of());
        }
    }
}

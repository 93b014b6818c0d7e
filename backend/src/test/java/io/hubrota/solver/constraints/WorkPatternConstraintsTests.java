package io.hubrota.solver.constraints;

import static io.hubrota.solver.ProblemBuilder.line;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.benchmark.curtois.CurtoisImporter;
import io.hubrota.solver.benchmark.curtois.CurtoisInstance;
import io.hubrota.solver.benchmark.curtois.CurtoisParser;
import io.hubrota.solver.benchmark.curtois.CurtoisRoster;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The work-pattern rules on small two-week problems written in the Curtois–Qu format (day 0 is a Monday, so days 5,
 * 6 and 12, 13 are the weekends) and imported with {@link CurtoisImporter}. Shift E lasts 480 minutes, L 600 and may
 * not be followed by E on the next day.
 */
class WorkPatternConstraintsTests {

    private final ConstraintVerifier<RotaConstraintProvider, RotaSolution> verifier = ConstraintVerifier.build(
            new RotaConstraintProvider(), RotaSolution.class, ClinicianDay.class);

    /** One staff member A with the given SECTION_STAFF fields after the id, no days off. */
    private static CurtoisInstance instance(String staffLimits) {
        return instance(staffLimits, "", "", "");
    }

    private static CurtoisInstance instance(String staffLimits, String onRequests, String offRequests, String cover) {
        String text = """
                SECTION_HORIZON
                14

                SECTION_SHIFTS
                E,480,
                L,600,E

                SECTION_STAFF
                A,%s

                SECTION_DAYS_OFF

                SECTION_SHIFT_ON_REQUESTS
                %s
                SECTION_SHIFT_OFF_REQUESTS
                %s
                SECTION_COVER
                %s
                """.formatted(staffLimits, onRequests, offRequests, cover);
        return CurtoisParser.parse("test", text);
    }

    /** Loose limits: nothing but the field under test can fire. */
    private static final String LOOSE = "E=14|L=14,99999,0,14,1,1,2";

    /** A's 14 days, one character each: '.' off, 'E' or 'L'. */
    private static RotaSolution rostered(CurtoisInstance instance, String row) {
        RotaSolution solution = CurtoisImporter.toSolution(instance);
        // The verifier checks one constraint at a time; the importer's overrides name the others.
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        List<String> cells = new ArrayList<>(Arrays.stream(row.split("")).map(c -> c.equals(".") ? null : c).toList());
        CurtoisImporter.assign(instance, solution,
                CurtoisRoster.fromShiftGrid(instance.staffIds(), instance.days(), List.of(cells)));
        return solution;
    }

    private void assertPenalty(Function<ConstraintFactory, Constraint> constraint, CurtoisInstance instance,
            String row, long penalty) {
        verifier.verifyThat((provider, factory) -> constraint.apply(factory))
                .givenSolution(rostered(instance, row))
                .penalizesBy(penalty);
    }

    @Nested
    class MaxShiftsPerType {

        private final CurtoisInstance instance = instance("E=3|L=1,99999,0,14,1,1,2");

        @Test
        void penalisesEachShiftOverTheMaximumByItsLength() {
            assertPenalty(WorkPatternConstraints::maxShiftsPerType, instance, "EEEE..........", 480);
        }

        @Test
        void theMaximumItselfIsAllowed() {
            assertPenalty(WorkPatternConstraints::maxShiftsPerType, instance, "EEE...........", 0);
        }

        @Test
        void countsEachTypeSeparately() {
            assertPenalty(WorkPatternConstraints::maxShiftsPerType, instance, "EEEEL.L.......", 480 + 600);
        }
    }

    @Nested
    class TotalMinutes {

        private final CurtoisInstance instance = instance("E=14|L=14,1500,960,14,1,1,2");

        @Test
        void penalisesMinutesBelowTheMinimum() {
            assertPenalty(WorkPatternConstraints::totalMinutes, instance, "E.............", 480);
        }

        @Test
        void aClinicianWhoWorksNothingIsShortByTheWholeMinimum() {
            assertPenalty(WorkPatternConstraints::totalMinutes, instance, "..............", 960);
        }

        @Test
        void penalisesMinutesAboveTheMaximum() {
            assertPenalty(WorkPatternConstraints::totalMinutes, instance, "EEEL..........", 540);
        }

        @Test
        void theMinimumIsInclusiveAndMinutesInsideCostNothing() {
            assertPenalty(WorkPatternConstraints::totalMinutes, instance, "EE............", 0);
            assertPenalty(WorkPatternConstraints::totalMinutes, instance, "E.....E..E....", 0);
        }
    }

    @Nested
    class MinConsecutiveWorkingDays {

        private final CurtoisInstance instance = instance("E=14|L=14,99999,0,14,3,1,2");

        @Test
        void penalisesEachMissingDayOfAnInnerRun() {
            assertPenalty(WorkPatternConstraints::minConsecutiveWorkingDays, instance, "...E...EE.....", 2 * 1440 + 1440);
        }

        @Test
        void runsTouchingTheFirstOrLastDayAreExempt() {
            assertPenalty(WorkPatternConstraints::minConsecutiveWorkingDays, instance, "E............L", 0);
            assertPenalty(WorkPatternConstraints::minConsecutiveWorkingDays, instance, "EE..........EE", 0);
        }

        @Test
        void aRunOfTheMinimumIsAllowed() {
            assertPenalty(WorkPatternConstraints::minConsecutiveWorkingDays, instance, "....ELE.......", 0);
        }
    }

    @Nested
    class MinConsecutiveDaysOff {

        private final CurtoisInstance instance = instance("E=14|L=14,99999,0,14,1,3,2");

        @Test
        void penalisesEachMissingDayOfAnInnerRunOfDaysOff() {
            assertPenalty(WorkPatternConstraints::minConsecutiveDaysOff, instance, "EE.EE..EEEEEEE", 2 * 1440 + 1440);
        }

        @Test
        void runsOfDaysOffTouchingTheFirstOrLastDayAreExempt() {
            assertPenalty(WorkPatternConstraints::minConsecutiveDaysOff, instance, ".EEEEEEEEEEEE.", 0);
            assertPenalty(WorkPatternConstraints::minConsecutiveDaysOff, instance, "..............", 0);
        }

        @Test
        void aRunOfTheMinimumIsAllowed() {
            assertPenalty(WorkPatternConstraints::minConsecutiveDaysOff, instance, "EE...EEEEEEEEE", 0);
        }
    }

    @Nested
    class MaxWeekends {

        private final CurtoisInstance instance = instance("E=14|L=14,99999,0,14,1,1,1");

        @Test
        void saturdayAndSundayOfOneWeekendCountOnce() {
            assertPenalty(WorkPatternConstraints::maxWeekends, instance, ".....EL.......", 0);
        }

        @Test
        void penalisesEachWeekendOverTheMaximumAsAFullDay() {
            assertPenalty(WorkPatternConstraints::maxWeekends, instance, ".....E.......E", 1440);
        }

        @Test
        void weekdaysDoNotCount() {
            assertPenalty(WorkPatternConstraints::maxWeekends, instance, "EEEEE..EEEEE..", 0);
        }
    }

    @Nested
    class ForbiddenSuccession {

        private final CurtoisInstance instance = instance(LOOSE);

        @Test
        void penalisesTheForbiddenShiftOnTheNextDayByItsLength() {
            assertPenalty(WorkPatternConstraints::forbiddenSuccession, instance, "..LE..........", 480);
        }

        @Test
        void theOtherOrderAndAGapAreAllowed() {
            assertPenalty(WorkPatternConstraints::forbiddenSuccession, instance, "..EL.L.E.....L", 0);
        }
    }

    @Nested
    class Cover {

        private final CurtoisInstance instance = instance(LOOSE, "", "", """
                0,E,1,100,1
                1,L,0,100,7
                """);

        @Test
        void penalisesEachMissingPersonByTheUnderWeight() {
            assertPenalty(WorkPatternConstraints::coverBelowRequirement, instance, "..............", 100);
            assertPenalty(WorkPatternConstraints::coverBelowRequirement, instance, "E.............", 0);
        }

        @Test
        void penalisesEachExtraPersonByTheOverWeight() {
            assertPenalty(WorkPatternConstraints::coverAboveRequirement, instance, "EL............", 7);
            assertPenalty(WorkPatternConstraints::coverAboveRequirement, instance, "E.............", 0);
        }

        @Test
        void postsWithoutCoverWeightsCostNothing() {
            assertPenalty(WorkPatternConstraints::coverAboveRequirement, instance, "..EEEE........", 0);
            assertPenalty(WorkPatternConstraints::coverBelowRequirement, instance, "E.............", 0);
        }
    }

    @Nested
    class ShiftRequests {

        private final CurtoisInstance instance = instance(LOOSE, "A,2,E,3", "A,4,L,2", "");

        @Test
        void anOnRequestIsMetOnlyByThatShift() {
            assertPenalty(WorkPatternConstraints::shiftOnRequest, instance, "..E...........", 0);
            assertPenalty(WorkPatternConstraints::shiftOnRequest, instance, "..L...........", 3);
            assertPenalty(WorkPatternConstraints::shiftOnRequest, instance, "..............", 3);
        }

        @Test
        void anOffRequestIsBrokenOnlyByThatShift() {
            assertPenalty(WorkPatternConstraints::shiftOffRequest, instance, "....L.........", 2);
            assertPenalty(WorkPatternConstraints::shiftOffRequest, instance, "....E.........", 0);
        }
    }

    @Nested
    class HubRotas {

        /**
         * The hub-rota mapper creates no work-pattern facts, so none of these rules can change a hub rota's score
         * (which is why the mapper switches them off; here they run at their default weights to prove it).
         */
        @Test
        void noWorkPatternRuleFiresWithoutItsFacts() {
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 3)
                    .clinician("A", "GP", 600)
                    .shift("s1", "h1", "2026-03-23T08:00", "2026-03-23T14:00", line("GP", 1, 1))
                    .shift("s2", "h1", "2026-03-28T08:00", "2026-03-28T14:00", line("GP", 2, 2))
                    .assign("A", "s1").assign("A", "s2");
            RotaSolution solution = ProblemMapper.toSolution(problem.build());
            solution.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
            List<Function<ConstraintFactory, Constraint>> rules = List.of(WorkPatternConstraints::maxShiftsPerType,
                    WorkPatternConstraints::totalMinutes, WorkPatternConstraints::minConsecutiveWorkingDays,
                    WorkPatternConstraints::minConsecutiveDaysOff, WorkPatternConstraints::maxWeekends,
                    WorkPatternConstraints::forbiddenSuccession, WorkPatternConstraints::coverBelowRequirement,
                    WorkPatternConstraints::coverAboveRequirement, WorkPatternConstraints::shiftOnRequest,
                    WorkPatternConstraints::shiftOffRequest);
            for (Function<ConstraintFactory, Constraint> rule : rules) {
                verifier.verifyThat((provider, factory) -> rule.apply(factory)).givenSolution(solution)
                        .penalizesBy(0);
            }
        }
    }
}

package io.hubrota.solver.constraints;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.constraints.justifications.DesiredStaffingJustification;
import io.hubrota.solver.constraints.justifications.HoursGuaranteeJustification;
import io.hubrota.solver.constraints.justifications.HubWithoutGpJustification;
import io.hubrota.solver.constraints.justifications.RestBetweenDaysJustification;
import io.hubrota.solver.constraints.justifications.UnmetMinimumJustification;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested class per constraint. Problems are written in the exchange format and mapped, so the tests also pin
 * down how local times become real minutes. 2026-03-29 (23 h) and 2026-10-25 (25 h) are the clock-change Sundays.
 */
class RotaConstraintProviderTests {

    private static final String GP = "GP";
    private static final String NURSE = "PRACTICE_NURSE";

    private final ConstraintVerifier<RotaConstraintProvider, RotaSolution> verifier = ConstraintVerifier.build(
            new RotaConstraintProvider(), RotaSolution.class, ClinicianDay.class);

    /** The week of the spring clock change: Monday 2026-03-23 (ISO week 13) to Sunday 2026-03-29. */
    private static ProblemBuilder springWeek() {
        return ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 3).hub("h2", 3);
    }

    /** The week of the autumn clock change: Monday 2026-10-19 to Sunday 2026-10-25. */
    private static ProblemBuilder autumnWeek() {
        return ProblemBuilder.horizon("2026-10-19", "2026-10-25").hub("h1", 3).hub("h2", 3);
    }

    private static RotaSolution solve(ProblemBuilder problem) {
        RotaSolution solution = ProblemMapper.toSolution(problem.build());
        // The verifier checks one constraint at a time, at its default weight; the mapper's overrides name others.
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        return solution;
    }

    @Nested
    class HoursGuarantee {

        @Test
        void penalisesMinutesOverBaselineCountingCommitments() {
            var problem = springWeek().clinician("A. Shah", GP, 600)
                    .commitment("A. Shah", "2026-03-23T09:00", "2026-03-23T13:00")
                    .shift("s1", "h1", "2026-03-24T08:00", "2026-03-24T14:00", line(GP, 1, 1))
                    .shift("s2", "h1", "2026-03-25T18:00", "2026-03-25T20:00", line(GP, 1, 1))
                    .assign("A. Shah", "s1").assign("A. Shah", "s2");
            verifier.verifyThat(RotaConstraintProvider::hoursGuarantee).givenSolution(solve(problem))
                    .penalizesBy(120);
        }

        @Test
        void explainsInHoursAndIsoWeek() {
            var problem = springWeek().clinician("A. Shah", GP, 600)
                    .commitment("A. Shah", "2026-03-23T09:00", "2026-03-23T13:00")
                    .shift("s1", "h1", "2026-03-24T08:00", "2026-03-24T16:00", line(GP, 1, 1))
                    .assign("A. Shah", "s1");
            var expected = new HoursGuaranteeJustification("A. Shah", "Dr A. Shah", 13, 720, 600);
            verifier.verifyThat(RotaConstraintProvider::hoursGuarantee).givenSolution(solve(problem))
                    .justifiesWith(expected);
            assertThat(expected.description()).isEqualTo("Dr A. Shah would work 12h 0m in week 13, baseline 10h 0m");
        }

        @Test
        void sundayAndMondayBelongToDifferentWeeks() {
            var problem = ProblemBuilder.horizon("2026-03-29", "2026-03-30").hub("h1", 3)
                    .clinician("c", GP, 480)
                    .shift("sun", "h1", "2026-03-29T08:00", "2026-03-29T16:00", line(GP, 1, 1))
                    .shift("mon", "h1", "2026-03-30T08:00", "2026-03-30T16:00", line(GP, 1, 1))
                    .assign("c", "sun").assign("c", "mon");
            verifier.verifyThat(RotaConstraintProvider::hoursGuarantee).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void countsRealMinutesAcrossSpringClockChange() {
            // 00:00-08:00 local on 2026-03-29 is 7 real hours.
            var problem = springWeek().clinician("c", GP, 420)
                    .shift("s", "h1", "2026-03-29T00:00", "2026-03-29T08:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::hoursGuarantee).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void countsRealMinutesAcrossAutumnClockChange() {
            // 00:00-08:00 local on 2026-10-25 is 9 real hours.
            var problem = autumnWeek().clinician("c", GP, 480)
                    .shift("s", "h1", "2026-10-25T00:00", "2026-10-25T08:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::hoursGuarantee).givenSolution(solve(problem))
                    .penalizesBy(60);
        }

        @Test
        void reportsCommitmentsAloneOverBaselineEvenWhenUnassigned() {
            var problem = springWeek().clinician("c", GP, 120)
                    .commitment("c", "2026-03-24T09:00", "2026-03-24T12:00");
            verifier.verifyThat(RotaConstraintProvider::hoursGuarantee).givenSolution(solve(problem))
                    .penalizesBy(60);
        }
    }

    @Nested
    class RoleAndSkillMismatch {

        @Test
        void penalisesShiftMinutesWhenNoLineMatches() {
            var problem = springWeek().clinician("n", NURSE, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("n", "s");
            verifier.verifyThat(RotaConstraintProvider::roleAndSkillMismatch).givenSolution(solve(problem))
                    .penalizesBy(240);
        }

        @Test
        void missingSkillIsAMismatch() {
            var problem = springWeek().clinician("c", GP, 2250, "prescribing")
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1, "paediatrics"))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::roleAndSkillMismatch).givenSolution(solve(problem))
                    .penalizesBy(240);
        }

        @Test
        void aMatchingSecondLineIsFine() {
            var problem = springWeek().clinician("n", NURSE, 2250).clinician("idle", GP, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1), line(NURSE, 1, 1))
                    .assign("n", "s");
            verifier.verifyThat(RotaConstraintProvider::roleAndSkillMismatch).givenSolution(solve(problem))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CommitmentOverlap {

        @Test
        void penalisesOverlapMinutes() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .commitment("c", "2026-03-24T08:00", "2026-03-24T12:00")
                    .shift("s", "h1", "2026-03-24T11:00", "2026-03-24T15:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::commitmentOverlap).givenSolution(solve(problem))
                    .penalizesBy(60);
        }

        @Test
        void touchingIntervalsDoNotOverlap() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .commitment("c", "2026-03-24T08:00", "2026-03-24T12:00")
                    .shift("s", "h1", "2026-03-24T12:00", "2026-03-24T16:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::commitmentOverlap).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void overlapIsRealTimeAcrossSpringClockChange() {
            // Commitment 00:00-03:00 local = 00:00-02:00 UTC; shift 00:30-03:30 local = 00:30-02:30 UTC.
            var problem = springWeek().clinician("c", GP, 2250)
                    .commitment("c", "2026-03-29T00:00", "2026-03-29T03:00")
                    .shift("s", "h1", "2026-03-29T00:30", "2026-03-29T03:30", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::commitmentOverlap).givenSolution(solve(problem))
                    .penalizesBy(90);
        }
    }

    @Nested
    class RestBetweenWorkingDays {

        @Test
        void penalisesMinutesShortOfElevenHours() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-23T14:00", "2026-03-23T22:00", line(GP, 1, 1))
                    .commitment("c", "2026-03-24T07:00", "2026-03-24T12:00")
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(120);
        }

        @Test
        void explainsTheRest() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-23T14:00", "2026-03-23T22:00", line(GP, 1, 1))
                    .commitment("c", "2026-03-24T07:00", "2026-03-24T12:00")
                    .assign("c", "s");
            var expected = new RestBetweenDaysJustification("c", "Dr c", LocalDate.parse("2026-03-23"), 540, 660);
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .justifiesWith(expected);
            assertThat(expected.description())
                    .isEqualTo("Dr c would rest 9h 0m between 2026-03-23 and 2026-03-24, needs 11h 0m");
        }

        @Test
        void practiceMorningAndHubEveningOnOneDayAreFine() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .commitment("c", "2026-03-23T08:00", "2026-03-23T12:00")
                    .shift("s", "h1", "2026-03-23T18:00", "2026-03-23T21:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void springForwardNightIsAnHourShorter() {
            // 23:00 Saturday to 09:00 Sunday looks like 10 h but is 9 h of real rest.
            var problem = springWeek().clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-28T20:00", "2026-03-28T23:00", line(GP, 1, 1))
                    .commitment("c", "2026-03-29T09:00", "2026-03-29T12:00")
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(120);
        }

        @Test
        void fallBackNightIsAnHourLonger() {
            // 22:00 Saturday to 08:00 Sunday looks like 10 h but is 11 h of real rest.
            var problem = autumnWeek().clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-10-24T18:00", "2026-10-24T22:00", line(GP, 1, 1))
                    .commitment("c", "2026-10-25T08:00", "2026-10-25T12:00")
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void shiftPastMidnightCountsToItsStartDate() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-23T20:00", "2026-03-24T02:00", line(GP, 1, 1))
                    .commitment("c", "2026-03-24T08:00", "2026-03-24T12:00")
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(300);
        }

        @Test
        void zeroRestAtMidnightAndOverlapBeyondIt() {
            var touching = springWeek().clinician("c", GP, 2250)
                    .shift("mon", "h1", "2026-03-23T14:00", "2026-03-24T00:00", line(GP, 1, 1))
                    .shift("tue", "h1", "2026-03-24T00:00", "2026-03-24T04:00", line(GP, 1, 1))
                    .assign("c", "mon").assign("c", "tue");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(touching))
                    .penalizesBy(660);
            var overlapping = springWeek().clinician("c", GP, 2250)
                    .shift("mon", "h1", "2026-03-23T20:00", "2026-03-24T09:00", line(GP, 1, 1))
                    .commitment("c", "2026-03-24T08:00", "2026-03-24T12:00")
                    .assign("c", "mon");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(overlapping))
                    .penalizesBy(720);
        }

        @Test
        void unassignedDaysWithoutCommitmentsNeedNoRest() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-23T14:00", "2026-03-23T22:00", line(GP, 1, 1));
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void restLengthComesFromSettings() {
            var problem = springWeek().settings(600, null, null).clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-23T14:00", "2026-03-23T22:00", line(GP, 1, 1))
                    .commitment("c", "2026-03-24T07:00", "2026-03-24T12:00")
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::restBetweenWorkingDays).givenSolution(solve(problem))
                    .penalizesBy(60);
        }
    }

    @Nested
    class WeeklyRest {

        private ProblemBuilder everyDayButThursday(ProblemBuilder week, String clinician) {
            for (String date : new String[] {"23", "24", "25", "27", "28", "29"}) {
                week.commitment(clinician, "2026-03-" + date + "T08:00", "2026-03-" + date + "T20:00");
            }
            return week;
        }

        @Test
        void aFreeDayGivesTheWeeklyRest() {
            var problem = everyDayButThursday(springWeek().clinician("c", GP, 6000), "c");
            verifier.verifyThat(RotaConstraintProvider::weeklyRest).givenSolution(solve(problem)).penalizesBy(0);
        }

        @Test
        void aHubShiftOnTheFreeDayBreaksIt() {
            // Longest rest becomes Thursday 14:00 to Friday 08:00 = 18 h: 6 h short.
            var problem = everyDayButThursday(springWeek().clinician("c", GP, 6000), "c")
                    .shift("s", "h1", "2026-03-26T10:00", "2026-03-26T14:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::weeklyRest).givenSolution(solve(problem)).penalizesBy(360);
        }

        @Test
        void restAcrossSpringClockChangeIsAnHourShort() {
            // Daily 00:00-04:00; Sunday 04:00-06:00. Saturday 04:00 GMT to Sunday 04:00 BST is 23 real hours.
            var problem = springWeek().clinician("c", GP, 6000);
            for (int day = 23; day <= 28; day++) {
                problem.commitment("c", "2026-03-" + day + "T00:00", "2026-03-" + day + "T04:00");
            }
            problem.commitment("c", "2026-03-29T04:00", "2026-03-29T06:00");
            verifier.verifyThat(RotaConstraintProvider::weeklyRest).givenSolution(solve(problem)).penalizesBy(60);
        }

        @Test
        void restAcrossAutumnClockChangeIsAnHourLonger() {
            var problem = autumnWeek().clinician("c", GP, 6000);
            for (int day = 19; day <= 24; day++) {
                problem.commitment("c", "2026-10-" + day + "T00:00", "2026-10-" + day + "T04:00");
            }
            problem.commitment("c", "2026-10-25T04:00", "2026-10-25T06:00");
            verifier.verifyThat(RotaConstraintProvider::weeklyRest).givenSolution(solve(problem)).penalizesBy(0);
        }

        @Test
        void everySevenDayWindowInTheHorizonCounts() {
            // Eight days of 08:00-20:00 work: two windows, each with 12 h as the longest rest.
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-30").hub("h1", 1)
                    .clinician("c", GP, 6000);
            for (LocalDate date = LocalDate.parse("2026-03-23"); !date.isAfter(LocalDate.parse("2026-03-30"));
                    date = date.plusDays(1)) {
                problem.commitment("c", date + "T08:00", date + "T20:00");
            }
            verifier.verifyThat(RotaConstraintProvider::weeklyRest).givenSolution(solve(problem))
                    .penalizesBy(2 * 720);
        }

        @Test
        void aHorizonShorterThanAWeekHasNoWindow() {
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-28").hub("h1", 1).clinician("c", GP, 6000);
            for (int day = 23; day <= 28; day++) {
                problem.commitment("c", "2026-03-" + day + "T08:00", "2026-03-" + day + "T20:00");
            }
            verifier.verifyThat(RotaConstraintProvider::weeklyRest).givenSolution(solve(problem)).penalizesBy(0);
        }
    }

    @Nested
    class MaximumConsecutiveWorkingDays {

        private ProblemBuilder sevenDaysOfCommitmentsExceptThursday() {
            var problem = springWeek().clinician("c", GP, 6000);
            for (String date : new String[] {"23", "24", "25", "27", "28", "29"}) {
                problem.commitment("c", "2026-03-" + date + "T08:00", "2026-03-" + date + "T10:00");
            }
            return problem;
        }

        @Test
        void sixDaysAroundAFreeDayAreFine() {
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .givenSolution(solve(sevenDaysOfCommitmentsExceptThursday())).penalizesBy(0);
        }

        @Test
        void aHubShiftMakingASeventhDayIsADayOver() {
            var problem = sevenDaysOfCommitmentsExceptThursday()
                    .shift("s", "h1", "2026-03-26T10:00", "2026-03-26T14:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .givenSolution(solve(problem)).penalizesBy(1440);
        }

        @Test
        void limitComesFromSettings() {
            var problem = sevenDaysOfCommitmentsExceptThursday().settings(null, 2, null);
            // Runs of 3 (Mon-Wed) and 3 (Fri-Sun): one day over each.
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .givenSolution(solve(problem)).penalizesBy(2 * 1440);
        }
    }

    @Nested
    class LeaveOverlap {

        @Test
        void penalisesMinutesOnLeave() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .leave("c", "2026-03-24T00:00", "2026-03-25T00:00")
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::leaveOverlap).givenSolution(solve(problem)).penalizesBy(240);
        }

        @Test
        void partialLeave() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .leave("c", "2026-03-24T11:00", "2026-03-24T17:00")
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::leaveOverlap).givenSolution(solve(problem)).penalizesBy(60);
        }

        @Test
        void leaveEndingAsTheShiftStartsIsFine() {
            var problem = springWeek().clinician("c", GP, 2250)
                    .leave("c", "2026-03-23T00:00", "2026-03-24T08:00")
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::leaveOverlap).givenSolution(solve(problem)).penalizesBy(0);
        }
    }

    @Nested
    class HubRooms {

        @Test
        void penalisesEachClinicianOverTheRoomsForTheOverlap() {
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 1)
                    .clinician("a", GP, 2250).clinician("b", GP, 2250)
                    .shift("s1", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .shift("s2", "h1", "2026-03-25T10:00", "2026-03-25T14:00", line(GP, 1, 1))
                    .shift("s3", "h1", "2026-03-24T10:00", "2026-03-24T14:00", line(GP, 1, 1))
                    .assign("a", "s1").assign("b", "s3");
            verifier.verifyThat(RotaConstraintProvider::hubRooms).givenSolution(solve(problem)).penalizesBy(120);
        }

        @Test
        void threeOnOneShiftInTwoRooms() {
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 2)
                    .clinician("a", GP, 2250).clinician("b", GP, 2250).clinician("c", GP, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 3, 3))
                    .assign("a", "s").assign("b", "s").assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::hubRooms).givenSolution(solve(problem)).penalizesBy(240);
        }

        @Test
        void backToBackShiftsAndOtherHubsShareNoRoom() {
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 1).hub("h2", 1)
                    .clinician("a", GP, 2250).clinician("b", GP, 2250).clinician("c", GP, 2250)
                    .shift("s1", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .shift("s2", "h1", "2026-03-24T12:00", "2026-03-24T16:00", line(GP, 1, 1))
                    .shift("s3", "h2", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("a", "s1").assign("b", "s2").assign("c", "s3");
            verifier.verifyThat(RotaConstraintProvider::hubRooms).givenSolution(solve(problem)).penalizesBy(0);
        }

        @Test
        void overflowIsRealTimeAcrossSpringClockChange() {
            var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 1)
                    .clinician("a", GP, 2250).clinician("b", GP, 2250)
                    .shift("s", "h1", "2026-03-29T00:00", "2026-03-29T04:00", line(GP, 2, 2))
                    .assign("a", "s").assign("b", "s");
            verifier.verifyThat(RotaConstraintProvider::hubRooms).givenSolution(solve(problem)).penalizesBy(180);
        }
    }

    @Nested
    class TravelBeyondMaximum {

        @Test
        void penalisesMinutesBeyondTheMaximum() {
            var problem = springWeek().clinician("c", GP, 2250).maxTravel("c", 30).travel("c", "h1", 45)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::travelBeyondMaximum).givenSolution(solve(problem))
                    .penalizesBy(15);
        }

        @Test
        void noMaximumMeansNoLimit() {
            var problem = springWeek().clinician("c", GP, 2250).travel("c", "h1", 450)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("c", "s");
            verifier.verifyThat(RotaConstraintProvider::travelBeyondMaximum).givenSolution(solve(problem))
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnmetMinimumRequirement {

        @Test
        void penalisesMissingClinicianMinutes() {
            var problem = springWeek().clinician("a", GP, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 2, 3))
                    .assign("a", "s");
            var solution = solve(problem);
            verifier.verifyThat(RotaConstraintProvider::unmetMinimumRequirement).givenSolution(solution)
                    .penalizesBy(240);
            verifier.verifyThat(RotaConstraintProvider::unmetMinimumRequirement).givenSolution(solution)
                    .justifiesWith(new UnmetMinimumJustification("s", "Hub h1",
                            LocalDateTime.parse("2026-03-24T08:00"), GP, 2, 1));
        }

        @Test
        void hourWeightsScaleTheGap() {
            var problem = springWeek()
                    .hourWeight("2026-03-24T08:00", 3)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 2, 2));
            // (60 × 3 + 180 × 1) × 2 missing
            verifier.verifyThat(RotaConstraintProvider::unmetMinimumRequirement).givenSolution(solve(problem))
                    .penalizesBy(720);
        }

        @Test
        void theRepeatedAutumnHourIsWeightedTwice() {
            // 00:00-04:00 local on 2026-10-25 is 300 real minutes; 01:00-02:00 happens twice at weight 2.
            var problem = autumnWeek()
                    .hourWeight("2026-10-25T01:00", 2)
                    .shift("s", "h1", "2026-10-25T00:00", "2026-10-25T04:00", line(GP, 1, 1));
            verifier.verifyThat(RotaConstraintProvider::unmetMinimumRequirement).givenSolution(solve(problem))
                    .penalizesBy(420);
        }

        @Test
        void eachRequirementLineIsCountedOnItsOwn() {
            var problem = springWeek().clinician("a", GP, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1), line(NURSE, 1, 1))
                    .assign("a", "s");
            verifier.verifyThat(RotaConstraintProvider::unmetMinimumRequirement).givenSolution(solve(problem))
                    .penalizesBy(240);
        }
    }

    @Nested
    class HubOpenWithoutGp {

        @Test
        void penalisesTheShiftMinutesWhenNoGpIsThere() {
            var problem = springWeek().clinician("n", NURSE, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1), line(NURSE, 1, 1))
                    .assign("n", "s");
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(problem))
                    .penalizesBy(240);
        }

        @Test
        void aGpOnTheShiftIsEnough() {
            var problem = springWeek().clinician("a", GP, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 2, 2))
                    .assign("a", "s");
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void anHourOfWeightThreeCostsThreeTimesAnHourOfWeightOne() {
            var plain = springWeek()
                    .shift("s", "h1", "2026-03-24T19:00", "2026-03-24T20:00", line(GP, 1, 1));
            var weighted = springWeek().hourWeight("2026-03-24T19:00", 3)
                    .shift("s", "h1", "2026-03-24T19:00", "2026-03-24T20:00", line(GP, 1, 1));
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(plain))
                    .penalizesBy(60);
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(weighted))
                    .penalizesBy(180);
        }

        @Test
        void aShiftSpanningHoursOfDifferentWeightsSumsThemAndStillReadsPlainly() {
            var problem = springWeek().clinician("n", NURSE, 2250)
                    .hourWeight("2026-03-24T18:00", 2).hourWeight("2026-03-24T20:00", 5)
                    .shift("s", "h1", "2026-03-24T18:30", "2026-03-24T21:00", line(GP, 1, 1), line(NURSE, 1, 1))
                    .assign("n", "s");
            // 30 × 2 + 60 × 1 (19:00, no weight given) + 60 × 5
            var expected = new HubWithoutGpJustification("s", "Hub h1", LocalDateTime.parse("2026-03-24T18:30"),
                    LocalDateTime.parse("2026-03-24T21:00"));
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(problem))
                    .penalizesBy(420);
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(problem))
                    .justifiesWith(expected);
            assertThat(expected.description())
                    .isEqualTo("s at Hub h1 from 2026-03-24T18:30 to 2026-03-24T21:00 has no GP");
        }

        @Test
        void shiftsNotNeedingAGpAreIgnored() {
            var problem = springWeek()
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 0, 1), line(NURSE, 1, 1));
            verifier.verifyThat(RotaConstraintProvider::hubOpenWithoutGp).givenSolution(solve(problem))
                    .penalizesBy(0);
        }
    }

    @Nested
    class DesiredStaffing {

        @Test
        void penalisesOnlyTheShortfallAboveTheMinimum() {
            var problem = springWeek().clinician("a", GP, 2250)
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 3))
                    .shift("empty", "h1", "2026-03-25T08:00", "2026-03-25T12:00", line(GP, 1, 3))
                    .assign("a", "s");
            verifier.verifyThat(RotaConstraintProvider::desiredStaffing).givenSolution(solve(problem))
                    .penalizesBy(2 * 240 + 2 * 240);
        }

        @Test
        void anHourOfWeightThreeCostsThreeTimesAnHourOfWeightOne() {
            var plain = springWeek().clinician("a", GP, 2250)
                    .shift("s", "h1", "2026-03-28T10:00", "2026-03-28T11:00", line(GP, 1, 2))
                    .assign("a", "s");
            var weighted = springWeek().clinician("a", GP, 2250).hourWeight("2026-03-28T10:00", 3)
                    .shift("s", "h1", "2026-03-28T10:00", "2026-03-28T11:00", line(GP, 1, 2))
                    .assign("a", "s");
            verifier.verifyThat(RotaConstraintProvider::desiredStaffing).givenSolution(solve(plain))
                    .penalizesBy(60);
            verifier.verifyThat(RotaConstraintProvider::desiredStaffing).givenSolution(solve(weighted))
                    .penalizesBy(180);
        }

        @Test
        void aShortfallSpanningHoursOfDifferentWeightsSumsThem() {
            var problem = springWeek().clinician("a", GP, 2250)
                    .hourWeight("2026-03-24T18:00", 4).hourWeight("2026-03-24T19:00", 2)
                    .shift("s", "h1", "2026-03-24T18:30", "2026-03-24T20:30", line(GP, 1, 3))
                    .assign("a", "s");
            // 2 missing above the minimum × (30 × 4 + 60 × 2 + 30 × 1)
            verifier.verifyThat(RotaConstraintProvider::desiredStaffing).givenSolution(solve(problem))
                    .penalizesBy(2 * 270);
            verifier.verifyThat(RotaConstraintProvider::desiredStaffing).givenSolution(solve(problem))
                    .justifiesWith(new DesiredStaffingJustification("s", "Hub h1",
                            LocalDateTime.parse("2026-03-24T18:30"), GP, 3, 1));
        }

        @Test
        void desiredEqualToMinimumAddsNothing() {
            var problem = springWeek()
                    .shift("s", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 2, 2));
            verifier.verifyThat(RotaConstraintProvider::desiredStaffing).givenSolution(solve(problem))
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnsocialHoursFairness {

        @Test
        void penalisesTheSpreadOfUnsocialMinutes() {
            // Saturday 4 h for one, nothing for the other: loads 240 and 0, unfairness sqrt(120² + 120²) ≈ 170.
            var problem = springWeek().clinician("a", GP, 2250).clinician("b", GP, 2250)
                    .shift("s", "h1", "2026-03-28T08:00", "2026-03-28T12:00", line(GP, 1, 1))
                    .assign("a", "s");
            verifier.verifyThat(RotaConstraintProvider::unsocialHoursFairness).givenSolution(solve(problem))
                    .penalizesBy(170);
        }

        @Test
        void sharesAreInProportionToBaseline() {
            // A half-time clinician with 2 h of evenings carries the same share as a full-timer with 4 h.
            var problem = springWeek().clinician("half", GP, 1125).clinician("full", GP, 2250)
                    .shift("eve", "h1", "2026-03-24T18:30", "2026-03-24T20:30", line(GP, 1, 1))
                    .shift("sat", "h1", "2026-03-28T08:00", "2026-03-28T12:00", line(GP, 1, 1))
                    .assign("half", "eve").assign("full", "sat");
            verifier.verifyThat(RotaConstraintProvider::unsocialHoursFairness).givenSolution(solve(problem))
                    .penalizesBy(0);
        }

        @Test
        void bankHolidayDaytimeIsUnsocial() {
            var problem = springWeek().bankHoliday("2026-03-24").clinician("a", GP, 2250).clinician("b", GP, 2250)
                    .shift("s", "h1", "2026-03-24T10:00", "2026-03-24T14:00", line(GP, 1, 1))
                    .assign("a", "s");
            verifier.verifyThat(RotaConstraintProvider::unsocialHoursFairness).givenSolution(solve(problem))
                    .penalizesBy(170);
        }
    }

    @Nested
    class Preferences {

        @Test
        void eachKindIsWeightTimesMinutes() {
            var problem = springWeek().clinician("c", GP, 6000)
                    .shift("mon", "h2", "2026-03-23T08:00", "2026-03-23T12:00", line(GP, 1, 1))
                    .shift("tue", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .shift("wed", "h1", "2026-03-25T08:00", "2026-03-25T12:00", line(GP, 1, 1))
                    .preference("c", "AVOID_DAY", null, "2026-03-23", null, 3)
                    .preference("c", "WANT_SHIFT", "wed", null, null, 2)
                    .preference("c", "PREFER_HUB", null, null, "h1", 1)
                    .preference("c", "AVOID_HUB", null, null, "h2", 5)
                    .preference("c", "AVOID_SHIFT", "tue", null, null, 4)
                    .assign("c", "mon").assign("c", "tue");
            // AVOID_DAY 3×240, WANT_SHIFT 2×240, PREFER_HUB 1×240 (mon at h2), AVOID_HUB 5×240, AVOID_SHIFT 4×240
            verifier.verifyThat(RotaConstraintProvider::preferences).givenSolution(solve(problem))
                    .penalizesBy((3 + 2 + 1 + 5 + 4) * 240);
        }

        @Test
        void honouredWishesCostNothing() {
            var problem = springWeek().clinician("c", GP, 6000)
                    .shift("wed", "h1", "2026-03-25T08:00", "2026-03-25T12:00", line(GP, 1, 1))
                    .preference("c", "WANT_SHIFT", "wed", null, null, 2)
                    .preference("c", "PREFER_HUB", null, null, "h1", 1)
                    .preference("c", "AVOID_DAY", null, "2026-03-23", null, 3)
                    .assign("c", "wed");
            verifier.verifyThat(RotaConstraintProvider::preferences).givenSolution(solve(problem)).penalizesBy(0);
        }
    }

    @Nested
    class TravelMinutes {

        @Test
        void penalisesEachTripsMinutes() {
            var problem = springWeek().clinician("c", GP, 6000).travel("c", "h1", 25)
                    .shift("mon", "h1", "2026-03-23T08:00", "2026-03-23T12:00", line(GP, 1, 1))
                    .shift("tue", "h1", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .assign("c", "mon").assign("c", "tue");
            verifier.verifyThat(RotaConstraintProvider::travelMinutes).givenSolution(solve(problem)).penalizesBy(50);
        }
    }

    @Nested
    class Continuity {

        @Test
        void penalisesEachExtraHubInAWeek() {
            var problem = springWeek().hub("h3", 1).clinician("c", GP, 6000)
                    .shift("mon", "h1", "2026-03-23T08:00", "2026-03-23T12:00", line(GP, 1, 1))
                    .shift("tue", "h2", "2026-03-24T08:00", "2026-03-24T12:00", line(GP, 1, 1))
                    .shift("wed", "h3", "2026-03-25T08:00", "2026-03-25T12:00", line(GP, 1, 1))
                    .shift("thu", "h1", "2026-03-26T08:00", "2026-03-26T12:00", line(GP, 1, 1))
                    .assign("c", "mon").assign("c", "tue").assign("c", "wed").assign("c", "thu");
            verifier.verifyThat(RotaConstraintProvider::continuity).givenSolution(solve(problem)).penalizesBy(2);
        }

        @Test
        void differentHubsInDifferentWeeksAreFine() {
            var problem = ProblemBuilder.horizon("2026-03-29", "2026-03-30").hub("h1", 1).hub("h2", 1)
                    .clinician("c", GP, 6000)
                    .shift("sun", "h1", "2026-03-29T08:00", "2026-03-29T12:00", line(GP, 1, 1))
                    .shift("mon", "h2", "2026-03-30T08:00", "2026-03-30T12:00", line(GP, 1, 1))
                    .assign("c", "sun").assign("c", "mon");
            verifier.verifyThat(RotaConstraintProvider::continuity).givenSolution(solve(problem)).penalizesBy(0);
        }
    }

    @Nested
    class Stability {

        @Test
        void penalisesEachChangedClinicianDay() {
            var problem = springWeek().clinician("a", GP, 6000).clinician("b", GP, 6000).clinician("c", GP, 6000)
                    .shift("s1", "h1", "2026-03-23T08:00", "2026-03-23T12:00", line(GP, 3, 3))
                    .shift("s2", "h2", "2026-03-23T13:00", "2026-03-23T17:00", line(GP, 3, 3))
                    .previous("a", "s1").previous("c", "s2")
                    .assign("a", "s2").assign("b", "s1").assign("c", "s2");
            // a moved, b newly added; c unchanged.
            verifier.verifyThat(RotaConstraintProvider::stability).givenSolution(solve(problem)).penalizesBy(2);
        }

        @Test
        void aFirstPlanHasNothingToKeep() {
            var problem = springWeek().clinician("a", GP, 6000)
                    .shift("s1", "h1", "2026-03-23T08:00", "2026-03-23T12:00", line(GP, 1, 1))
                    .assign("a", "s1");
            verifier.verifyThat(RotaConstraintProvider::stability).givenSolution(solve(problem)).penalizesBy(0);
        }
    }
}

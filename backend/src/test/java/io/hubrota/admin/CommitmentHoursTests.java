package io.hubrota.admin;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentHoursTests {

    @Test
    void weeklySessionsAddUp() {
        List<CommitmentRequest> sessions = List.of(session(MONDAY, "08:00", "12:10"),
                session(TUESDAY, "13:50", "18:00"));

        assertThat(CommitmentHours.busiestWeekMinutes(sessions)).isEqualTo(250 + 250);
        assertThat(CommitmentHours.problem(500, sessions)).isEmpty();
        assertThat(CommitmentHours.problem(499, sessions)).hasValueSatisfying(
                problem -> assertThat(problem).contains("8h 20m").contains("8h 19m"));
    }

    @Test
    void sessionsInSeparatePeriodsDoNotCountTogether() {
        // Mondays until the end of March, then Tuesdays: never both in one week.
        CommitmentRequest untilMarch = new CommitmentRequest(MONDAY, time("08:00"), time("16:00"), null,
                LocalDate.of(2026, 3, 31));
        CommitmentRequest fromApril = new CommitmentRequest(TUESDAY, time("08:00"), time("16:00"),
                LocalDate.of(2026, 4, 7), null);

        assertThat(CommitmentHours.busiestWeekMinutes(List.of(untilMarch, fromApril))).isEqualTo(480);
    }

    @Test
    void sessionsWhosePeriodsMeetInOneWeekCountTogether() {
        // Monday 30 March is the last Monday of one, Tuesday 31 March the first Tuesday of the other.
        CommitmentRequest untilMarch = new CommitmentRequest(MONDAY, time("08:00"), time("16:00"), null,
                LocalDate.of(2026, 3, 30));
        CommitmentRequest fromTuesday = new CommitmentRequest(TUESDAY, time("08:00"), time("16:00"),
                LocalDate.of(2026, 3, 31), null);

        assertThat(CommitmentHours.busiestWeekMinutes(List.of(untilMarch, fromTuesday))).isEqualTo(960);
    }

    @Test
    void overlappingSessionsOnOneDayAreAProblem() {
        List<CommitmentRequest> sessions = List.of(session(MONDAY, "08:00", "12:00"),
                session(MONDAY, "11:00", "13:00"));

        assertThat(CommitmentHours.problem(3000, sessions)).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("Commitments overlap on MONDAY"));
    }

    private static CommitmentRequest session(java.time.DayOfWeek day, String start, String end) {
        return CommitmentRequest.weekly(day, time(start), time(end));
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}

package io.hubrota.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CommitmentsCellTests {

    @Test
    void readsSessionsSeparatedBySemicolons() {
        CommitmentsCell.Parsed parsed = CommitmentsCell.parse("MON 08:00-12:10; tue 13:50 - 18:00");

        assertThat(parsed.problem()).isEmpty();
        assertThat(parsed.sessions()).containsExactly(
                CommitmentRequest.weekly(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 10)),
                CommitmentRequest.weekly(DayOfWeek.TUESDAY, LocalTime.of(13, 50), LocalTime.of(18, 0)));
    }

    @Test
    void anEmptyCellIsNoCommitments() {
        assertThat(CommitmentsCell.parse("").sessions()).isEmpty();
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(CommitmentsCell.parse("MON 12:00-08:00").problem())
                .hasValue("'MON 12:00-08:00' ends before it starts");
        assertThat(CommitmentsCell.parse("FUN 08:00-09:00").problem()).hasValueSatisfying(
                problem -> assertThat(problem).contains("not a weekday"));
        assertThat(CommitmentsCell.parse("MON 25:00-26:00").problem()).hasValueSatisfying(
                problem -> assertThat(problem).contains("does not exist"));
        assertThat(CommitmentsCell.parse("Monday mornings").problem()).hasValueSatisfying(
                problem -> assertThat(problem).contains("is not like"));
    }
}

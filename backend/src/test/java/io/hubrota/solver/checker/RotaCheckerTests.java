package io.hubrota.solver.checker;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaCheckerTests {

    private static ProblemBuilder week() {
        return ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 1).hub("h2", 2);
    }

    private static CheckReport check(ProblemBuilder problem) {
        return RotaChecker.check(problem.build(), problem.assignments());
    }

    @Test
    void aLegalRotaHasNoViolations() {
        var problem = week().clinician("a", "GP", 2250).clinician("n", "PRACTICE_NURSE", 2250)
                .commitment("a", "2026-03-23T08:00", "2026-03-23T12:00")
                .shift("s1", "h2", "2026-03-23T18:00", "2026-03-23T21:00", line("GP", 1, 1),
                        line("PRACTICE_NURSE", 1, 1))
                .assign("a", "s1").assign("n", "s1");
        CheckReport report = check(problem);
        assertThat(report.violations()).isEmpty();
        assertThat(report.hardPenalty()).isZero();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void reportsEachBrokenRuleWithItsPenalty() {
        var problem = week().settings(null, null, null)
                .clinician("a", "GP", 300).maxTravel("a", 30).travel("a", "h1", 40)
                .clinician("n", "PRACTICE_NURSE", 2250)
                .commitment("a", "2026-03-24T07:00", "2026-03-24T09:00")
                .leave("n", "2026-03-23T00:00", "2026-03-23T10:00")
                .shift("mon", "h1", "2026-03-23T08:00", "2026-03-23T22:00", line("GP", 1, 1))
                .assign("a", "mon").assign("n", "mon");
        CheckReport report = check(problem);

        assertThat(report.violations()).extracting(Violation::rule).containsExactlyInAnyOrder(
                "Hours guarantee", // 14 h + 2 h commitment = 960 min, baseline 300: 660
                "Travel beyond maximum", // 10
                "Rest between working days", // 22:00 to 07:00 = 540 min: 120 short
                "Role and skill mismatch", // nurse on a GP-only shift: 840
                "Leave or unavailability overlap", // 08:00-10:00: 120
                "Hub rooms"); // two in one room for 14 h: 840
        assertThat(report.hardPenalty()).isEqualTo(660 + 10 + 120 + 840 + 120 + 840);
    }

    @Test
    void reportsCommitmentOverlapWeeklyRestAndConsecutiveDays() {
        var problem = week().clinician("a", "GP", 6000);
        for (int day = 23; day <= 29; day++) {
            problem.commitment("a", "2026-03-" + day + "T08:00", "2026-03-" + day + "T20:00");
        }
        problem.shift("s", "h2", "2026-03-24T19:00", "2026-03-24T21:00", line("GP", 1, 1)).assign("a", "s");
        CheckReport report = check(problem);

        assertThat(report.violations()).extracting(Violation::rule).containsExactlyInAnyOrder(
                "Overlap with a practice commitment", // 60
                "Weekly rest", // longest rest 12 h: 720 short
                "Maximum consecutive working days"); // 7 days, limit 6: 1440
        // Tuesday 21:00 to Wednesday 08:00 is exactly 11 h, so rest between days holds.
        assertThat(report.hardPenalty()).isEqualTo(60 + 720 + 1440);
    }

    @Test
    void twoHubShiftsOnOneDayAreReported() {
        var problem = week().clinician("a", "GP", 6000)
                .shift("am", "h2", "2026-03-24T08:00", "2026-03-24T10:00", line("GP", 1, 1))
                .shift("pm", "h2", "2026-03-24T14:00", "2026-03-24T17:00", line("GP", 1, 1))
                .assign("a", "am").assign("a", "pm");
        CheckReport report = check(problem);
        assertThat(report.violations()).extracting(Violation::rule).containsExactly("At most one hub shift a day");
        assertThat(report.hardPenalty()).isEqualTo(180);
    }

    @Test
    void unknownIdsAreRefused() {
        var problem = week().clinician("a", "GP", 6000);
        assertThatThrownBy(() -> RotaChecker.check(problem.build(),
                List.of(new Assignment("a", "nope"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

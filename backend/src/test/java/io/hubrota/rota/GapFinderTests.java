package io.hubrota.rota;

import static io.hubrota.solver.ProblemBuilder.horizon;
import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.rota.GapFinder.Gap;
import io.hubrota.solver.ProblemBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gap reasons from the rest rules: for each free, eligible GP the independent checker says which hard rule taking
 * the open Sunday (or Monday) session would break. The week is Monday 2 to Sunday 8 March 2026.
 */
class GapFinderTests {

    private static final int PLENTY = 80 * 60;

    @Test
    void aFreeGpWhoFitsLeavesTheGapSimplyUnfilled() {
        Gap gap = onlyGap(week().clinician("g1", "GP", PLENTY));

        assertThat(gap.reason()).isEqualTo(GapReason.UNFILLED);
        assertThat(gap.explanation()).startsWith("1 GP could take it");
    }

    @Test
    void sevenDaysWithoutA24HourBreakIsWeeklyRest() {
        ProblemBuilder problem = week().settings(null, 7, null).clinician("g1", "GP", PLENTY);
        for (int day = 2; day <= 7; day++) {
            problem.commitment("g1", "2026-03-0" + day + "T08:00", "2026-03-0" + day + "T18:00");
        }

        Gap gap = onlyGap(problem);

        assertThat(gap.reason()).isEqualTo(GapReason.WEEKLY_REST);
        assertThat(gap.explanation()).contains("no 24-hour rest").contains("longest rest");
    }

    @Test
    void aSeventhDayInARowIsConsecutiveDays() {
        ProblemBuilder problem = week().clinician("g1", "GP", PLENTY);
        for (int day = 2; day <= 7; day++) {
            // One early hour a day: a day's work each, with long rests between.
            problem.commitment("g1", "2026-03-0" + day + "T07:00", "2026-03-0" + day + "T08:00");
        }

        Gap gap = onlyGap(problem);

        assertThat(gap.reason()).isEqualTo(GapReason.CONSECUTIVE_DAYS);
        assertThat(gap.explanation()).contains("more days in a row").contains("7 days in a row");
    }

    @Test
    void lessThanElevenHoursBeforeTheNextDayIsDailyRest() {
        ProblemBuilder problem = horizon("2026-03-02", "2026-03-08").hub("h", 3)
                .shift("mon", "h", "2026-03-02T18:00", "2026-03-02T22:00", line("GP", 1, 1))
                .clinician("g1", "GP", PLENTY)
                .commitment("g1", "2026-03-03T07:00", "2026-03-03T12:00");

        Gap gap = onlyGap(problem);

        assertThat(gap.reason()).isEqualTo(GapReason.DAILY_REST);
        assertThat(gap.explanation()).contains("rests 540 min");
    }

    @Test
    void aHubShiftThatDayAlreadyRulesAGpOut() {
        ProblemBuilder problem = week().clinician("g1", "GP", PLENTY)
                .shift("other", "h", "2026-03-08T14:00", "2026-03-08T17:00", line("GP", 1, 1))
                .assign("g1", "other");

        List<Gap> gaps = gaps(problem);

        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.shiftId()).isEqualTo("sun");
            assertThat(gap.reason()).isEqualTo(GapReason.ALREADY_WORKING_THAT_DAY);
        });
    }

    @Test
    void theHoursCeilingStillCounts() {
        ProblemBuilder problem = week().clinician("g1", "GP", 600)
                .commitment("g1", "2026-03-02T08:00", "2026-03-02T16:00");

        assertThat(onlyGap(problem).reason()).isEqualTo(GapReason.ALL_AT_HOURS_CEILING);
    }

    @Test
    void whenRulesDifferTheOneStoppingMostIsTheReasonAndEachIsCounted() {
        ProblemBuilder problem = week().settings(null, 7, null)
                .clinician("hours", "GP", 600).commitment("hours", "2026-03-02T08:00", "2026-03-02T16:00");
        for (String id : List.of("tired1", "tired2")) {
            problem.clinician(id, "GP", PLENTY);
            for (int day = 2; day <= 7; day++) {
                problem.commitment(id, "2026-03-0" + day + "T08:00", "2026-03-0" + day + "T18:00");
            }
        }

        Gap gap = onlyGap(problem);

        assertThat(gap.reason()).isEqualTo(GapReason.WEEKLY_REST);
        assertThat(gap.explanation()).startsWith("All 3 free GPs would break a rule:")
                .contains("1 would go over their baseline hours").contains("2 would have no 24-hour rest");
    }

    @Test
    void aRuleAlreadyBrokenWithoutTheShiftDoesNotCountAgainstIt() {
        // Seven working days already (limit 6), but the Sunday session adds no new day: it is the same Sunday.
        ProblemBuilder problem = week().clinician("g1", "GP", PLENTY);
        for (int day = 2; day <= 8; day++) {
            problem.commitment("g1", "2026-03-0" + day + "T07:00", "2026-03-0" + day + "T08:00");
        }

        assertThat(onlyGap(problem).reason()).isEqualTo(GapReason.UNFILLED);
    }

    /** One hub, one Sunday 09:00–13:00 session needing a GP. */
    private static ProblemBuilder week() {
        return horizon("2026-03-02", "2026-03-08").hub("h", 3)
                .shift("sun", "h", "2026-03-08T09:00", "2026-03-08T13:00", line("GP", 1, 1));
    }

    private static Gap onlyGap(ProblemBuilder problem) {
        List<Gap> gaps = gaps(problem);
        assertThat(gaps).hasSize(1);
        return gaps.get(0);
    }

    private static List<Gap> gaps(ProblemBuilder problem) {
        Map<String, Integer> assignedPerLine = new HashMap<>();
        problem.assignments().forEach(a -> assignedPerLine.merge(a.shiftId() + "#0", 1, Integer::sum));
        return GapFinder.find(problem.build(), problem.assignments(), assignedPerLine);
    }
}

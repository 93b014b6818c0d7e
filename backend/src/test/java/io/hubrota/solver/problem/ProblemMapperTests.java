package io.hubrota.solver.problem;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTests {

    private static ClinicianDay day(RotaSolution solution, String clinicianId, String date) {
        return solution.getClinicianDays().stream()
                .filter(day -> day.getClinician().id().equals(clinicianId))
                .filter(day -> day.getDate().equals(LocalDate.parse(date)))
                .findFirst().orElseThrow();
    }

    private static List<String> possible(ClinicianDay day) {
        return day.getPossiblePosts().stream().map(Post::id).toList();
    }

    @Test
    void oneClinicianDayPerClinicianPerDate() {
        RotaSolution solution = ProblemMapper.toSolution(ProblemBuilder.horizon("2026-03-23", "2026-04-05")
                .hub("h1", 1).clinician("a", "GP", 600).clinician("b", "GP", 600).build());
        assertThat(solution.getClinicianDays()).hasSize(2 * 14);
        assertThat(solution.getWeeks()).hasSize(2 * 2);
    }

    @Test
    void possiblePostsRespectRoleSkillsTravelLeaveAndCommitments() {
        RotaSolution solution = ProblemMapper.toSolution(ProblemBuilder.horizon("2026-03-23", "2026-03-24")
                .hub("near", 1).hub("far", 1)
                .clinician("a", "GP", 2250, "paediatrics").maxTravel("a", 30).travel("a", "far", 60)
                .leave("a", "2026-03-24T12:00", "2026-03-24T13:00")
                .commitment("a", "2026-03-23T08:00", "2026-03-23T12:00")
                .shift("mon-am", "near", "2026-03-23T09:00", "2026-03-23T11:00", line("GP", 1, 1))
                .shift("mon-pm", "near", "2026-03-23T18:30", "2026-03-23T21:00", line("PRACTICE_NURSE", 1, 1),
                        line("GP", 1, 1, "paediatrics"), line("GP", 1, 1, "minor injuries"))
                .shift("mon-far", "far", "2026-03-23T18:30", "2026-03-23T21:00", line("GP", 1, 1))
                .shift("tue", "near", "2026-03-24T09:00", "2026-03-24T12:00", line("GP", 1, 1))
                .shift("tue-leave", "near", "2026-03-24T11:00", "2026-03-24T14:00", line("GP", 1, 1))
                .build());
        assertThat(possible(day(solution, "a", "2026-03-23"))).containsExactly("mon-pm#1");
        assertThat(possible(day(solution, "a", "2026-03-24"))).containsExactly("tue#0");
    }

    @Test
    void pinsUseAMatchingLineAndPreviousMarksReplanning() {
        RotaSolution solution = ProblemMapper.toSolution(ProblemBuilder.horizon("2026-03-23", "2026-03-24")
                .hub("h1", 1).clinician("a", "GP", 2250).clinician("n", "PRACTICE_NURSE", 2250)
                .shift("s", "h1", "2026-03-23T18:30", "2026-03-23T21:00", line("PRACTICE_NURSE", 1, 1),
                        line("GP", 1, 1))
                .shift("t", "h1", "2026-03-24T18:30", "2026-03-24T21:00", line("GP", 1, 1))
                .assign("a", "s").assign("n", "t").previous("a", "s")
                .build());

        ClinicianDay pinned = day(solution, "a", "2026-03-23");
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getPost().id()).isEqualTo("s#1");
        // No line fits: the first is used (and the role rule reports it) and added to the day's range.
        assertThat(day(solution, "n", "2026-03-24").getPost().id()).isEqualTo("t#0");
        assertThat(possible(day(solution, "n", "2026-03-24"))).contains("t#0");
        assertThat(day(solution, "n", "2026-03-23").isReplanning()).isTrue();
        assertThat(ProblemMapper.assignments(solution))
                .containsExactly(new Assignment("a", "s"), new Assignment("n", "t"));
    }

    @Test
    void shiftMinutesAreRealTimeAndUnsocialTimeIsMeasured() {
        RotaSolution solution = ProblemMapper.toSolution(ProblemBuilder.horizon("2026-10-23", "2026-10-25")
                .hub("h1", 1)
                .shift("fri", "h1", "2026-10-23T17:30", "2026-10-23T20:30", line("GP", 1, 1))
                .shift("sun", "h1", "2026-10-25T00:00", "2026-10-25T04:00", line("GP", 1, 1))
                .build());
        var shifts = solution.getShifts();
        assertThat(shifts.get(0).minutes()).isEqualTo(180);
        assertThat(shifts.get(0).unsocialMinutes()).isEqualTo(120);
        assertThat(shifts.get(1).minutes()).isEqualTo(300);
        assertThat(shifts.get(1).unsocialMinutes()).isEqualTo(300);
    }

    @Test
    void twoPinsOnOneDayAreRefused() {
        var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-23").hub("h1", 1).clinician("a", "GP", 2250)
                .shift("am", "h1", "2026-03-23T08:00", "2026-03-23T10:00", line("GP", 1, 1))
                .shift("pm", "h1", "2026-03-23T18:30", "2026-03-23T21:00", line("GP", 1, 1))
                .assign("a", "am").assign("a", "pm").build();
        assertThatThrownBy(() -> ProblemMapper.toSolution(problem)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void preferencesMustNameTheirSubject() {
        var problem = ProblemBuilder.horizon("2026-03-23", "2026-03-23").hub("h1", 1).clinician("a", "GP", 2250)
                .preference("a", "AVOID_DAY", null, null, null, 3).build();
        assertThatThrownBy(() -> ProblemMapper.toSolution(problem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no date");
    }
}

package io.hubrota.solver.heuristics;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SameDateSwapMoveIteratorFactoryTests {

    /** a works Monday's evening shift (pinned or not); b and c are GPs who could; n is a nurse who could not. */
    private static RotaSolution twoDays(boolean pinA) {
        ProblemBuilder problem = ProblemBuilder.horizon("2026-03-23", "2026-03-24")
                .hub("h1", 3).clinician("a", "GP", 2250).clinician("b", "GP", 2250).clinician("c", "GP", 2250)
                .clinician("n", "PRACTICE_NURSE", 2250)
                .shift("s", "h1", "2026-03-23T18:30", "2026-03-23T21:00", line("GP", 1, 2))
                .shift("t", "h1", "2026-03-24T18:30", "2026-03-24T21:00", line("GP", 1, 1));
        RotaSolution solution = ProblemMapper.toSolution(problem.build());
        ClinicianDay aMonday = day(solution, "a", 0);
        aMonday.setPost(aMonday.getPossiblePosts().get(0));
        aMonday.setPinned(pinA);
        return solution;
    }

    private static ClinicianDay day(RotaSolution solution, String clinician, int dayIndex) {
        return solution.getClinicianDays().stream()
                .filter(day -> day.getClinician().id().equals(clinician))
                .toList().get(dayIndex);
    }

    private static Iterator<Move<RotaSolution>> iterator(RotaSolution solution) {
        @SuppressWarnings("unchecked")
        ScoreDirector<RotaSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        return new SameDateSwapMoveIteratorFactory().createRandomMoveIterator(scoreDirector, new Random(1));
    }

    @Test
    void swapsOnlyDaysOfOneDateWhoseValueRangesAllowIt() {
        RotaSolution solution = twoDays(false);
        ClinicianDay aMonday = day(solution, "a", 0);
        Iterator<Move<RotaSolution>> moves = iterator(solution);

        for (int index = 0; index < 200; index++) {
            BlockSwapMove move = (BlockSwapMove) moves.next();
            @SuppressWarnings("unchecked")
            List<ClinicianDay> days = (List<ClinicianDay>) move.getPlanningEntities();
            assertThat(days).hasSize(2);
            assertThat(days.get(0).getDate()).isEqualTo(days.get(1).getDate());
            // Monday's post moves between GPs only; Tuesday's days are all off, so nothing there is swappable.
            assertThat(days).contains(aMonday);
            assertThat(days).extracting(day -> day.getClinician().id()).doesNotContain("n");
        }
    }

    @Test
    void neverMovesAPinnedDayAndGivesANonDoableMoveWhenNothingIsSwappable() {
        RotaSolution solution = twoDays(true);
        Iterator<Move<RotaSolution>> moves = iterator(solution);

        Move<RotaSolution> move = moves.next();

        assertThat(move.isMoveDoable(null)).isFalse();
        List<Object> entities = List.copyOf(move.getPlanningEntities());
        assertThat(entities).doesNotContain(day(solution, "a", 0));
    }

    @Test
    void swappableNeedsDifferentPostsEachInTheOthersRange() {
        RotaSolution solution = twoDays(false);
        ClinicianDay aMonday = day(solution, "a", 0);

        assertThat(SameDateSwapMoveIteratorFactory.swappable(aMonday, day(solution, "b", 0))).isTrue();
        assertThat(SameDateSwapMoveIteratorFactory.swappable(aMonday, day(solution, "n", 0))).isFalse();
        assertThat(SameDateSwapMoveIteratorFactory.swappable(day(solution, "b", 0), day(solution, "c", 0))).isFalse();
        assertThat(SameDateSwapMoveIteratorFactory.swappable(aMonday, aMonday)).isFalse();
    }
}

package io.hubrota.solver.heuristics;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemMapper;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

    /** a works an evening shift on each of four dates; b, the other GP, is off on all of them. */
    private static RotaSolution fourDays() {
        ProblemBuilder problem = ProblemBuilder.horizon("2026-03-23", "2026-03-26")
                .hub("h1", 3).clinician("a", "GP", 2250).clinician("b", "GP", 2250);
        for (int date = 23; date <= 26; date++) {
            problem.shift("s" + date, "h1", "2026-03-" + date + "T18:30", "2026-03-" + date + "T21:00",
                    line("GP", 1, 1));
        }
        RotaSolution solution = ProblemMapper.toSolution(problem.build());
        for (int dayIndex = 0; dayIndex < 4; dayIndex++) {
            ClinicianDay aDay = day(solution, "a", dayIndex);
            aDay.setPost(aDay.getPossiblePosts().get(0));
        }
        return solution;
    }

    private static Iterator<Move<RotaSolution>> iterator(RotaSolution solution) {
        return iterator(solution, 1);
    }

    private static Iterator<Move<RotaSolution>> iterator(RotaSolution solution, int maxDays) {
        @SuppressWarnings("unchecked")
        ScoreDirector<RotaSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        SameDateSwapMoveIteratorFactory factory = new SameDateSwapMoveIteratorFactory();
        factory.setMaxDays(maxDays);
        return factory.createRandomMoveIterator(scoreDirector, new Random(1));
    }

    @SuppressWarnings("unchecked")
    private static List<ClinicianDay> days(Move<RotaSolution> move) {
        return List.copyOf((Collection<ClinicianDay>) move.getPlanningEntities());
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
    void withMaxDaysTradesRunsOfOneToMaxDaysConsecutiveDatesBetweenTwoPeople() {
        RotaSolution solution = fourDays();
        Iterator<Move<RotaSolution>> moves = iterator(solution, 3);
        Set<Integer> lengths = new HashSet<>();

        for (int index = 0; index < 300; index++) {
            List<ClinicianDay> days = days(moves.next());
            // The move lists one person's run, then the other's over the same dates.
            int length = days.size() / 2;
            lengths.add(length);
            ClinicianDay firstLeft = days.get(0);
            ClinicianDay firstRight = days.get(length);
            assertThat(firstLeft.getClinician()).isNotEqualTo(firstRight.getClinician());
            for (int offset = 0; offset < length; offset++) {
                ClinicianDay left = days.get(offset);
                ClinicianDay right = days.get(length + offset);
                assertThat(left.getDate()).isEqualTo(firstLeft.getDate().plusDays(offset)).isEqualTo(right.getDate());
                assertThat(left.getClinician()).isEqualTo(firstLeft.getClinician());
                assertThat(right.getClinician()).isEqualTo(firstRight.getClinician());
            }
        }
        assertThat(lengths).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void aRunStopsBeforeADayThatCannotMove() {
        RotaSolution solution = fourDays();
        ClinicianDay pinned = day(solution, "b", 2);
        pinned.setPinned(true);
        Iterator<Move<RotaSolution>> moves = iterator(solution, 4);

        Set<Integer> lengths = new HashSet<>();
        for (int index = 0; index < 300; index++) {
            List<ClinicianDay> days = days(moves.next());
            lengths.add(days.size() / 2);
            assertThat(days).doesNotContain(pinned, day(solution, "a", 2));
            // Without the stop, a run of up to 4 dates from the first date would cross the pinned date.
            assertThat(days).extracting(ClinicianDay::getDate)
                    .as("a run never crosses the pinned date")
                    .satisfiesAnyOf(dates -> assertThat(dates).allMatch(date -> date.isBefore(pinned.getDate())),
                            dates -> assertThat(dates).allMatch(date -> date.isAfter(pinned.getDate())));
        }
        assertThat(lengths).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void maxDaysBelowOneIsRefused() {
        assertThatThrownBy(() -> new SameDateSwapMoveIteratorFactory().setMaxDays(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDays");
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

package io.hubrota.solver.benchmark.curtois;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.heuristics.AssignPostsMove;
import io.hubrota.solver.heuristics.BestLineDescent;
import io.hubrota.solver.heuristics.BestLineMoveIteratorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link BestLineMoveIteratorFactory}'s moves on a small hand-made instance, judged by the independent evaluator:
 * starting from a roster that keeps every limit, each move re-plans at most {@code maxLines} staff lines and the
 * roster it leaves still keeps every limit.
 */
class CurtoisBestLineMoveTests {

    private static final String INSTANCE = """
            SECTION_HORIZON
            14

            SECTION_SHIFTS
            E,480,
            L,480,E
            N,600,E|L

            SECTION_STAFF
            A,E=14|L=14|N=3,4800,3360,5,2,2,1
            B,E=14|L=14|N=0,4800,3360,5,2,2,1
            C,E=0|L=14|N=4,4800,2400,4,1,2,1
            D,E=14|L=0|N=2,4320,1920,5,1,1,2
            E,E=14|L=14|N=3,3840,1440,3,1,2,1

            SECTION_DAYS_OFF
            A,3
            C,9

            SECTION_SHIFT_ON_REQUESTS
            B,0,E,3
            D,5,E,2

            SECTION_SHIFT_OFF_REQUESTS
            C,4,L,2

            SECTION_COVER
            %s
            """;

    @Test
    void everyMoveReplansAtMostTwoLinesAndKeepsEveryLimit() {
        CurtoisInstance instance = CurtoisParser.parse("lines", INSTANCE.formatted(cover()));
        RotaSolution solution = descended(instance);
        assertThat(CurtoisEvaluator.evaluate(instance, CurtoisImporter.toRoster(instance, solution)).hardViolations())
                .isEmpty();
        BestLineMoveIteratorFactory factory = new BestLineMoveIteratorFactory();
        factory.setMaxLines(2);
        @SuppressWarnings("unchecked")
        ScoreDirector<RotaSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        Random random = new Random(11);
        int changed = 0;

        for (int step = 0; step < 60; step++) {
            // A new iterator per step, as the solver makes: it counts the cover of the step's solution.
            Move<RotaSolution> move = factory.createRandomMoveIterator(scoreDirector, random).next();
            assertThat(move).isInstanceOf(AssignPostsMove.class);
            @SuppressWarnings("unchecked")
            List<ClinicianDay> days = new ArrayList<>((Collection<ClinicianDay>) move.getPlanningEntities());
            @SuppressWarnings("unchecked")
            List<Post> targets = new ArrayList<>((Collection<Post>) move.getPlanningValues());
            Set<String> staff = new HashSet<>();
            days.forEach(day -> staff.add(day.getClinician().id()));
            assertThat(staff).hasSizeBetween(1, 2);
            for (int index = 0; index < days.size(); index++) {
                if (!Objects.equals(days.get(index).getPost(), targets.get(index))) {
                    days.get(index).setPost(targets.get(index));
                    changed++;
                }
            }

            assertThat(CurtoisEvaluator.evaluate(instance, CurtoisImporter.toRoster(instance, solution))
                    .hardViolations()).as("after move %d", step).isEmpty();
        }
        assertThat(changed).as("days the moves changed").isPositive();
    }

    /** One of each shift every day, two lates at weekends. */
    private static String cover() {
        StringBuilder cover = new StringBuilder();
        for (int day = 0; day < 14; day++) {
            boolean weekend = day % 7 >= 5;
            cover.append(day).append(",E,1,100,1\n");
            cover.append(day).append(",L,").append(weekend ? 2 : 1).append(",100,1\n");
            cover.append(day).append(",N,1,100,1\n");
        }
        return cover.toString();
    }

    private static RotaSolution descended(CurtoisInstance instance) {
        SolverConfig config = SolverConfig.createFromXmlResource("solver/curtois-solver.xml")
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new BestLineDescent()));
        return SolverFactory.<RotaSolution>create(config).buildSolver().solve(CurtoisImporter.toSolution(instance));
    }
}

package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Re-plans the whole lines of one to {@link #setMaxLines maxLines} (default {@value #DEFAULT_MAX_LINES}) random
 * clinicians with a work pattern ({@link LineReplanner}). One line alone cannot hand work to a colleague (giving up a
 * shift that cover needs only costs); with two or more, shifts and weekends move between people in one step. Hub
 * rotas have no work patterns, so this factory belongs in the work-pattern solver configuration only.
 */
public class BestLineMoveIteratorFactory implements MoveIteratorFactory<RotaSolution, Move<RotaSolution>> {

    static final int DEFAULT_MAX_LINES = 2;

    private int maxLines = DEFAULT_MAX_LINES;
    private List<ClinicianDay> indexedDays;
    private LineReplanner replanner;

    /**
     * The most lines one move re-plans; set from the solver XML's {@code moveIteratorFactoryCustomProperties}. More
     * lines move work further in one step but cost a planner run each.
     */
    public void setMaxLines(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, not " + maxLines + ".");
        }
        this.maxLines = maxLines;
    }

    @Override
    public long getSize(ScoreDirector<RotaSolution> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
        return replanner.rows().size();
    }

    @Override
    public Iterator<Move<RotaSolution>> createOriginalMoveIterator(ScoreDirector<RotaSolution> scoreDirector) {
        throw new UnsupportedOperationException("Best-line moves are selected at random only.");
    }

    @Override
    public Iterator<Move<RotaSolution>> createRandomMoveIterator(ScoreDirector<RotaSolution> scoreDirector,
            Random random) {
        RotaSolution solution = scoreDirector.getWorkingSolution();
        index(solution);
        List<List<ClinicianDay>> rows = replanner.rows();
        return new Iterator<>() {
            /** Counted once per step: the solution is back in the step's state whenever a move is asked for. */
            private Map<Post, Integer> assigned;

            @Override
            public boolean hasNext() {
                return !rows.isEmpty();
            }

            @Override
            public Move<RotaSolution> next() {
                if (assigned == null) {
                    assigned = LineCosts.assignedCounts(solution.getClinicianDays());
                }
                int lines = Math.min(rows.size(), 1 + random.nextInt(maxLines));
                List<List<ClinicianDay>> chosen = new ArrayList<>(lines);
                while (chosen.size() < lines) {
                    List<ClinicianDay> row = rows.get(random.nextInt(rows.size()));
                    if (!chosen.contains(row)) {
                        chosen.add(row);
                    }
                }
                List<ClinicianDay> days = new ArrayList<>();
                chosen.forEach(days::addAll);
                // When nothing changes, the solver skips the move as not doable.
                return new AssignPostsMove(days, replanner.replan(chosen, assigned, random));
            }
        };
    }

    /** Rebuilt only when the solver works on another solution. */
    private void index(RotaSolution solution) {
        if (indexedDays != solution.getClinicianDays()) {
            indexedDays = solution.getClinicianDays();
            replanner = new LineReplanner(solution);
        }
    }
}

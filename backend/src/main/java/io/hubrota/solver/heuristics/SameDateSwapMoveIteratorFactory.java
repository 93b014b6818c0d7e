package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random swaps of two clinicians' posts on the same date (one of them may be off: then a shift moves from one
 * person to another). The same neighbourhood as a swap move selector with {@link SameDateSwapFilter}, but the
 * partner is drawn from the first day's own date instead of from all days and then filtered, which on a 4-week rota
 * threw away 27 of every 28 candidates, and only among partners whose value ranges allow the swap.
 */
public class SameDateSwapMoveIteratorFactory implements MoveIteratorFactory<RotaSolution, Move<RotaSolution>> {

    /** Partners tried for one day before the iterator gives up on it and draws another day. */
    private static final int PARTNER_TRIES = 8;
    /** Days drawn before giving up on a move (a problem may have no swappable pair at all). */
    private static final int DAY_TRIES = 64;

    private List<ClinicianDay> indexedDays;
    private List<ClinicianDay> movable;
    private Map<LocalDate, List<ClinicianDay>> movableByDate;

    @Override
    public long getSize(ScoreDirector<RotaSolution> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
        long size = 0;
        for (List<ClinicianDay> sameDate : movableByDate.values()) {
            size += (long) sameDate.size() * (sameDate.size() - 1) / 2;
        }
        return size;
    }

    @Override
    public Iterator<Move<RotaSolution>> createOriginalMoveIterator(ScoreDirector<RotaSolution> scoreDirector) {
        throw new UnsupportedOperationException("Same-date swaps are selected at random only.");
    }

    @Override
    public Iterator<Move<RotaSolution>> createRandomMoveIterator(ScoreDirector<RotaSolution> scoreDirector,
            Random random) {
        index(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return movable.size() > 1;
            }

            @Override
            public Move<RotaSolution> next() {
                ClinicianDay first = null;
                for (int dayTries = 0; dayTries < DAY_TRIES; dayTries++) {
                    first = movable.get(random.nextInt(movable.size()));
                    List<ClinicianDay> sameDate = movableByDate.get(first.getDate());
                    for (int tries = 0; tries < PARTNER_TRIES && sameDate.size() > 1; tries++) {
                        ClinicianDay second = sameDate.get(random.nextInt(sameDate.size()));
                        if (swappable(first, second)) {
                            return new BlockSwapMove(List.of(first), List.of(second));
                        }
                    }
                }
                // Nothing swappable found: a swap of a day with itself is not doable, so the solver skips it.
                return new BlockSwapMove(List.of(first), List.of(first));
            }
        };
    }

    static boolean swappable(ClinicianDay first, ClinicianDay second) {
        return first != second && first.getPost() != second.getPost()
                && (first.getPost() == null || second.getPossiblePosts().contains(first.getPost()))
                && (second.getPost() == null || first.getPossiblePosts().contains(second.getPost()));
    }

    /** Unpinned days, by date; rebuilt only when the solver works on another solution. */
    private void index(RotaSolution solution) {
        if (indexedDays == solution.getClinicianDays()) {
            return;
        }
        indexedDays = solution.getClinicianDays();
        movable = new ArrayList<>();
        movableByDate = new HashMap<>();
        for (ClinicianDay day : indexedDays) {
            if (!day.isPinned() && !day.getPossiblePosts().isEmpty()) {
                movable.add(day);
                movableByDate.computeIfAbsent(day.getDate(), date -> new ArrayList<>()).add(day);
            }
        }
    }
}

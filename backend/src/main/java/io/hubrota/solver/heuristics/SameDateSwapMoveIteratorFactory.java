package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import io.hubrota.solver.domain.Clinician;
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
 * <p>
 * With {@link #setMaxDays maxDays} above 1, a move trades a run of 1 to maxDays consecutive dates (length drawn
 * evenly) starting at that date: two people exchange a stretch of their lines, so a weekend or a block of nights
 * changes hands whole where a one-day swap would break a run or a weekend on the way.
 */
public class SameDateSwapMoveIteratorFactory implements MoveIteratorFactory<RotaSolution, Move<RotaSolution>> {

    /** Partners tried for one day before the iterator gives up on it and draws another day. */
    private static final int PARTNER_TRIES = 8;
    /** Days drawn before giving up on a move (a problem may have no swappable pair at all). */
    private static final int DAY_TRIES = 64;

    private List<ClinicianDay> indexedDays;
    private List<ClinicianDay> movable;
    private Map<LocalDate, List<ClinicianDay>> movableByDate;
    private Map<Clinician, Map<LocalDate, ClinicianDay>> daysByClinician;
    private int maxDays = 1;

    /**
     * The most consecutive dates one swap trades (default 1: single-day swaps); set from the solver XML's
     * {@code moveIteratorFactoryCustomProperties}. A run stops early at the end of the horizon or at a day one of the
     * two cannot be moved on.
     */
    public void setMaxDays(int maxDays) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("maxDays must be at least 1, not " + maxDays + ".");
        }
        this.maxDays = maxDays;
    }

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
                            // Single-day swaps (hub rotas) keep the moves, per-move cost and random stream they had.
                            return maxDays == 1 ? new BlockSwapMove(List.of(first), List.of(second))
                                    : run(first, second, 1 + random.nextInt(maxDays));
                        }
                    }
                }
                // Nothing swappable found: a swap of a day with itself is not doable, so the solver skips it.
                return new BlockSwapMove(List.of(first), List.of(first));
            }
        };
    }

    /** The two clinicians' days from the pair's date on, for up to {@code days} dates. */
    private BlockSwapMove run(ClinicianDay first, ClinicianDay second, int days) {
        List<ClinicianDay> left = new ArrayList<>(List.of(first));
        List<ClinicianDay> right = new ArrayList<>(List.of(second));
        Map<LocalDate, ClinicianDay> firstLine = daysByClinician.get(first.getClinician());
        Map<LocalDate, ClinicianDay> secondLine = daysByClinician.get(second.getClinician());
        for (int offset = 1; offset < days; offset++) {
            LocalDate date = first.getDate().plusDays(offset);
            ClinicianDay a = firstLine.get(date);
            ClinicianDay b = secondLine.get(date);
            if (a == null || b == null) {
                break;
            }
            left.add(a);
            right.add(b);
        }
        return new BlockSwapMove(left, right);
    }

    static boolean swappable(ClinicianDay first, ClinicianDay second) {
        return first != second && first.getPost() != second.getPost()
                && (first.getPost() == null || second.getPossiblePosts().contains(first.getPost()))
                && (second.getPost() == null || first.getPossiblePosts().contains(second.getPost()));
    }

    /**
     * Unpinned days, by date (and by clinician and date when runs are on); rebuilt only when the solver works on
     * another solution. Single-day swaps never look a clinician's line up, so they skip that map.
     */
    private void index(RotaSolution solution) {
        if (indexedDays == solution.getClinicianDays()) {
            return;
        }
        indexedDays = solution.getClinicianDays();
        movable = new ArrayList<>();
        movableByDate = new HashMap<>();
        daysByClinician = maxDays > 1 ? new HashMap<>() : null;
        for (ClinicianDay day : indexedDays) {
            if (!day.isPinned() && !day.getPossiblePosts().isEmpty()) {
                movable.add(day);
                movableByDate.computeIfAbsent(day.getDate(), date -> new ArrayList<>()).add(day);
                if (daysByClinician != null) {
                    daysByClinician.computeIfAbsent(day.getClinician(), clinician -> new HashMap<>())
                            .put(day.getDate(), day);
                }
            }
        }
    }
}

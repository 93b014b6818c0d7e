package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random block moves over runs of consecutive dates (lengths 1 to {@value #MAX_BLOCK_DAYS}): half swap two clinicians'
 * runs ({@link BlockSwapMove}), half give one clinician a run of the same shift or of days off
 * ({@link BlockAssignMove}). Random selection only; the move count is an estimate for the solver's statistics.
 */
public class BlockMoveIteratorFactory implements MoveIteratorFactory<RotaSolution, Move<RotaSolution>> {

    static final int MAX_BLOCK_DAYS = 7;

    @Override
    public long getSize(ScoreDirector<RotaSolution> scoreDirector) {
        long entities = scoreDirector.getWorkingSolution().getClinicianDays().size();
        return entities * MAX_BLOCK_DAYS * 2;
    }

    @Override
    public Iterator<Move<RotaSolution>> createOriginalMoveIterator(ScoreDirector<RotaSolution> scoreDirector) {
        throw new UnsupportedOperationException("Block moves are selected at random only.");
    }

    @Override
    public Iterator<Move<RotaSolution>> createRandomMoveIterator(ScoreDirector<RotaSolution> scoreDirector,
            Random random) {
        List<List<ClinicianDay>> rows = rowsByClinician(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.size() > 1;
            }

            @Override
            public Move<RotaSolution> next() {
                List<ClinicianDay> row = rows.get(random.nextInt(rows.size()));
                int length = 1 + random.nextInt(Math.min(MAX_BLOCK_DAYS, row.size()));
                int start = random.nextInt(row.size() - length + 1);
                List<ClinicianDay> block = row.subList(start, start + length);
                if (random.nextBoolean()) {
                    List<ClinicianDay> other = rows.get(random.nextInt(rows.size()));
                    return new BlockSwapMove(block, other.subList(start, start + length));
                }
                int options = block.get(0).getPossiblePosts().size();
                return new BlockAssignMove(block, random.nextInt(options + 1) - 1);
            }
        };
    }

    /** Each clinician's days in date order; the rows are aligned because every clinician has every date. */
    private static List<List<ClinicianDay>> rowsByClinician(RotaSolution solution) {
        Map<String, List<ClinicianDay>> rows = new LinkedHashMap<>();
        for (ClinicianDay day : solution.getClinicianDays()) {
            rows.computeIfAbsent(day.getClinician().id(), id -> new ArrayList<>()).add(day);
        }
        rows.values().forEach(row -> row.sort(Comparator.comparing(ClinicianDay::getDate)));
        return new ArrayList<>(rows.values());
    }
}

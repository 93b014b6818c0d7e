package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import java.util.Objects;

/**
 * Only swaps two clinicians' posts on the same date: posts belong to a date, so a swap across dates could never be
 * valid, and swapping identical posts changes nothing.
 */
public class SameDateSwapFilter implements SelectionFilter<RotaSolution, SwapMove<RotaSolution>> {

    @Override
    public boolean accept(ScoreDirector<RotaSolution> scoreDirector, SwapMove<RotaSolution> move) {
        ClinicianDay left = (ClinicianDay) move.getLeftEntity();
        ClinicianDay right = (ClinicianDay) move.getRightEntity();
        return left.getDate().equals(right.getDate()) && !Objects.equals(left.getPost(), right.getPost());
    }
}

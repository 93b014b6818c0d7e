package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Re-plans each work-pattern clinician's line in turn around everybody else's ({@link LineReplanner}), pass after
 * pass until a pass changes nothing (at most {@value #MAX_PASSES}). Every work-pattern limit is a limit on one
 * clinician's line, so from an empty roster the first pass is a construction that keeps all of them; later passes
 * improve cover and requests. Clinicians without a pattern are left as they are.
 */
public class BestLineDescent implements PhaseCommand<RotaSolution> {

    static final int MAX_PASSES = 20;

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RotaSolution solution = scoreDirector.getWorkingSolution();
        LineReplanner replanner = new LineReplanner(solution);
        boolean changed = true;
        for (int pass = 0; pass < MAX_PASSES && changed; pass++) {
            changed = false;
            for (List<ClinicianDay> row : replanner.rows()) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                List<Post> line = replanner.replan(row, LineCosts.assignedCounts(solution.getClinicianDays()));
                changed |= assign(scoreDirector, row, line);
            }
        }
    }

    /** Puts each post of {@code line} on the matching unpinned day of {@code row}; whether any day changed. */
    static boolean assign(ScoreDirector<RotaSolution> scoreDirector, List<ClinicianDay> row, List<Post> line) {
        boolean changed = false;
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            if (!day.isPinned() && !Objects.equals(day.getPost(), line.get(index))) {
                scoreDirector.beforeVariableChanged(day, "post");
                day.setPost(line.get(index));
                scoreDirector.afterVariableChanged(day, "post");
                changed = true;
            }
        }
        scoreDirector.triggerVariableListeners();
        return changed;
    }
}

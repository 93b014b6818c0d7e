package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Gives each of a list of clinician-days a given post (null: a day off) in one move: a whole line from
 * {@link BestLinePlanner}. Not doable when it would change nothing or touch a pinned day.
 */
public class AssignPostsMove extends AbstractMove<RotaSolution> {

    private final List<ClinicianDay> days;
    private final List<Post> targets;

    /** Two lists of the same length: {@code targets.get(i)} for {@code days.get(i)}. */
    public AssignPostsMove(List<ClinicianDay> days, List<Post> targets) {
        this.days = days;
        this.targets = targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotaSolution> scoreDirector) {
        boolean changes = false;
        for (int index = 0; index < days.size(); index++) {
            ClinicianDay day = days.get(index);
            Post target = targets.get(index);
            if (!Objects.equals(day.getPost(), target)) {
                if (day.isPinned() || target != null && !day.getPossiblePosts().contains(target)) {
                    return false;
                }
                changes = true;
            }
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotaSolution> scoreDirector) {
        for (int index = 0; index < days.size(); index++) {
            ClinicianDay day = days.get(index);
            Post target = targets.get(index);
            if (!Objects.equals(day.getPost(), target)) {
                scoreDirector.beforeVariableChanged(day, "post");
                day.setPost(target);
                scoreDirector.afterVariableChanged(day, "post");
            }
        }
    }

    @Override
    public AssignPostsMove rebase(ScoreDirector<RotaSolution> destinationScoreDirector) {
        List<Post> rebasedTargets = new ArrayList<>(targets.size());
        targets.forEach(target -> rebasedTargets.add(
                target == null ? null : destinationScoreDirector.lookUpWorkingObject(target)));
        return new AssignPostsMove(rebaseList(days, destinationScoreDirector), rebasedTargets);
    }

    @Override
    public Collection<ClinicianDay> getPlanningEntities() {
        return days;
    }

    @Override
    public Collection<Post> getPlanningValues() {
        return targets;
    }

    @Override
    public String toString() {
        return "assign " + targets + " to " + days;
    }
}

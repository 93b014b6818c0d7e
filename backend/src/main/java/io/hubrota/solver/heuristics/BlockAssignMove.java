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
 * Gives one clinician the same kind of day over a run of consecutive dates: the {@code option}-th possible post of
 * each date (the same shift of a recurring pattern), or a day off when {@code option} is negative. Single changes
 * cannot create or remove a whole run of work or rest without passing through worse rosters; this move can.
 */
public class BlockAssignMove extends AbstractMove<RotaSolution> {

    private final List<ClinicianDay> days;
    private final int option;

    public BlockAssignMove(List<ClinicianDay> days, int option) {
        this.days = days;
        this.option = option;
    }

    private Post target(ClinicianDay day) {
        return option < 0 ? null : day.getPossiblePosts().get(option);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotaSolution> scoreDirector) {
        boolean changes = false;
        for (ClinicianDay day : days) {
            if (day.isPinned() || (option >= 0 && day.getPossiblePosts().size() <= option)) {
                return false;
            }
            changes |= !Objects.equals(day.getPost(), target(day));
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotaSolution> scoreDirector) {
        for (ClinicianDay day : days) {
            Post target = target(day);
            if (!Objects.equals(day.getPost(), target)) {
                scoreDirector.beforeVariableChanged(day, "post");
                day.setPost(target);
                scoreDirector.afterVariableChanged(day, "post");
            }
        }
    }

    @Override
    public BlockAssignMove rebase(ScoreDirector<RotaSolution> destinationScoreDirector) {
        return new BlockAssignMove(rebaseList(days, destinationScoreDirector), option);
    }

    @Override
    public Collection<ClinicianDay> getPlanningEntities() {
        return days;
    }

    @Override
    public Collection<Post> getPlanningValues() {
        List<Post> values = new ArrayList<>();
        days.forEach(day -> values.add(target(day)));
        return values;
    }

    @Override
    public String toString() {
        return "assign " + (option < 0 ? "off" : "option " + option) + " to " + days;
    }
}

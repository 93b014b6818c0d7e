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
 * Swaps what two clinicians work over the same run of consecutive dates. Cover stays exactly as it was while work
 * moves between people, so limits on runs, totals and weekends can be repaired without first breaking cover: the
 * standard "block swap" neighbourhood of nurse rostering.
 */
public class BlockSwapMove extends AbstractMove<RotaSolution> {

    private final List<ClinicianDay> left;
    private final List<ClinicianDay> right;

    /** Two equally long lists of the same dates, in date order. */
    public BlockSwapMove(List<ClinicianDay> left, List<ClinicianDay> right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotaSolution> scoreDirector) {
        boolean changes = false;
        for (int index = 0; index < left.size(); index++) {
            ClinicianDay a = left.get(index);
            ClinicianDay b = right.get(index);
            if (a.isPinned() || b.isPinned() || !accepts(a, b.getPost()) || !accepts(b, a.getPost())) {
                return false;
            }
            changes |= !Objects.equals(a.getPost(), b.getPost());
        }
        return changes;
    }

    private static boolean accepts(ClinicianDay day, Post post) {
        return post == null || day.getPossiblePosts().contains(post);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotaSolution> scoreDirector) {
        for (int index = 0; index < left.size(); index++) {
            ClinicianDay a = left.get(index);
            ClinicianDay b = right.get(index);
            Post aPost = a.getPost();
            Post bPost = b.getPost();
            if (Objects.equals(aPost, bPost)) {
                continue;
            }
            scoreDirector.beforeVariableChanged(a, "post");
            a.setPost(bPost);
            scoreDirector.afterVariableChanged(a, "post");
            scoreDirector.beforeVariableChanged(b, "post");
            b.setPost(aPost);
            scoreDirector.afterVariableChanged(b, "post");
        }
    }

    @Override
    public BlockSwapMove rebase(ScoreDirector<RotaSolution> destinationScoreDirector) {
        return new BlockSwapMove(rebaseList(left, destinationScoreDirector), rebaseList(right, destinationScoreDirector));
    }

    @Override
    public Collection<ClinicianDay> getPlanningEntities() {
        List<ClinicianDay> entities = new ArrayList<>(left);
        entities.addAll(right);
        return entities;
    }

    @Override
    public Collection<Post> getPlanningValues() {
        List<Post> values = new ArrayList<>();
        left.forEach(day -> values.add(day.getPost()));
        right.forEach(day -> values.add(day.getPost()));
        return values;
    }

    @Override
    public String toString() {
        return "swap " + left + " <-> " + right;
    }
}

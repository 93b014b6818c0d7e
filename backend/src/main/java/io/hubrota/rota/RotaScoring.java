package io.hubrota.rota;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import io.hubrota.solver.constraints.justifications.RotaJustification;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Scores a rota's working copy with the solver's own constraints, and names the hard rules it breaks. */
@Component
public class RotaScoring {

    private final SolutionManager<RotaSolution, HardMediumSoftLongScore> solutionManager;

    RotaScoring(SolutionManager<RotaSolution, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /** The problem with exactly these assignments, all pinned: what the rota is, not what a solver would make. */
    public static RotaSolution solutionOf(ProblemDocument problem, List<ProblemDocument.Assignment> assignments) {
        return ProblemMapper.toSolution(ProblemMapper.withPinned(problem, assignments));
    }

    public ScoreAnalysis<HardMediumSoftLongScore> analyze(RotaSolution solution) {
        return solutionManager.analyze(solution);
    }

    public HardMediumSoftLongScore score(RotaSolution solution) {
        return solutionManager.update(solution);
    }

    public SolutionManager<RotaSolution, HardMediumSoftLongScore> solutionManager() {
        return solutionManager;
    }

    /** Every match of a hard constraint, with the justification's sentence. */
    public static List<BrokenRule> brokenRules(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<BrokenRule> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            if (constraint.score().hardScore() >= 0 || constraint.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                String description = match.justification() instanceof RotaJustification justification
                        ? justification.description() : String.valueOf(match.justification());
                broken.add(new BrokenRule(constraint.constraintName(), description));
            }
        }
        broken.sort(Comparator.comparing(BrokenRule::constraint).thenComparing(BrokenRule::description));
        return broken;
    }

    /** A hard rule the rota breaks, in words. */
    public record BrokenRule(String constraint, String description) {
    }
}

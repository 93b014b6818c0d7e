package io.hubrota.solver.benchmark.curtois;

import java.util.List;

/**
 * The result of {@link CurtoisEvaluator}: the benchmark objective split into its terms, and every hard violation.
 * The objective is comparable with BEST_KNOWN.csv only when {@link #isFeasible()}.
 */
public record CurtoisEvaluation(
        int shiftOnRequestPenalty,
        int shiftOffRequestPenalty,
        int coverUnderPenalty,
        int coverOverPenalty,
        List<CurtoisHardViolation> hardViolations) {

    public CurtoisEvaluation {
        hardViolations = List.copyOf(hardViolations);
    }

    /** FORMAT.md's objective: the sum of all soft penalties. */
    public int objective() {
        return shiftOnRequestPenalty + shiftOffRequestPenalty + coverUnderPenalty + coverOverPenalty;
    }

    public boolean isFeasible() {
        return hardViolations.isEmpty();
    }

    public int hardViolationCount() {
        return hardViolations.size();
    }

    public int hardViolationCount(CurtoisHardRule rule) {
        return (int) hardViolations.stream().filter(violation -> violation.rule() == rule).count();
    }

    public List<CurtoisHardViolation> hardViolations(CurtoisHardRule rule) {
        return hardViolations.stream().filter(violation -> violation.rule() == rule).toList();
    }
}

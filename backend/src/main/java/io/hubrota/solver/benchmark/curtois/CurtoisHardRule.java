package io.hubrota.solver.benchmark.curtois;

/**
 * The hard constraints of FORMAT.md ("a roster that breaks one is infeasible"), with the rule number used there.
 * Rules 4 and 5 are split into their lower and upper bounds so a report says which side was broken.
 */
public enum CurtoisHardRule {
    ONE_SHIFT_PER_DAY(1),
    FORBIDDEN_SUCCESSION(2),
    MAX_SHIFTS_PER_TYPE(3),
    MIN_TOTAL_MINUTES(4),
    MAX_TOTAL_MINUTES(4),
    MAX_CONSECUTIVE_SHIFTS(5),
    MIN_CONSECUTIVE_SHIFTS(5),
    MIN_CONSECUTIVE_DAYS_OFF(6),
    MAX_WEEKENDS(7),
    DAY_OFF(8);

    private final int formatRuleNumber;

    CurtoisHardRule(int formatRuleNumber) {
        this.formatRuleNumber = formatRuleNumber;
    }

    /** The number of the rule in the "Hard constraints" list of FORMAT.md. */
    public int formatRuleNumber() {
        return formatRuleNumber;
    }
}

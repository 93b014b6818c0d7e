package io.hubrota.solver.benchmark.curtois;

import java.util.Objects;

/**
 * One broken hard rule instance, e.g. one too-short run of days off or one staff member over the weekend limit.
 *
 * @param firstDay the first day concerned (start of the run, the earlier day of a succession), or -1 for rules about
 *                 the whole horizon (shift counts, total minutes, weekends)
 * @param amount   by how much the rule is broken, in the rule's unit (shifts, minutes, days, weekends); at least 1
 */
public record CurtoisHardViolation(CurtoisHardRule rule, String staffId, int firstDay, int amount, String description) {

    public static final int WHOLE_HORIZON = -1;

    public CurtoisHardViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(staffId, "staffId");
    }
}

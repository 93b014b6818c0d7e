package io.hubrota.solver.constraints;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The constraint weights a problem is solved with: the defaults in {@link RotaConstraintProvider} and
 * {@link WorkPatternConstraints}, changed by configured overrides (constraint name → weight such as
 * {@code "0hard/0medium/2soft"}), with every rule the problem cannot trigger switched off.
 *
 * <p>Why switch rules off: Timefold leaves a zero-weight constraint out of its network, and a rule whose facts are
 * absent (no work patterns, no preferences, no previous rota) still costs a join or a filter on every move. On the
 * 4-week Northumberland problem the ten work-pattern rules alone took about a sixth of the solver's time while never
 * changing the score.
 */
public final class ConstraintWeights {

    /** Every constraint name, for validating configured overrides. */
    public static final Set<String> NAMES = Set.copyOf(List.of(
            RotaConstraintProvider.HOURS_GUARANTEE,
            RotaConstraintProvider.ROLE_AND_SKILL_MISMATCH,
            RotaConstraintProvider.COMMITMENT_OVERLAP,
            RotaConstraintProvider.REST_BETWEEN_WORKING_DAYS,
            RotaConstraintProvider.WEEKLY_REST,
            RotaConstraintProvider.MAXIMUM_CONSECUTIVE_WORKING_DAYS,
            RotaConstraintProvider.LEAVE_OVERLAP,
            RotaConstraintProvider.HUB_ROOMS,
            RotaConstraintProvider.TRAVEL_BEYOND_MAXIMUM,
            RotaConstraintProvider.UNMET_MINIMUM_REQUIREMENT,
            RotaConstraintProvider.HUB_OPEN_WITHOUT_A_GP,
            RotaConstraintProvider.DESIRED_STAFFING,
            RotaConstraintProvider.UNSOCIAL_HOURS_FAIRNESS,
            RotaConstraintProvider.PREFERENCES,
            RotaConstraintProvider.TRAVEL_MINUTES,
            RotaConstraintProvider.CONTINUITY,
            RotaConstraintProvider.STABILITY,
            WorkPatternConstraints.MAX_SHIFTS_PER_TYPE,
            WorkPatternConstraints.TOTAL_MINUTES,
            WorkPatternConstraints.MIN_CONSECUTIVE_WORKING_DAYS,
            WorkPatternConstraints.MIN_CONSECUTIVE_DAYS_OFF,
            WorkPatternConstraints.MAX_WEEKENDS,
            WorkPatternConstraints.FORBIDDEN_SUCCESSION,
            WorkPatternConstraints.COVER_BELOW_REQUIREMENT,
            WorkPatternConstraints.COVER_ABOVE_REQUIREMENT,
            WorkPatternConstraints.SHIFT_ON_REQUEST,
            WorkPatternConstraints.SHIFT_OFF_REQUEST));

    private static final List<String> WORK_PATTERN_RULES = List.of(
            WorkPatternConstraints.MAX_SHIFTS_PER_TYPE,
            WorkPatternConstraints.TOTAL_MINUTES,
            WorkPatternConstraints.MIN_CONSECUTIVE_WORKING_DAYS,
            WorkPatternConstraints.MIN_CONSECUTIVE_DAYS_OFF,
            WorkPatternConstraints.MAX_WEEKENDS,
            WorkPatternConstraints.FORBIDDEN_SUCCESSION);
    private static final List<String> SHIFT_REQUEST_RULES = List.of(
            WorkPatternConstraints.SHIFT_ON_REQUEST,
            WorkPatternConstraints.SHIFT_OFF_REQUEST);
    private static final List<String> COVER_WEIGHT_RULES = List.of(
            WorkPatternConstraints.COVER_BELOW_REQUIREMENT,
            WorkPatternConstraints.COVER_ABOVE_REQUIREMENT);

    private ConstraintWeights() {
    }

    /**
     * Parses configured overrides, refusing unknown constraint names and negative weights with a message that names
     * the offending entry.
     */
    public static Map<String, HardMediumSoftLongScore> parse(Map<String, String> configured) {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        configured.forEach((name, text) -> {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown constraint \"" + name + "\" in the constraint weights; "
                        + "known constraints: " + String.join(", ", new TreeSet<>(NAMES)));
            }
            HardMediumSoftLongScore weight;
            try {
                weight = HardMediumSoftLongScore.parseScore(text.strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Weight \"" + text + "\" of constraint \"" + name
                        + "\" is not of the form 0hard/0medium/1soft", e);
            }
            if (weight.hardScore() < 0 || weight.mediumScore() < 0 || weight.softScore() < 0) {
                throw new IllegalArgumentException("Weight \"" + text + "\" of constraint \"" + name
                        + "\" is negative; use 0 to switch a constraint off");
            }
            weights.put(name, weight);
        });
        return weights;
    }

    /**
     * The overrides for {@code solution}: zero for rules it cannot trigger, then {@code configured} on top (a
     * configured weight always wins).
     */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> forProblem(RotaSolution solution,
            Map<String, HardMediumSoftLongScore> configured) {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        unusableRules(solution).forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        weights.putAll(configured);
        return ConstraintWeightOverrides.of(weights);
    }

    /** Rules that cannot match anything in {@code solution} because the facts they join with are absent. */
    static Set<String> unusableRules(RotaSolution solution) {
        Set<String> off = new TreeSet<>();
        if (solution.getWorkPatterns().isEmpty()) {
            off.addAll(WORK_PATTERN_RULES);
        }
        if (solution.getShiftRequests().isEmpty()) {
            off.addAll(SHIFT_REQUEST_RULES);
        }
        if (solution.getCoverWeights().isEmpty()) {
            off.addAll(COVER_WEIGHT_RULES);
        }
        if (solution.getPreferences().isEmpty()) {
            off.add(RotaConstraintProvider.PREFERENCES);
        }
        if (solution.getClinicianDays().stream().noneMatch(ClinicianDay::isReplanning)) {
            off.add(RotaConstraintProvider.STABILITY);
        }
        return off;
    }
}

package io.hubrota.solver.constraints.justifications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** How unevenly evenings, weekends and bank holidays are shared, per clinician id, in proportion to baseline. */
public record UnsocialHoursFairnessJustification(
        Map<String, Long> normalisedUnsocialMinutes,
        BigDecimal unfairness) implements RotaJustification {

    @Override
    public String description() {
        return "Unsocial minutes per 37.5h baseline range from "
                + Minutes.format(normalisedUnsocialMinutes.values().stream().mapToLong(Long::longValue).min().orElse(0))
                + " to " + Minutes.format(normalisedUnsocialMinutes.values().stream().mapToLong(Long::longValue).max()
                        .orElse(0))
                + " (unfairness " + unfairness.setScale(1, RoundingMode.HALF_UP) + ")";
    }
}

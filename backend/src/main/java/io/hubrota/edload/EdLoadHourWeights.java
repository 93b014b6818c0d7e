package io.hubrota.edload;

import io.hubrota.rota.HourWeightsProvider;
import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Feeds the solver's per-hour gap weights from the forecast GP-treatable out-of-hours load at the configured
 * emergency hospital. With no arrival history the forecast is zero and every hour weighs 1.
 */
@Component
class EdLoadHourWeights implements HourWeightsProvider {

    private final EdLoadWeights weights;

    private final EdLoadProperties properties;

    EdLoadHourWeights(EdLoadWeights weights, EdLoadProperties properties) {
        this.weights = weights;
        this.properties = properties;
    }

    @Override
    public List<HourWeight> weights(Collection<Long> hubIds, LocalDate firstDate, LocalDate lastDate) {
        return weights.weights(properties.defaultSite(), firstDate, lastDate);
    }
}

package io.hubrota.rota;

import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Every hour weighs the same: no hour is listed, so each takes the default weight 1. */
class FlatHourWeights implements HourWeightsProvider {

    @Override
    public List<HourWeight> weights(Collection<Long> hubIds, LocalDate firstDate, LocalDate lastDate) {
        return List.of();
    }
}

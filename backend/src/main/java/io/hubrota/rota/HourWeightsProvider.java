package io.hubrota.rota;

import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How much a missing clinician-minute weighs in each hour of a rota's period (DESIGN §4: more where the emergency
 * hospital's out-of-hours load is higher). Hours left out weigh 1. The ED load feature provides the bean.
 */
public interface HourWeightsProvider {

    List<HourWeight> weights(Collection<Long> hubIds, LocalDate firstDate, LocalDate lastDate);
}

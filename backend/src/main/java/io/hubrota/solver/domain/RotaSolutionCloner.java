package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import java.util.ArrayList;
import java.util.List;

/**
 * Clones a rota for Timefold (every new best solution is a clone): copies the clinician-days and shares the facts,
 * which no fact references back and nothing changes during solving. Timefold's own reflective cloner walked every
 * field of every fact list and day and took about 8% of solving time on the 4-week Northumberland problem.
 */
public final class RotaSolutionCloner implements SolutionCloner<RotaSolution> {

    @Override
    public RotaSolution cloneSolution(RotaSolution original) {
        List<ClinicianDay> days = new ArrayList<>(original.getClinicianDays().size());
        for (ClinicianDay day : original.getClinicianDays()) {
            days.add(day.copy());
        }
        return original.withClinicianDays(days);
    }
}

package io.hubrota.solver.heuristics;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameDateSwapFilterTests {

    @Test
    void acceptsOnlyDifferentPostsOnTheSameDate() {
        RotaSolution solution = ProblemMapper.toSolution(ProblemBuilder.horizon("2026-03-23", "2026-03-24")
                .hub("h1", 2).clinician("a", "GP", 2250).clinician("b", "GP", 2250)
                .shift("s", "h1", "2026-03-23T18:30", "2026-03-23T21:00", line("GP", 1, 2))
                .assign("a", "s").build());
        List<ClinicianDay> days = solution.getClinicianDays();
        ClinicianDay aMonday = days.get(0);
        ClinicianDay aTuesday = days.get(1);
        ClinicianDay bMonday = days.get(2);
        SameDateSwapFilter filter = new SameDateSwapFilter();

        assertThat(filter.accept(null, swap(aMonday, bMonday))).isTrue();
        assertThat(filter.accept(null, swap(aMonday, aTuesday))).isFalse();
        assertThat(filter.accept(null, swap(aTuesday, days.get(3)))).isFalse();
    }

    private static SwapMove<RotaSolution> swap(ClinicianDay left, ClinicianDay right) {
        return new SwapMove<>(List.of(), left, right);
    }
}

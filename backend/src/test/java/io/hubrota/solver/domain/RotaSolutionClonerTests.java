package io.hubrota.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.hubrota.solver.RandomProblems;
import io.hubrota.solver.problem.ProblemMapper;
import org.junit.jupiter.api.Test;

class RotaSolutionClonerTests {

    private static RotaSolution assignedRandomProblem() {
        RandomProblems.Case generated = RandomProblems.generate(7);
        RotaSolution solution = ProblemMapper.toSolution(
                ProblemMapper.withPinned(generated.problem(), generated.assignments()));
        solution.setScore(HardMediumSoftLongScore.of(-1, -2, -3));
        return solution;
    }

    @Test
    void theCloneEqualsTheOriginalFieldByField() {
        RotaSolution original = assignedRandomProblem();

        RotaSolution clone = new RotaSolutionCloner().cloneSolution(original);

        // Recursive comparison walks every field, so a field added to ClinicianDay but not copied fails here.
        assertThat(clone).usingRecursiveComparison().isEqualTo(original);
        assertThat(clone.getClinicianDays()).hasSameSizeAs(original.getClinicianDays());
    }

    @Test
    void planningEntitiesAreNewObjectsSoTheSolverCannotChangeTheBestSolutionThroughThem() {
        RotaSolution original = assignedRandomProblem();
        ClinicianDay assigned = original.getClinicianDays().stream().filter(day -> day.getPost() != null)
                .findFirst().orElseThrow();

        RotaSolution clone = new RotaSolutionCloner().cloneSolution(original);
        ClinicianDay cloned = clone.getClinicianDays().get(original.getClinicianDays().indexOf(assigned));
        cloned.setPost(null);
        cloned.setPinned(!assigned.isPinned());

        assertThat(cloned).isNotSameAs(assigned);
        assertThat(assigned.getPost()).isNotNull();
        assertThat(clone.getClinicianDays()).isNotSameAs(original.getClinicianDays());
        assertThat(clone.getPosts()).isSameAs(original.getPosts());
    }
}

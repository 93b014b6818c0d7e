package io.hubrota.solver.benchmark.curtois;

import java.util.Objects;

/**
 * One line of {@code SECTION_SHIFT_ON_REQUESTS} or {@code SECTION_SHIFT_OFF_REQUESTS}; which of the two it is follows
 * from the list of {@link CurtoisInstance} that holds it.
 *
 * @param weight the objective penalty if the request is not met
 */
public record CurtoisShiftRequest(String staffId, int day, String shiftTypeId, int weight) {

    public CurtoisShiftRequest {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(shiftTypeId, "shiftTypeId");
    }
}

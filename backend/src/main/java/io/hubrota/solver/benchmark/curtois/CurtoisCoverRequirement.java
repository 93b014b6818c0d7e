package io.hubrota.solver.benchmark.curtois;

import java.util.Objects;

/**
 * One line of {@code SECTION_COVER}: how many staff should work a shift type on a day, and the objective weight per
 * person missing ({@code underWeight}) or in excess ({@code overWeight}).
 */
public record CurtoisCoverRequirement(int day, String shiftTypeId, int requirement, int underWeight, int overWeight) {

    public CurtoisCoverRequirement {
        Objects.requireNonNull(shiftTypeId, "shiftTypeId");
    }

    /** The objective contribution of this line when {@code assigned} staff work the shift that day. */
    public int penaltyFor(int assigned) {
        if (assigned < requirement) {
            return (requirement - assigned) * underWeight;
        }
        return (assigned - requirement) * overWeight;
    }
}

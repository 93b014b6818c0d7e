package io.hubrota.solver.constraints.justifications;

/** Commitments plus hub shifts over the baseline weekly hours. */
public record HoursGuaranteeJustification(
        String clinicianId,
        String clinicianName,
        int isoWeek,
        long workedMinutes,
        long baselineMinutes) implements RotaJustification {

    @Override
    public String description() {
        return clinicianName + " would work " + Minutes.format(workedMinutes) + " in week " + isoWeek + ", baseline "
                + Minutes.format(baselineMinutes);
    }
}

package io.hubrota.coverage;

import io.hubrota.shared.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staffed against required clinicians per hub, date and local clock hour, with the gaps below minimum. A shift
 * counts in every clock hour it overlaps, even in part (an 18:30–20:00 session shows in the 18:00 and 19:00 cells),
 * and in the date of that hour (a session past midnight shows in the next day's early hours). Hours are wall-clock
 * hours, so on the night the clocks go back the repeated 01:00 hour is one cell.
 */
record CoverageResponse(LocalDate from, LocalDate to, List<HubCoverage> hubs, List<Gap> gaps) {

    record HubCoverage(long hubId, String hubName, List<DayCoverage> days) {
    }

    /**
     * {@code source} is PUBLISHED when every shift of the day comes from a published rota, else DRAFT (the less
     * settled figure wins when a day mixes both).
     */
    record DayCoverage(LocalDate date, StaffingSource source, List<HourCoverage> hours) {
    }

    /** {@code hour} is the local clock hour the cell starts at, 0–23. */
    record HourCoverage(int hour, int required, int desired, int staffed, List<RoleCoverage> roles) {
    }

    record RoleCoverage(Role role, int required, int desired, int staffed) {
    }

    /** A requirement line staffed below its minimum. */
    record Gap(long hubId, String hubName, LocalDate date, long shiftId, LocalDateTime start, LocalDateTime end,
            Role role, int required, int staffed, int missing, StaffingSource source) {
    }
}

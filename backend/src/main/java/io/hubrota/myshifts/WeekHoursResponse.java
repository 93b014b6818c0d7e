package io.hubrota.myshifts;

import java.time.LocalDate;

/**
 * One ISO week (Monday to Sunday) of the signed-in clinician's hours: the baseline they worked before hubs existed,
 * what their practice commitments and published hub shifts add up to, and the headroom left. Headroom is the hours
 * guarantee made visible; a valid published rota never makes it negative.
 */
record WeekHoursResponse(String isoWeek, LocalDate weekStart, LocalDate weekEnd, int baselineMinutes,
        long practiceMinutes, long hubMinutes, long totalMinutes, long headroomMinutes) {
}

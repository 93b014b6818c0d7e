package io.hubrota.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * Seven-day access figures for a period: how much of each hub's opening hours had a GP on site, and appointment
 * minutes per 1,000 population per week against the Enhanced Access standard (60), over all hours and over the
 * Enhanced Access network standard hours alone (18:30–20:00 Monday to Friday, 09:00–17:00 Saturday).
 * <p>
 * Assumptions: every staffed clinician-minute at a hub is appointment time (all clinical roles, since Enhanced
 * Access counts the whole team's appointments); minutes are wall-clock minutes, as appointments are booked; hubs
 * serve separate populations, so the overall population is their sum; bank holidays are treated like any other day
 * of their weekday.
 */
record AccessResponse(LocalDate from, LocalDate to, long days, double weeks, int standardMinutesPer1000PerWeek,
        List<HubAccess> hubs, Overall overall) {

    record HubAccess(long hubId, String hubName, int populationServed, Figures openingHours,
            Figures enhancedAccessHours) {
    }

    /**
     * Overall opening-hours figures add the hubs up. Overall Enhanced Access hours count a minute as GP-covered when
     * a GP is on site at any hub, because the standard asks for a GP physically present on one site.
     */
    record Overall(int population, Figures openingHours, Figures enhancedAccessHours) {
    }

    /**
     * {@code windowMinutes}: the minutes measured (opening hours, or Enhanced Access hours); {@code gpOnSiteShare}
     * is null when there were none. {@code minutesPer1000PerWeek} and {@code meetsStandard} are null without a
     * population.
     */
    record Figures(long windowMinutes, long gpOnSiteMinutes, Double gpOnSiteShare, long staffedMinutes,
            Double minutesPer1000PerWeek, Boolean meetsStandard) {
    }
}

package io.hubrota.edload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ED load feature ({@code hubrota.ed-load.*}). Every default is a documented assumption
 * (docs/domain.md "ED out-of-hours load"), so a deployment for another hospital overrides rather than edits code.
 *
 * @param defaultSite site code used when a request names none (Cramlington's specialist emergency care hospital)
 * @param dailyProfile share of a day's arrivals in each local hour 0..23, used to spread daily-total imports; any
 *        positive scale, normalised on use
 * @param gpTreatableShare share of arrivals primary care could have treated, for the demo series and where an
 *        extract does not say (NHS Digital definition, ~13%)
 * @param forecastWeeks how many past weeks the forecast averages
 */
@Validated
@ConfigurationProperties("hubrota.ed-load")
public record EdLoadProperties(
        @NotBlank @DefaultValue("RVW-CRAMLINGTON") String defaultSite,
        @Valid @NotNull @DefaultValue Ooh ooh,
        @Size(min = 24, max = 24) @DefaultValue({ "1.9", "1.6", "1.4", "1.2", "1.1", "1.1", "1.4", "2.2", "3.8",
            "5.6", "6.6", "6.8", "6.6", "6.4", "6.3", "6.2", "6.0", "5.8", "5.6", "5.3", "4.4", "3.6", "2.9",
            "2.3" }) List<Double> dailyProfile,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.13") double gpTreatableShare,
        @Min(1) @Max(52) @DefaultValue("8") int forecastWeeks,
        @Valid @NotNull @DefaultValue Weights weights,
        @Valid @NotNull @DefaultValue Diversion diversion) {

    /**
     * When the hospital is the only place open: weekday evenings and nights, weekends and bank holidays in England.
     *
     * @param weekdayEveningStart on Monday to Friday, out of hours from this time to midnight
     * @param weekdayMorningEnd on Monday to Friday, out of hours from midnight to this time
     */
    public record Ooh(
            @NotNull @DefaultValue("18:30") LocalTime weekdayEveningStart,
            @NotNull @DefaultValue("08:00") LocalTime weekdayMorningEnd,
            @DefaultValue("true") boolean weekends,
            @DefaultValue("true") boolean bankHolidays) {
    }

    /**
     * Solver hour weights from the forecast GP-treatable out-of-hours load: weight = 1 + round(k × treatable ÷ mean
     * treatable over the period's out-of-hours hours), at most {@code max}; in-hours weight 1.
     */
    public record Weights(
            @DecimalMin("0") @DefaultValue("1.5") double k,
            @Min(1) @Max(100) @DefaultValue("5") int max) {
    }

    /**
     * The diversion assumption: Greater Manchester's seven-day access evaluation found about three extra GP
     * appointments per avoided minor A&E attendance (Whittaker et al., PLOS Medicine 2016).
     */
    public record Diversion(
            @Positive @DefaultValue("3.0") double appointmentsPerAvoidedAttendance,
            @Positive @DefaultValue("10") int appointmentMinutes) {
    }
}

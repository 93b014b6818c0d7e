package io.hubrota.hubs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a hub is open on one weekday. A weekday without opening hours is a day the hub is shut. */
@Embeddable
public record OpeningHours(@NotNull @Column(name = "weekday") DayOfWeek weekday, @NotNull LocalTime opens,
        @NotNull LocalTime closes) {
}

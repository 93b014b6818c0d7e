package io.hubrota.hubs;

import java.time.DayOfWeek;
import java.time.LocalTime;

public record OpeningHoursResponse(DayOfWeek weekday, LocalTime opens, LocalTime closes) {

    static OpeningHoursResponse from(OpeningHours hours) {
        return new OpeningHoursResponse(hours.weekday(), hours.opens(), hours.closes());
    }
}

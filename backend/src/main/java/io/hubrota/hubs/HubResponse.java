package io.hubrota.hubs;

import java.util.Comparator;
import java.util.List;

/** A hub with its weekly opening hours (Monday first; a missing weekday is a closed day). */
public record HubResponse(Long id, Integer version, String code, String name, String town, double latitude,
        double longitude, int rooms, int populationServed, List<OpeningHoursResponse> openingHours) {

    /** Reads the opening hours, so call it where they are loaded or inside a transaction. */
    public static HubResponse from(Hub hub) {
        List<OpeningHoursResponse> hours = hub.getOpeningHours().stream()
                .sorted(Comparator.comparing(OpeningHours::weekday))
                .map(OpeningHoursResponse::from)
                .toList();
        return new HubResponse(hub.getId(), hub.getVersion(), hub.getCode(), hub.getName(), hub.getTown(),
                hub.getLatitude(), hub.getLongitude(), hub.getRooms(), hub.getPopulationServed(), hours);
    }
}

package io.hubrota.practices;

/** A practice as the API shows it; {@code version} goes back with an update. */
public record PracticeResponse(Long id, Integer version, String code, String name, String locality, int listSize,
        double latitude, double longitude) {

    public static PracticeResponse from(Practice practice) {
        return new PracticeResponse(practice.getId(), practice.getVersion(), practice.getCode(), practice.getName(),
                practice.getLocality(), practice.getListSize(), practice.getLatitude(), practice.getLongitude());
    }
}

package io.hubrota.demo;

/**
 * Straight-line distance and the road travel time derived from it. Rural Northumberland roads are slow and indirect,
 * so the time assumes an average of {@value #AVERAGE_SPEED_KMH} km/h over a road distance {@value #DETOUR_FACTOR} times
 * the straight line (a common circuity factor for rural road networks).
 */
public final class GeoDistance {

    static final double AVERAGE_SPEED_KMH = 50.0;
    static final double DETOUR_FACTOR = 1.3;
    private static final double EARTH_RADIUS_KM = 6371.0;

    private GeoDistance() {
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    /** Whole minutes, rounded up, with a floor of 5: even a hub next door means parking and walking in. */
    public static int travelMinutes(double lat1, double lon1, double lat2, double lon2) {
        double roadKm = kilometres(lat1, lon1, lat2, lon2) * DETOUR_FACTOR;
        return Math.max(5, (int) Math.ceil(roadKm / AVERAGE_SPEED_KMH * 60.0));
    }
}

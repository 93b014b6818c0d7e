package io.hubrota.solver.constraints.justifications;

/** Formats minutes the way hub managers write durations: "26h 0m". */
final class Minutes {

    private Minutes() {
    }

    static String format(long minutes) {
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        return sign + (abs / 60) + "h " + (abs % 60) + "m";
    }
}

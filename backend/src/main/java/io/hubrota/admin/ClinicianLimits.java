package io.hubrota.admin;

/** Bounds on what an administrator may record for a clinician. */
final class ClinicianLimits {

    /** 50 hours: more than any NHS contract; a larger figure is a typing error, not a baseline. */
    static final int MAX_BASELINE_WEEKLY_MINUTES = 3000;

    /** Four hours one way: beyond that, nobody staffs a session. */
    static final int MAX_TRAVEL_MINUTES = 240;

    private ClinicianLimits() {
    }
}

package io.hubrota.calendar;

/** The feed address with its plain token: shown once, when the token is created. */
record CalendarTokenResponse(String url) {
}

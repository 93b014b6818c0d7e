package io.hubrota.clinicians;

/** What a preference is about decides which of weekday, date and hub it names. */
public enum PreferenceKind {
    PREFER_WEEKDAY,
    AVOID_WEEKDAY,
    PREFER_DATE,
    AVOID_DATE,
    PREFER_HUB,
    AVOID_HUB;

    public boolean aboutWeekday() {
        return this == PREFER_WEEKDAY || this == AVOID_WEEKDAY;
    }

    public boolean aboutDate() {
        return this == PREFER_DATE || this == AVOID_DATE;
    }

    public boolean aboutHub() {
        return this == PREFER_HUB || this == AVOID_HUB;
    }

    public boolean avoids() {
        return this == AVOID_WEEKDAY || this == AVOID_DATE || this == AVOID_HUB;
    }
}

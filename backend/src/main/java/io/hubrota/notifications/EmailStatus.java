package io.hubrota.notifications;

/** Whether a notification went out by e-mail as well as in the app. */
public enum EmailStatus {
    /** No mail server is configured (or sending has not been attempted yet). */
    NOT_SENT,
    /** Handed to the mail server. */
    SENT,
    /** The mail server refused it or could not be reached; the in-app notification stands. */
    FAILED,
    /** The clinician has no e-mail address. */
    NO_ADDRESS
}

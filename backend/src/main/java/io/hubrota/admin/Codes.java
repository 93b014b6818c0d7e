package io.hubrota.admin;

/** The shape of the short codes that identify practices, hubs and clinicians in imports and on screen. */
final class Codes {

    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String MESSAGE = "letters, digits, '.', '_' and '-' only, starting with a letter or digit";

    private Codes() {
    }
}

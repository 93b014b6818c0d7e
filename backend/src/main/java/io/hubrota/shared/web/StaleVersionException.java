package io.hubrota.shared.web;

/**
 * An edit made against a version that is no longer current: answered with 409 and the problem type
 * {@link ApiExceptionHandler#STALE_VERSION}, so a client can offer "reload" without parsing the text.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String detail) {
        super(detail);
    }
}

package io.hubrota.shared.web;

/** The thing asked for does not exist (or the caller may not know it exists): answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}

package io.hubrota.shared.web;

/** Answered with 404: the addressed resource does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}

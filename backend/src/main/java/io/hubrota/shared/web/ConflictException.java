package io.hubrota.shared.web;

/** The request clashes with the current state (a duplicate code, a rota already published): answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}

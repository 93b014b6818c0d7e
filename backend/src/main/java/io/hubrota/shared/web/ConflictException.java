package io.hubrota.shared.web;

/** Answered with 409: the request clashes with the current state (a stale version, a code already taken, in use). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}

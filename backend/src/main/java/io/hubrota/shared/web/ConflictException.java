package io.hubrota.shared.web;

<<<<<<< HEAD
/** Answered with 409: the request clashes with the current state (a stale version, a code already taken, in use). */
=======
/** The request clashes with the current state (a duplicate code, a rota already published): answered with 409. */
>>>>>>> security
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}

package io.hubrota.shared.web;

<<<<<<< HEAD
/** Answered with 404: the addressed resource does not exist. */
=======
/** The thing asked for does not exist (or the caller may not know it exists): answered with 404. */
>>>>>>> security
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}

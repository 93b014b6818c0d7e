package io.hubrota.shared.web;

import java.util.List;

/**
 * Answered with 422: the request is well formed but breaks a domain rule. Imports attach one {@link RowError} per
 * problem so a whole file can be corrected in one go.
 */
public class UnprocessableException extends RuntimeException {

    private final List<RowError> errors;

    public UnprocessableException(String detail) {
        this(detail, List.of());
    }

    public UnprocessableException(String detail, List<RowError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> getErrors() {
        return errors;
    }
}

package io.hubrota.shared.web;

import java.util.List;

/**
 * Well-formed input that breaks a business rule, or an import with bad rows: answered with 422 and, for imports,
 * one {@link RowError} per problem so the user can fix the file in one go.
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

    /** One problem in an import: the 1-based row (null for the whole file), the column or field, and what is wrong. */
    public record RowError(Integer row, String field, String message) {
    }
}

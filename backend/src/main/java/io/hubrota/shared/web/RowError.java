package io.hubrota.shared.web;

/** One problem in an imported file: the row (the header is row 1; null for the whole file), the column, what is wrong. */
public record RowError(Integer row, String field, String message) {
}

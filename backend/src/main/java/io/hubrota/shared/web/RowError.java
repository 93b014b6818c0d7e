package io.hubrota.shared.web;

/** One problem in an imported file: the row (the header is row 1), the column and what is wrong with it. */
public record RowError(int row, String field, String message) {
}

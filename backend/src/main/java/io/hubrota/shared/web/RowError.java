package io.hubrota.shared.web;

/**
 * One problem in an imported file: the row (the header is row 1; null when the problem is the file as a whole), the
 * column and what is wrong with it.
 */
public record RowError(Integer row, String field, String message) {
}

package io.hubrota.shared.web;

/** One invalid input field in a 400 problem's {@code errors} list. */
public record FieldError(String field, String message) {
}

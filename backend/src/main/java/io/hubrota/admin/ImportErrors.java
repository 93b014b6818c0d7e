package io.hubrota.admin;

import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every problem found in an import, so one 422 lists them all and the user fixes the file in one go. */
final class ImportErrors {

    private final List<RowError> errors = new ArrayList<>();

    void add(int row, String column, String message) {
        errors.add(new RowError(row, column, message));
    }

    boolean has(int row, String column) {
        return errors.stream().anyMatch(error -> error.row() == row && error.field().equals(column));
    }

    /**
     * Adds Bean Validation's findings for a row's request, named by CSV column; a column that already has an error
     * from parsing is not reported twice.
     */
    <T> void addViolations(int row, Set<ConstraintViolation<T>> violations, Map<String, String> columnOfProperty) {
        violations.stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String column = columnOfProperty.getOrDefault(firstNode(violation.getPropertyPath()),
                            violation.getPropertyPath().toString());
                    if (!has(row, column)) {
                        add(row, column, violation.getMessage());
                    }
                });
    }

    void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            List<RowError> sorted = errors.stream()
                    .sorted(Comparator.comparingInt(RowError::row))
                    .toList();
            throw new UnprocessableException(what + " not imported: " + errors.size()
                    + " problem(s) found; nothing was stored.", sorted);
        }
    }

    private static String firstNode(Path path) {
        return path.iterator().next().getName();
    }
}

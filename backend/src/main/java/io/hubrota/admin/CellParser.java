package io.hubrota.admin;

import java.math.BigDecimal;

/** Reads typed cells from one CSV row, recording a row error (and answering null) for each unreadable cell. */
final class CellParser {

    private final CsvTable.Row row;
    private final ImportErrors errors;

    CellParser(CsvTable.Row row, ImportErrors errors) {
        this.row = row;
        this.errors = errors;
    }

    Integer integer(String column) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            errors.add(row.number(), column, "'" + cell + "' is not a whole number");
            return null;
        }
    }

    Double decimal(String column) {
        BigDecimal value = bigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    BigDecimal bigDecimal(String column) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            errors.add(row.number(), column, "'" + cell + "' is not a number");
            return null;
        }
    }
}

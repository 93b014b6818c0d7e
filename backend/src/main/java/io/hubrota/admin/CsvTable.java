package io.hubrota.admin;

import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded CSV file with a header naming exactly the expected columns (in any order). Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */
final class CsvTable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTable() {
    }

    record Row(int number, Map<String, String> values) {

        /** The trimmed cell, or an empty string for an empty or short row. */
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    static List<Row> read(MultipartFile file, List<String> columns) {
        return read(file, columns, List.of());
    }

    /** As {@link #read(MultipartFile, List)}, allowing also the {@code optional} columns (which may be absent). */
    static List<Row> read(MultipartFile file, List<String> columns, List<String> optional) {
        String text;
        try {
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        // Spreadsheet programs often start a UTF-8 CSV with a byte order mark, which would stick to the first column.
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            requireHeader(parser.getHeaderNames(), columns, optional);
            List<Row> rows = new ArrayList<>();
            int number = 1;
            for (CSVRecord record : parser) {
                number++;
                Map<String, String> values = new HashMap<>();
                record.toMap().forEach((name, value) -> values.put(name.strip().toLowerCase(Locale.ROOT), value));
                rows.add(new Row(number, values));
            }
            if (rows.isEmpty()) {
                throw new UnprocessableException("The file has a header but no rows.");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnprocessableException("The file is not readable CSV: " + e.getMessage());
        }
    }

    private static void requireHeader(List<String> header, List<String> columns, List<String> optional) {
        List<RowError> errors = new ArrayList<>();
        List<String> found = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : columns) {
            if (!found.contains(column)) {
                errors.add(new RowError(1, column, "missing column"));
            }
        }
        for (String name : found) {
            if (!name.isEmpty() && !columns.contains(name) && !optional.contains(name)) {
                errors.add(new RowError(1, name, "unknown column; expected " + String.join(",", columns)
                        + (optional.isEmpty() ? "" : " and optionally " + String.join(",", optional))));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The header must be: " + String.join(",", columns), errors);
        }
    }
}

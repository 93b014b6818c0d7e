package io.hubrota.edload;

import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ED arrivals extract, checking every row before anything is returned: one bad row rejects the file with
 * every problem listed ({@link UnprocessableException} with one {@link RowError} each; the header is row 1). Two
 * shapes, told apart by the first header column:
 * <ul>
 * <li>{@code hour_start,arrivals[,gp_treatable]}: hour_start is local Europe/London time on the hour
 * ({@code 2026-03-29T00:00}). The 01:00 hour of the spring-forward day does not exist and is an error. On the
 * autumn day 01:00 happens twice: an explicit offset ({@code 2026-10-25T01:00+01:00}, then {@code +00:00})
 * picks one; without one the earlier is meant, and a second plain 01:00 in the same file is reported as a
 * duplicate.</li>
 * <li>{@code date,arrivals[,gp_treatable]}: daily totals, spread over the day's real hours (23 or 25 on clock-change
 * days) in proportion to the hour-of-day profile, keeping the day's totals exact.</li>
 * </ul>
 */
public class EdLoadCsvParser {

    static final String HOUR_START = "hour_start";
    static final String DATE = "date";
    static final String ARRIVALS = "arrivals";
    static final String GP_TREATABLE = "gp_treatable";

    private static final Pattern EXPLICIT_OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");

    /** An upper bound far above any hospital's hourly arrivals, so a shifted column is caught rather than stored. */
    private static final int MAX_ARRIVALS_PER_HOUR = 10_000;

    private final ZoneId zone;

    private final List<Double> dailyProfile;

    public EdLoadCsvParser(ZoneId zone, List<Double> dailyProfile) {
        if (dailyProfile.size() != 24 || dailyProfile.stream().anyMatch(share -> share == null || share < 0)
                || dailyProfile.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("The hour-of-day profile needs 24 non-negative shares, not all zero");
        }
        this.zone = zone;
        this.dailyProfile = List.copyOf(dailyProfile);
    }

    public record ParsedFile(ImportFormat format, List<HourlyArrivals> hours) {
    }

    public ParsedFile parse(Reader reader) {
        List<CSVRecord> records = read(reader);
        if (records.isEmpty()) {
            throw new UnprocessableException("The file is empty",
                    List.of(new RowError(1, null, "expected a header: hour_start,arrivals[,gp_treatable] or "
                            + "date,arrivals[,gp_treatable]")));
        }
        Header header = header(records.get(0));
        List<RowError> errors = new ArrayList<>(header.errors());
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The header is not one the import understands", errors);
        }
        if (records.size() == 1) {
            throw new UnprocessableException("The file has a header but no rows",
                    List.of(new RowError(2, null, "no data rows")));
        }
        List<HourlyArrivals> hours = new ArrayList<>();
        Map<Object, Integer> firstRowByKey = new HashMap<>();
        for (int index = 1; index < records.size(); index++) {
            int row = index + 1;
            CSVRecord record = records.get(index);
            if (isBlank(record)) {
                continue;
            }
            List<RowError> rowErrors = new ArrayList<>();
            Counts counts = counts(record, header, row, rowErrors);
            if (header.format() == ImportFormat.HOURLY) {
                Instant hourStart = hourStart(value(record, 0), row, rowErrors);
                if (hourStart != null) {
                    Integer earlier = firstRowByKey.putIfAbsent(hourStart, row);
                    if (earlier != null) {
                        rowErrors.add(new RowError(row, HOUR_START, "the hour " + value(record, 0)
                                + " is already on row " + earlier + duplicateHint(hourStart)));
                    }
                }
                if (rowErrors.isEmpty()) {
                    hours.add(new HourlyArrivals(hourStart, counts.arrivals(), counts.gpTreatable()));
                }
            } else {
                LocalDate date = date(value(record, 0), row, rowErrors);
                if (date != null) {
                    Integer earlier = firstRowByKey.putIfAbsent(date, row);
                    if (earlier != null) {
                        rowErrors.add(new RowError(row, DATE, "the date " + date + " is already on row " + earlier));
                    }
                }
                if (rowErrors.isEmpty()) {
                    hours.addAll(spreadOverDay(date, counts.arrivals(), counts.gpTreatable()));
                }
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors.size() + " problem(s) in the file; nothing was imported", errors);
        }
        if (hours.isEmpty()) {
            throw new UnprocessableException("The file has a header but no rows",
                    List.of(new RowError(2, null, "no data rows")));
        }
        hours.sort((a, b) -> a.hourStart().compareTo(b.hourStart()));
        return new ParsedFile(header.format(), hours);
    }

    /** Spreads a day's totals over its real hours by the profile, with largest remainders so the sums stay exact. */
    List<HourlyArrivals> spreadOverDay(LocalDate date, int arrivals, Integer gpTreatable) {
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Instant> hourStarts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Instant hour = start; hour.isBefore(end); hour = hour.plusSeconds(3600)) {
            hourStarts.add(hour);
            weights.add(dailyProfile.get(LocalDateTime.ofInstant(hour, zone).getHour()));
        }
        int[] arrivalsByHour = apportion(arrivals, weights);
        int[] treatableByHour = null;
        if (gpTreatable != null) {
            // Weighted by each hour's arrivals, so no hour gets more treatable patients than arrivals.
            List<Double> byArrivals = new ArrayList<>();
            for (int count : arrivalsByHour) {
                byArrivals.add((double) count);
            }
            treatableByHour = apportion(gpTreatable, byArrivals);
        }
        List<HourlyArrivals> hours = new ArrayList<>();
        for (int i = 0; i < hourStarts.size(); i++) {
            hours.add(new HourlyArrivals(hourStarts.get(i), arrivalsByHour[i],
                    treatableByHour == null ? null : treatableByHour[i]));
        }
        return hours;
    }

    /** Largest-remainder apportionment of {@code total} by {@code weights}; all-zero weights share evenly. */
    static int[] apportion(int total, List<Double> weights) {
        int n = weights.size();
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        int[] shares = new int[n];
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double quota = sum > 0 ? total * weights.get(i) / sum : (double) total / n;
            shares[i] = (int) Math.floor(quota);
            remainders[i] = quota - shares[i];
            given += shares[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }

    private Instant hourStart(String text, int row, List<RowError> errors) {
        if (text.isEmpty()) {
            errors.add(new RowError(row, HOUR_START, "missing value"));
            return null;
        }
        try {
            if (EXPLICIT_OFFSET.matcher(text).matches()) {
                OffsetDateTime withOffset = OffsetDateTime.parse(text);
                LocalDateTime local = withOffset.toLocalDateTime();
                if (!onTheHour(local)) {
                    errors.add(new RowError(row, HOUR_START, text + " is not on the hour"));
                    return null;
                }
                if (!zone.getRules().isValidOffset(local, withOffset.getOffset())) {
                    errors.add(new RowError(row, HOUR_START, local + " is not at offset " + withOffset.getOffset()
                            + " in " + zone + "; the offset there is " + zone.getRules().getValidOffsets(local)));
                    return null;
                }
                return withOffset.toInstant();
            }
            LocalDateTime local = LocalDateTime.parse(text);
            if (!onTheHour(local)) {
                errors.add(new RowError(row, HOUR_START, text + " is not on the hour"));
                return null;
            }
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
            if (offsets.isEmpty()) {
                errors.add(new RowError(row, HOUR_START, text + " does not exist in " + zone
                        + ": the clocks go forward an hour then"));
                return null;
            }
            // In the autumn overlap the earlier of the two hours is meant unless an offset says otherwise.
            return local.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, HOUR_START,
                    "'" + text + "' is not a local date-time like 2026-03-29T00:00 (optionally with an offset)"));
            return null;
        }
    }

    private String duplicateHint(Instant hourStart) {
        LocalDateTime local = LocalDateTime.ofInstant(hourStart, zone);
        if (zone.getRules().getValidOffsets(local).size() > 1) {
            return "; the clocks go back that night, so give the offset to say which of the two hours is meant"
                    + " (e.g. " + local + "+01:00 and " + local + "+00:00)";
        }
        return "";
    }

    private static boolean onTheHour(LocalDateTime local) {
        return local.getMinute() == 0 && local.getSecond() == 0 && local.getNano() == 0;
    }

    private static LocalDate date(String text, int row, List<RowError> errors) {
        if (text.isEmpty()) {
            errors.add(new RowError(row, DATE, "missing value"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, DATE, "'" + text + "' is not a date like 2026-03-29"));
            return null;
        }
    }

    private record Counts(int arrivals, Integer gpTreatable) {
    }

    private static Counts counts(CSVRecord record, Header header, int row, List<RowError> errors) {
        if (record.size() > header.columns()) {
            errors.add(new RowError(row, null, "has " + record.size() + " values but the header has "
                    + header.columns() + " columns"));
        }
        int limit = header.format() == ImportFormat.DAILY ? MAX_ARRIVALS_PER_HOUR * 24 : MAX_ARRIVALS_PER_HOUR;
        Integer arrivals = count(record, 1, ARRIVALS, true, limit, row, errors);
        Integer treatable = header.hasTreatable()
                ? count(record, 2, GP_TREATABLE, false, limit, row, errors)
                : null;
        if (arrivals != null && treatable != null && treatable > arrivals) {
            errors.add(new RowError(row, GP_TREATABLE,
                    "gp_treatable (" + treatable + ") is more than the arrivals (" + arrivals + ")"));
        }
        return new Counts(arrivals == null ? 0 : arrivals, treatable);
    }

    private static Integer count(CSVRecord record, int column, String field, boolean required, int limit, int row,
            List<RowError> errors) {
        if (record.size() <= column) {
            errors.add(new RowError(row, field, "missing column"));
            return null;
        }
        String text = value(record, column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(new RowError(row, field, "missing value"));
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                errors.add(new RowError(row, field, "must not be negative (was " + value + ")"));
                return null;
            }
            if (value > limit) {
                errors.add(new RowError(row, field, "is implausibly large (" + value + ", at most " + limit + ")"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, field, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private record Header(ImportFormat format, boolean hasTreatable, int columns, List<RowError> errors) {
    }

    private static Header header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        // Spreadsheet exports often start with a byte-order mark, which is not whitespace to strip().
        record.forEach(name -> names.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
        List<RowError> errors = new ArrayList<>();
        ImportFormat format = null;
        if (!names.isEmpty() && names.get(0).equals(HOUR_START)) {
            format = ImportFormat.HOURLY;
        } else if (!names.isEmpty() && names.get(0).equals(DATE)) {
            format = ImportFormat.DAILY;
        } else {
            errors.add(new RowError(1, names.isEmpty() ? null : names.get(0),
                    "the first column must be hour_start (hourly) or date (daily totals)"));
        }
        if (names.size() < 2 || !names.get(1).equals(ARRIVALS)) {
            errors.add(new RowError(1, ARRIVALS, "the second column must be arrivals"));
        }
        boolean hasTreatable = names.size() >= 3;
        if (hasTreatable && !names.get(2).equals(GP_TREATABLE)) {
            errors.add(new RowError(1, names.get(2), "the third column, if any, must be gp_treatable"));
        }
        if (names.size() > 3) {
            errors.add(new RowError(1, names.get(3), "unexpected column; the columns are "
                    + "hour_start|date, arrivals and optionally gp_treatable"));
        }
        return new Header(format, hasTreatable, names.size(), errors);
    }

    private static List<CSVRecord> read(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnprocessableException("The file is not readable CSV: " + e.getMessage(),
                    List.of(new RowError(null, null, "not readable CSV: " + e.getMessage())));
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String value(CSVRecord record, int column) {
        return record.size() > column ? record.get(column).strip() : "";
    }
}

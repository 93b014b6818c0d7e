package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdLoadCsvParserTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final EdLoadCsvParser parser = new EdLoadCsvParser(LONDON, Collections.nCopies(24, 1.0));

    private EdLoadCsvParser.ParsedFile parse(String csv) {
        return parser.parse(new StringReader(csv));
    }

    private List<RowError> errors(String csv) {
        return catchThrowableOfType(UnprocessableException.class, () -> parse(csv)).getErrors();
    }

    @Test
    void readsHourlyRowsWithAndWithoutTreatable() {
        EdLoadCsvParser.ParsedFile file = parse("""
                hour_start,arrivals,gp_treatable
                2026-06-01T10:00,30,4
                2026-06-01T11:00,28,
                """);
        assertThat(file.format()).isEqualTo(ImportFormat.HOURLY);
        assertThat(file.hours()).containsExactly(
                new HourlyArrivals(Instant.parse("2026-06-01T09:00:00Z"), 30, 4),
                new HourlyArrivals(Instant.parse("2026-06-01T10:00:00Z"), 28, null));
    }

    @Test
    void reportsEveryBadRowWithItsRowAndField() {
        List<RowError> errors = errors("""
                hour_start,arrivals,gp_treatable
                2026-06-01T10:00,30,4
                2026-13-01T10:00,30,4
                2026-06-01T12:00,-3,0
                2026-06-01T13:00,5,6
                2026-06-01T14:00
                2026-06-01T15:30,5,1
                2026-06-01T16:00,lots,1
                """);
        assertThat(errors).extracting(RowError::row, RowError::field).containsExactly(
                tuple(3, "hour_start"),
                tuple(4, "arrivals"),
                tuple(5, "gp_treatable"),
                tuple(6, "arrivals"),
                tuple(6, "gp_treatable"),
                tuple(7, "hour_start"),
                tuple(8, "arrivals"));
        assertThat(errors.get(3).message()).isEqualTo("missing column");
    }

    @Test
    void rejectsAnUnknownHeader() {
        List<RowError> errors = errors("when,count\n2026-06-01T10:00,3\n");
        assertThat(errors).extracting(RowError::row).containsOnly(1);
    }

    @Test
    void theSpringForwardHourDoesNotExist() {
        List<RowError> errors = errors("""
                hour_start,arrivals
                2026-03-29T00:00,10
                2026-03-29T01:00,10
                2026-03-29T02:00,10
                """);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.message()).contains("does not exist");
        });
    }

    @Test
    void theAutumnDayHasTwentyFiveHoursWhenOffsetsSayWhichOneIsMeant() {
        StringBuilder csv = new StringBuilder("hour_start,arrivals\n");
        for (int hour = 0; hour < 24; hour++) {
            String time = String.format("2026-10-25T%02d:00", hour);
            if (hour == 1) {
                csv.append(time).append("+01:00,11\n").append(time).append("+00:00,12\n");
            } else {
                csv.append(time).append(",10\n");
            }
        }
        List<HourlyArrivals> hours = parse(csv.toString()).hours();
        assertThat(hours).hasSize(25);
        assertThat(hours.get(1)).isEqualTo(new HourlyArrivals(Instant.parse("2026-10-25T00:00:00Z"), 11, null));
        assertThat(hours.get(2)).isEqualTo(new HourlyArrivals(Instant.parse("2026-10-25T01:00:00Z"), 12, null));
        assertThat(hours.get(3).hourStart()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void aPlainAutumnOneOClockIsTheEarlierAndASecondIsADuplicate() {
        List<RowError> errors = errors("""
                hour_start,arrivals
                2026-10-25T01:00,11
                2026-10-25T01:00,12
                """);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.message()).contains("already on row 2").contains("+01:00");
        });
        assertThat(parse("hour_start,arrivals\n2026-10-25T01:00,11\n").hours().get(0).hourStart())
            .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    }

    @Test
    void anOffsetThatIsWrongForTheDateIsAnError() {
        assertThat(errors("hour_start,arrivals\n2026-06-01T10:00+00:00,3\n")).singleElement()
            .satisfies(error -> assertThat(error.message()).contains("offset"));
    }

    @Test
    void duplicateHoursInOneFileAreErrors() {
        assertThat(errors("hour_start,arrivals\n2026-06-01T10:00,3\n2026-06-01T10:00,4\n"))
            .extracting(RowError::row).containsExactly(3);
    }

    @Test
    void dailyTotalsAreSpreadByTheProfileKeepingTotalsExact() {
        List<Double> profile = new ArrayList<>(Collections.nCopies(24, 0.0));
        profile.set(10, 3.0);
        profile.set(11, 1.0);
        EdLoadCsvParser weighted = new EdLoadCsvParser(LONDON, profile);
        List<HourlyArrivals> hours = weighted.parse(new StringReader("date,arrivals,gp_treatable\n2026-06-01,401,53\n"))
            .hours();
        assertThat(hours).hasSize(24);
        assertThat(hours.stream().mapToInt(HourlyArrivals::arrivals).sum()).isEqualTo(401);
        assertThat(hours.stream().mapToInt(HourlyArrivals::gpTreatable).sum()).isEqualTo(53);
        assertThat(hours.get(10).arrivals()).isEqualTo(301);
        assertThat(hours.get(11).arrivals()).isEqualTo(100);
        assertThat(hours).allSatisfy(hour -> assertThat(hour.gpTreatable()).isLessThanOrEqualTo(hour.arrivals()));
    }

    @Test
    void dailyTotalsOnClockChangeDaysCoverTheRealHours() {
        List<HourlyArrivals> autumn = parse("date,arrivals\n2026-10-25,250\n").hours();
        List<HourlyArrivals> spring = parse("date,arrivals\n2026-03-29,230\n").hours();
        assertThat(autumn).hasSize(25).allSatisfy(hour -> assertThat(hour.arrivals()).isEqualTo(10));
        assertThat(spring).hasSize(23).allSatisfy(hour -> assertThat(hour.arrivals()).isEqualTo(10));
        assertThat(autumn.get(0).hourStart()).isEqualTo(LocalDate.of(2026, 10, 25).atStartOfDay(LONDON).toInstant());
    }

    @Test
    void dailyRowsAreCheckedToo() {
        assertThat(errors("date,arrivals\n2026-02-30,100\n2026-06-01,100\n2026-06-01,90\n"))
            .extracting(RowError::row, RowError::field)
            .containsExactly(tuple(2, "date"), tuple(4, "date"));
    }

    @Test
    void apportionKeepsTheTotal() {
        assertThat(EdLoadCsvParser.apportion(10, List.of(1.0, 1.0, 1.0))).containsExactly(4, 3, 3);
    }
}

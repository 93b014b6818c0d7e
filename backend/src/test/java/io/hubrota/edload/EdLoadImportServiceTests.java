package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.database.DatabaseTest;
import io.hubrota.shared.web.UnprocessableException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class EdLoadImportServiceTests {

    private static final String SITE = "TEST-IMPORT";

    @Autowired
    private EdArrivalRepository arrivals;

    @Autowired
    private EdImportBatchRepository batches;

    private EdLoadImportService importer;

    @BeforeEach
    void setUp() {
        importer = new EdLoadImportService(arrivals, batches,
                new EdLoadCsvParser(ZoneId.of("Europe/London"), Collections.nCopies(24, 1.0)),
                Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC));
    }

    private EdLoadImportService.ImportResult importCsv(String csv) {
        return importer.importCsv(SITE, "extract.csv", new StringReader(csv), "ops");
    }

    private List<EdArrival> stored() {
        return arrivals.findBySiteCodeAndHourStartGreaterThanEqualAndHourStartLessThanOrderByHourStartAsc(SITE,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void importsAndReimportingTheSameHoursReplacesThem() {
        EdLoadImportService.ImportResult first = importCsv("""
                hour_start,arrivals,gp_treatable
                2026-06-01T10:00,30,4
                2026-06-01T11:00,28,3
                """);
        assertThat(first).isEqualTo(new EdLoadImportService.ImportResult(2, 0,
                Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-06-01T10:00:00Z")));

        EdLoadImportService.ImportResult second = importCsv("""
                hour_start,arrivals
                2026-06-01T11:00,29
                2026-06-01T12:00,25
                """);
        assertThat(second.imported()).isEqualTo(2);
        assertThat(second.replaced()).isEqualTo(1);
        assertThat(stored()).extracting(EdArrival::getArrivals).containsExactly(30, 29, 25);
        assertThat(stored().get(1).getGpTreatable()).isNull();
        assertThat(stored()).allSatisfy(hour -> assertThat(hour.getSource()).isEqualTo(ArrivalSource.IMPORT));
        assertThat(batches.findAll()).extracting(EdImportBatch::getRowsReplaced).contains(0, 1);
    }

    @Test
    void oneBadRowStoresNothing() {
        assertThatThrownBy(() -> importCsv("""
                hour_start,arrivals
                2026-06-01T10:00,30
                2026-06-01T11:00,-1
                """)).isInstanceOf(UnprocessableException.class);
        assertThat(stored()).isEmpty();
    }

    @Test
    void theAutumnDayStoresTwentyFiveHours() {
        EdLoadImportService.ImportResult result = importCsv("date,arrivals,gp_treatable\n2026-10-25,250,25\n");
        assertThat(result.imported()).isEqualTo(25);
        assertThat(stored()).hasSize(25);
        assertThat(stored().stream().mapToInt(EdArrival::getArrivals).sum()).isEqualTo(250);
    }
}

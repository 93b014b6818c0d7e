package io.hubrota.edload;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.database.DatabaseTest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

@DatabaseTest
class EdLoadDemoLoaderTests {

    @Autowired
    private EdArrivalRepository arrivals;

    @Autowired
    private EdImportBatchRepository batches;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void generatesTwentySixWeeksBeforeTheDemoStartForTheSite() {
        EdLoadProperties properties = new EdLoadProperties("DEMO-LOADER-TEST",
                new EdLoadProperties.Ooh(LocalTime.of(18, 30), LocalTime.of(8, 0), true, true),
                Collections.nCopies(24, 1.0), 0.13, 8, new EdLoadProperties.Weights(1.5, 5),
                new EdLoadProperties.Diversion(3.0, 10));
        ZoneId london = ZoneId.of("Europe/London");
        EdLoadImportService importer = new EdLoadImportService(arrivals, batches,
                new EdLoadCsvParser(london, properties.dailyProfile()), Clock.systemUTC());
        EdLoadDemoLoader loader = new EdLoadDemoLoader(arrivals, importer, properties, transactionManager, true, 17,
                "Europe/London");
        LocalDate demoStart = LocalDate.of(2026, 11, 30);

        int stored = loader.load("DEMO-LOADER-TEST", demoStart);

        assertThat(demoStart.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(stored).isEqualTo(26 * 7 * 24 + 1);
        assertThat(arrivals.countBySiteCode("DEMO-LOADER-TEST")).isEqualTo(stored);
        assertThat(arrivals.findLatestHourBefore("DEMO-LOADER-TEST", demoStart.atStartOfDay(london).toInstant()))
            .contains(demoStart.atStartOfDay(london).toInstant().minusSeconds(3600));
    }
}

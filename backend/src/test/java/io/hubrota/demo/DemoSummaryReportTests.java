package io.hubrota.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Writes the S/M/L summary tables of docs/domain.md to backend/target/demo-summary.md (seed 17, from Monday
 * 2026-03-02, so the four-week horizons span the 29 March clock change).
 */
class DemoSummaryReportTests {

    @Test
    void writesTheSummaryTables() throws IOException {
        String report = DemoSummary.report(17L, LocalDate.of(2026, 3, 2));
        Path file = Path.of("target", "demo-summary.md");
        Files.writeString(file, report);
        System.out.print(report);
        assertThat(report).contains("### Size S", "### Size M", "### Size L", "| Sat |");
    }
}

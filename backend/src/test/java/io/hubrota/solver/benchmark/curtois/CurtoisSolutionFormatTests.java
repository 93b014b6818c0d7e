package io.hubrota.solver.benchmark.curtois;

import static io.hubrota.solver.benchmark.curtois.CurtoisEvaluatorTests.roster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurtoisSolutionFormatTests {

    private final CurtoisInstance instance1 = CurtoisTestFiles.instance("Instance1");
    private final CurtoisRoster someRoster = roster(instance1,
            "..DD..........", "DDDDD.........", "..........D...", "..........D...",
            "..........D...", "........D.....", "..............", "..D..........D");

    @Test
    void eachLineIsTheStaffIdThenOneTabPerDay() {
        String text = CurtoisSolutionWriter.format(instance1, someRoster);

        assertThat(text.lines()).hasSize(8);
        assertThat(text.lines().toList().get(0)).isEqualTo("A\t\t\tD\tD\t\t\t\t\t\t\t\t\t\t");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.chars().filter(c -> c == '\t')).hasSize(14));
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Instance1.roster");

        CurtoisSolutionWriter.write(instance1, someRoster, file);
        CurtoisRoster readBack = CurtoisSolutionReader.read(instance1, file);

        assertThat(readBack).isEqualTo(someRoster);
        assertThat(CurtoisEvaluator.evaluate(instance1, readBack))
                .isEqualTo(CurtoisEvaluator.evaluate(instance1, someRoster));
    }

    @Test
    void acceptsCrlfLineEnds() {
        String crlf = CurtoisSolutionWriter.format(instance1, someRoster).replace("\n", "\r\n");

        assertThat(CurtoisSolutionReader.read(instance1, "crlf.roster", crlf)).isEqualTo(someRoster);
    }

    @Test
    void malformedSolutionsNameTheLine() {
        String valid = CurtoisSolutionWriter.format(instance1, someRoster);

        assertThatThrownBy(() -> CurtoisSolutionReader.read(instance1, "s.roster", valid.replace("B\t", "X\t")))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("s.roster line 2: expected staff ID 'B' (instance order) but found 'X'");
        assertThatThrownBy(() -> CurtoisSolutionReader.read(instance1, "s.roster", valid.replace("A\t\t", "A\t")))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("s.roster line 1: expected 14 TABs (one per day) but found 13");
        assertThatThrownBy(() -> CurtoisSolutionReader.read(instance1, "s.roster", valid.replace("A\t\t\tD", "A\t\t\tN")))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("s.roster line 1: unknown shift ID 'N' on day 2");
        String withoutLastLine = valid.substring(0, valid.lastIndexOf("H\t"));
        assertThatThrownBy(() -> CurtoisSolutionReader.read(instance1, "s.roster", withoutLastLine))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("s.roster line 8: missing line for staff 'H'");
    }

    @Test
    void twoShiftsOnOneDayCannotBeWritten() {
        CurtoisRoster twoShifts = someRoster.withAdditionalShift(0, 2, "D");

        assertThatThrownBy(() -> CurtoisSolutionWriter.format(instance1, twoShifts))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("works [D, D] on day 2");
    }
}

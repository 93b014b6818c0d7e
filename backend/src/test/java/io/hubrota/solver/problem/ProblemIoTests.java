package io.hubrota.solver.problem;

import static io.hubrota.solver.ProblemBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.solver.ProblemBuilder;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemIoTests {

    @Test
    void problemJsonRoundTripsWithShortLocalDateTimes() {
        ProblemDocument problem = ProblemBuilder.horizon("2026-03-23", "2026-03-29").hub("h1", 2)
                .clinician("a", "GP", 2250, "paediatrics").travel("a", "h1", 15).maxTravel("a", 40)
                .commitment("a", "2026-03-23T08:00", "2026-03-23T12:00")
                .preference("a", "AVOID_DAY", null, "2026-03-28", null, 3)
                .shift("s", "h1", "2026-03-29T08:00", "2026-03-29T12:30", line("GP", 1, 2))
                .hourWeight("2026-03-29T08:00", 3).bankHoliday("2026-03-24")
                .settings(660, 6, null)
                .assign("a", "s").previous("a", "s")
                .build();

        String json = ProblemJson.toJson(problem);

        assertThat(json).contains("\"2026-03-29T08:00\"").contains("\"2026-03-23\"").doesNotContain("08:00:00");
        assertThat(ProblemJson.fromJson(json)).isEqualTo(problem);
    }

    @Test
    void readsMinimalDocumentsAndIgnoresUnknownFields() {
        ProblemDocument problem = ProblemJson.fromJson("""
                {"firstDate": "2026-03-23", "lastDate": "2026-03-23", "extra": 1,
                 "hubs": [{"id": "h1", "rooms": 1}],
                 "clinicians": [{"id": "a", "role": "GP", "baselineWeeklyMinutes": 600}],
                 "shifts": [{"id": "s", "hub": "h1", "start": "2026-03-23T18:30", "end": "2026-03-23T21:00",
                             "requirements": [{"role": "GP", "min": 1, "desired": 1}]}]}
                """);
        assertThat(problem.shifts().get(0).end().toString()).isEqualTo("2026-03-23T21:00");
        assertThat(ProblemMapper.toSolution(problem).getClinicianDays()).hasSize(1);
    }

    @Test
    void rotaCsvRoundTrips() throws Exception {
        List<Assignment> rota = List.of(new Assignment("a", "s1"), new Assignment("b", "s2"));
        StringWriter out = new StringWriter();
        RotaCsv.write(rota, out);

        assertThat(out.toString()).isEqualTo("clinicianId,shiftId\na,s1\nb,s2\n");
        assertThat(RotaCsv.read(new StringReader(out.toString()))).isEqualTo(rota);
    }

    @Test
    void rotaCsvNeedsItsHeader() {
        assertThatThrownBy(() -> RotaCsv.read(new StringReader("a,s1\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

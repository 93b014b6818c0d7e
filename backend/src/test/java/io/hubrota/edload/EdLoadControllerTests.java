package io.hubrota.edload;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(EdLoadController.class)
@Import(EdLoadControllerTests.Config.class)
@WithMockUser(roles = "OPS_LEAD")
class EdLoadControllerTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TestConfiguration
    @org.springframework.boot.context.properties.EnableConfigurationProperties(EdLoadProperties.class)
    static class Config {

        @Bean
        OutOfHours outOfHours(EdLoadProperties properties) {
            return new OutOfHours(properties.ooh(), LONDON);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private EdLoadService series;

    @MockitoBean
    private EdLoadImportService importer;

    @MockitoBean
    private OohVsCapacityService comparison;

    @BeforeEach
    void zone() {
        given(series.zone()).willReturn(LONDON);
    }

    @Test
    void importAnswersTheCountsWithLocalOffsets() throws Exception {
        given(importer.importCsv(eq("RVW-CRAMLINGTON"), eq("a.csv"), any(), eq("user")))
            .willReturn(new EdLoadImportService.ImportResult(2, 1, Instant.parse("2026-06-01T09:00:00Z"),
                    Instant.parse("2026-06-01T10:00:00Z")));
        mvc.perform(multipart("/api/ed-load/imports")
            .file(new MockMultipartFile("file", "a.csv", "text/csv", "hour_start,arrivals\n".getBytes()))
            .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.imported").value(2))
            .andExpect(jsonPath("$.replaced").value(1))
            .andExpect(jsonPath("$.firstHour").value("2026-06-01T10:00:00+01:00"));
    }

    @Test
    void badRowsAnswer422WithTheRowErrors() throws Exception {
        given(importer.importCsv(eq("SITE-2"), any(), any(), any()))
            .willThrow(new UnprocessableException("1 problem(s) in the file; nothing was imported",
                    List.of(new RowError(3, "arrivals", "must not be negative (was -1)"))));
        mvc.perform(multipart("/api/ed-load/imports")
            .file(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes()))
            .param("site", "SITE-2")
            .with(csrf()))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].row").value(3))
            .andExpect(jsonPath("$.errors[0].field").value("arrivals"))
            .andExpect(jsonPath("$.errors[0].message").value("must not be negative (was -1)"));
    }

    @Test
    void seriesListsStoredHours() throws Exception {
        LocalDate day = LocalDate.of(2026, 6, 1);
        EdArrival hour = new EdArrival("RVW-CRAMLINGTON",
                new HourlyArrivals(Instant.parse("2026-06-01T09:00:00Z"), 30, 4), ArrivalSource.GENERATED, null);
        given(series.series("RVW-CRAMLINGTON", day, day)).willReturn(List.of(hour));
        mvc.perform(get("/api/ed-load/series").param("from", "2026-06-01").param("to", "2026-06-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hours[0].hourStart").value("2026-06-01T10:00:00+01:00"))
            .andExpect(jsonPath("$.hours[0].arrivals").value(30))
            .andExpect(jsonPath("$.hours[0].source").value("GENERATED"));
    }

    @Test
    void forecastMarksOutOfHours() throws Exception {
        LocalDate saturday = LocalDate.of(2026, 6, 6);
        LocalDateTime noon = saturday.atTime(LocalTime.NOON);
        given(series.forecast("RVW-CRAMLINGTON", saturday, saturday)).willReturn(new EdLoadForecaster.Forecast(
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 1), 8, 12.5,
                List.of(new EdLoadForecaster.ForecastHour(noon.atZone(LONDON).toInstant(), noon, 20.123, 3.456))));
        mvc.perform(get("/api/ed-load/forecast").param("from", "2026-06-06").param("to", "2026-06-06"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hours[0].expectedArrivals").value(20.12))
            .andExpect(jsonPath("$.hours[0].expectedGpTreatable").value(3.46))
            .andExpect(jsonPath("$.hours[0].outOfHours").value(true))
            .andExpect(jsonPath("$.trainingTo").value("2026-05-31"));
    }

    @Test
    void oohVsCapacityCarriesTheDiversionAssumption() throws Exception {
        LocalDate from = LocalDate.of(2026, 6, 1);
        LocalDate to = LocalDate.of(2026, 6, 7);
        EdLoadProperties.Diversion rule = new EdLoadProperties.Diversion(3.0, 10);
        given(comparison.compare("RVW-CRAMLINGTON", from, to)).willReturn(new OohVsCapacityService.Comparison(
                List.of(), OohVsCapacityService.diversion(30, 400, rule)));
        mvc.perform(get("/api/ed-load/ooh-vs-capacity").param("from", "2026-06-01").param("to", "2026-06-07"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.diversion.appointmentsOffered").value(180.0))
            .andExpect(jsonPath("$.diversion.estimatedDivertedAttendances").value(60.0))
            .andExpect(jsonPath("$.diversion.assumption").value(org.hamcrest.Matchers.containsString("Whittaker")));
    }

    @Test
    void aReversedRangeIsABadRequest() throws Exception {
        mvc.perform(get("/api/ed-load/series").param("from", "2026-06-07").param("to", "2026-06-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void isNotOpenToAnonymousRequests() throws Exception {
        mvc.perform(get("/api/ed-load/series").param("from", "2026-06-01").param("to", "2026-06-01")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .anonymous()))
            .andExpect(status().isUnauthorized());
    }
}

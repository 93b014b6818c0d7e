package io.hubrota.edload;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The ED load API end to end on the real database: import, read back, re-import, forecast, compare. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OPS_LEAD")
class EdLoadApiIT {

    @Autowired
    private MockMvc mvc;

    /** Eight weeks of daily totals, 400 a day, 52 GP-treatable. */
    private static byte[] eightWeeks(LocalDate first) {
        StringBuilder csv = new StringBuilder("date,arrivals,gp_treatable\n");
        for (LocalDate day = first; day.isBefore(first.plusWeeks(8)); day = day.plusDays(1)) {
            csv.append(day).append(",400,52\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importReadForecastAndCompare() throws Exception {
        String site = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate first = LocalDate.of(2025, 3, 3);
        MockMultipartFile file = new MockMultipartFile("file", "daily.csv", "text/csv", eightWeeks(first));

        // 56 days with the spring clock change on 30 March 2025: 56 × 24 − 1 hours.
        mvc.perform(multipart("/api/ed-load/imports").file(file).param("site", site).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.imported").value(56 * 24 - 1))
            .andExpect(jsonPath("$.replaced").value(0));
        mvc.perform(multipart("/api/ed-load/imports").file(file).param("site", site).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.replaced").value(56 * 24 - 1));

        mvc.perform(get("/api/ed-load/series").param("site", site).param("from", "2025-03-30")
            .param("to", "2025-03-30"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hours.length()").value(23));

        mvc.perform(get("/api/ed-load/forecast").param("site", site).param("from", "2025-04-28")
            .param("to", "2025-04-28"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.trainingWeeksWithData").value(8))
            .andExpect(jsonPath("$.hours.length()").value(24));

        mvc.perform(get("/api/ed-load/ooh-vs-capacity").param("site", site).param("from", "2025-04-28")
            .param("to", "2025-05-04"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hoursOfWeek.length()").value(168))
            .andExpect(jsonPath("$.diversion.assumption").isNotEmpty());
    }

    @Test
    void aBadFileIsRejectedWithRowErrorsAndStoresNothing() throws Exception {
        String site = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
                "hour_start,arrivals\n2025-06-02T10:00,5\n2025-06-02T11:00,-2\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/ed-load/imports").file(file).param("site", site).with(csrf()))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].row").value(3))
            .andExpect(jsonPath("$.errors[0].field").value("arrivals"));
        mvc.perform(get("/api/ed-load/series").param("site", site).param("from", "2025-06-02")
            .param("to", "2025-06-02"))
            .andExpect(jsonPath("$.hours.length()").value(0));
    }
}

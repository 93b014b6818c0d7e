package io.hubrota.clinicians;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.shared.Role;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.PageResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ClinicianController.class)
@WithMockUser(roles = "HUB_MANAGER")
class ClinicianControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClinicianReadService clinicians;

    @Test
    void searchPassesTheFiltersAndAnswersAPage() throws Exception {
        ClinicianSummaryResponse row = new ClinicianSummaryResponse(5L, 2, "C5", "Dr Five", Role.PARAMEDIC,
                Set.of("minor injuries"), new PracticeRef(7L, "P7", "Practice"), 1500, 40, true, null);
        given(clinicians.search(Role.PARAMEDIC, 7L, "five", 1, 10))
                .willReturn(new PageResponse<>(List.of(row), 1, 10, 11, 2));

        mvc.perform(get("/api/clinicians").param("role", "PARAMEDIC").param("practiceId", "7").param("q", "five")
                .param("page", "1").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].code").value("C5"))
                .andExpect(jsonPath("$.content[0].baselineWeeklyMinutes").value(1500))
                .andExpect(jsonPath("$.totalElements").value(11));
        then(clinicians).should().search(eq(Role.PARAMEDIC), eq(7L), eq("five"), eq(1), eq(10));
    }

    @Test
    void aPageTooLargeIsInvalid() throws Exception {
        mvc.perform(get("/api/clinicians").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        verifyNoInteractions(clinicians);
    }

    @Test
    void anUnknownClinicianAnswers404() throws Exception {
        given(clinicians.get(99L)).willThrow(new NotFoundException("No clinician with id 99"));

        mvc.perform(get("/api/clinicians/99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No clinician with id 99"));
    }

    @Test
    @WithAnonymousUser
    void readingNeedsALogin() throws Exception {
        mvc.perform(get("/api/clinicians")).andExpect(status().isUnauthorized());
        verifyNoInteractions(clinicians);
    }
}

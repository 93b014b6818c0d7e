package io.hubrota.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.audit.AuditLog;
import io.hubrota.clinicians.ClinicianReadService;
import io.hubrota.clinicians.ClinicianResponse;
import io.hubrota.clinicians.PracticeRef;
import io.hubrota.shared.Role;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.UnprocessableException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AdminClinicianController.class)
@WithMockUser(roles = "ADMIN")
class AdminClinicianControllerTests {

    private static final String VALID = """
            {"code": "C1", "name": "Dr One", "role": "GP", "skills": [], "practiceId": 7,
             "baselineWeeklyMinutes": 1200, "maxTravelMinutes": 30,
             "commitments": [{"weekday": "MONDAY", "start": "08:00", "end": "12:00"}]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClinicianAdminService admin;

    @MockitoBean
    ClinicianReadService clinicians;

    @MockitoBean
    AuditLog audit;

    @Test
    void createAnswers201WithTheStoredClinician() throws Exception {
        given(admin.create(any())).willReturn(42L);
        given(clinicians.get(42L)).willReturn(new ClinicianResponse(42L, 0, "C1", "Dr One", Role.GP, Set.of(),
                new PracticeRef(7L, "P7", "Practice"), 1200, 30, true, null, null, List.of(), List.of(), List.of()));

        mvc.perform(post("/api/admin/clinicians").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/clinicians/42"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void everyInvalidFieldIsListed() throws Exception {
        String invalid = """
                {"code": "C 1", "name": "", "role": "GP", "skills": [], "practiceId": 7,
                 "baselineWeeklyMinutes": 3001, "maxTravelMinutes": -1,
                 "commitments": [{"weekday": "MONDAY", "start": "12:00", "end": "12:00"}]}""";

        mvc.perform(post("/api/admin/clinicians").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[?(@.field == 'baselineWeeklyMinutes')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'commitments[0].end')].message")
                        .value("must be after the start"));
        verifyNoInteractions(admin);
    }

    @Test
    void anUpdateWithoutAVersionIsInvalid() throws Exception {
        mvc.perform(put("/api/admin/clinicians/42").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(VALID.replace("{", "{\"active\": true, ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aStaleVersionAnswers409() throws Exception {
        given(admin.update(anyLong(), any())).willThrow(new ConflictException("Clinician C1 was changed"));

        mvc.perform(put("/api/admin/clinicians/42").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(VALID.replace("{", "{\"version\": 3, \"active\": true, ")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Clinician C1 was changed"));
    }

    @Test
    void aConcurrentWriteCaughtByJpaAnswers409() throws Exception {
        given(admin.update(anyLong(), any()))
                .willThrow(new ObjectOptimisticLockingFailureException("Clinician", 42L));

        mvc.perform(put("/api/admin/clinicians/42").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(VALID.replace("{", "{\"version\": 3, \"active\": true, ")))
                .andExpect(status().isConflict());
    }

    @Test
    void commitmentsOverTheBaselineAnswer422() throws Exception {
        given(admin.create(any())).willThrow(new UnprocessableException("more than the baseline"));

        mvc.perform(post("/api/admin/clinicians").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("more than the baseline"));
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/admin/clinicians").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        verifyNoInteractions(admin);
    }
}

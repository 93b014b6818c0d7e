package io.hubrota.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.audit.AuditLog;
import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ImportController.class)
@WithMockUser(roles = "ADMIN")
class ImportControllerTests {

    private final MockMultipartFile file = new MockMultipartFile("file", "clinicians.csv", "text/csv",
            "code\n".getBytes());

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClinicianImportService clinicians;

    @MockitoBean
    PracticeImportService practices;

    @MockitoBean
    AuditLog audit;

    @Test
    void answersWhatWasCreatedAndUpdated() throws Exception {
        given(clinicians.importCsv(any())).willReturn(new ImportResultResponse(3, 2));

        mvc.perform(multipart("/api/admin/imports/clinicians").file(file).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(2));
    }

    @Test
    void rowErrorsAnswer422WithRowFieldAndMessage() throws Exception {
        given(practices.importCsv(any())).willThrow(new UnprocessableException("Practices not imported",
                List.of(new RowError(2, "list_size", "'many' is not a whole number"),
                        new RowError(4, "code", "code P1 already appears on row 2"))));

        mvc.perform(multipart("/api/admin/imports/practices").file(file).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("list_size"))
                .andExpect(jsonPath("$.errors[1].message").value("code P1 already appears on row 2"));
    }

    @Test
    void aRequestWithoutAFileIsInvalid() throws Exception {
        mvc.perform(multipart("/api/admin/imports/clinicians").with(csrf()))
                .andExpect(status().isBadRequest());
    }
}

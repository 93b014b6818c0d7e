package io.hubrota.practices;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PracticeController.class)
@WithMockUser(roles = "OPS_LEAD")
class PracticeControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PracticeRepository practices;

    @Test
    void listsPracticesByName() throws Exception {
        given(practices.findAllByOrderByName()).willReturn(List.of(
                new Practice("A1", "Alnwick Medical Group", "Alnwick", 14500, 55.41, -1.70)));

        mvc.perform(get("/api/practices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("A1"))
                .andExpect(jsonPath("$[0].listSize").value(14500));
    }

    @Test
    void anUnknownPracticeAnswers404() throws Exception {
        given(practices.findById(9L)).willReturn(Optional.empty());

        mvc.perform(get("/api/practices/9")).andExpect(status().isNotFound());
    }
}

package io.hubrota.hubs;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.shared.Role;
import io.hubrota.shared.web.NotFoundException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HubController.class)
@WithMockUser(roles = "HUB_MANAGER")
class HubControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HubReadService hubs;

    @Test
    void aHubShowsItsOpeningHoursRoomsAndPopulation() throws Exception {
        given(hubs.get(3L)).willReturn(new HubResponse(3L, 1, "ALN", "Alnwick Hub", "Alnwick", 55.41, -1.71, 4,
                42000, List.of(new OpeningHoursResponse(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(14, 0)))));

        mvc.perform(get("/api/hubs/3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rooms").value(4))
                .andExpect(jsonPath("$.populationServed").value(42000))
                .andExpect(jsonPath("$.openingHours[0].weekday").value("SATURDAY"))
                .andExpect(jsonPath("$.openingHours[0].opens").value("08:00:00"));
    }

    @Test
    void templatesCarryTheirRequirementLines() throws Exception {
        given(hubs.templates(3L)).willReturn(List.of(new ShiftTemplateResponse(8L, 0, 3L, DayOfWeek.SATURDAY,
                LocalTime.of(9, 0), LocalTime.of(13, 0),
                List.of(new ShiftTemplateResponse.Requirement(11L, Role.GP, Set.of("paediatrics"), 1, 2)))));

        mvc.perform(get("/api/hubs/3/templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].requirements[0].role").value("GP"))
                .andExpect(jsonPath("$[0].requirements[0].desired").value(2));
    }

    @Test
    void anUnknownHubAnswers404() throws Exception {
        given(hubs.templates(404L)).willThrow(new NotFoundException("No hub with id 404"));

        mvc.perform(get("/api/hubs/404/templates")).andExpect(status().isNotFound());
    }
}

package io.hubrota.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.security.UserAccountRepository;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administration API against the real database: writes, version conflicts, validation and the hours rule. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class AdminApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    ClinicianRepository clinicians;

    /** The database is shared with other tests, so every code this test makes is its own. */
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();

    @Test
    void practiceIsCreatedUpdatedAndAStaleVersionIsRefused() throws Exception {
        MvcResult created = mvc.perform(json(post("/api/admin/practices"), practice("P" + run, 8000)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("P" + run))
                .andReturn();
        int id = JsonPath.read(body(created), "$.id");
        int version = JsonPath.read(body(created), "$.version");

        mvc.perform(json(put("/api/admin/practices/" + id), withVersion(practice("P" + run, 9100), version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listSize").value(9100))
                .andExpect(jsonPath("$.version").value(version + 1));

        mvc.perform(json(put("/api/admin/practices/" + id), withVersion(practice("P" + run, 9200), version)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listSize").value(9100));
    }

    @Test
    void invalidRequestAnswers400WithEveryFieldError() throws Exception {
        String invalid = """
                {"code": "", "name": "Nowhere", "locality": "X", "listSize": -5, "latitude": 95, "longitude": 0}""";
        mvc.perform(json(post("/api/admin/practices"), invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("listSize")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("latitude")));
    }

    @Test
    void hubWithOpeningHoursAndATemplateWithRequirementLines() throws Exception {
        int hubId = createHub("H" + run);

        String template = """
                {"weekday": "SATURDAY", "start": "09:00", "end": "13:00", "requirements": [
                  {"role": "GP", "skills": ["Paediatrics"], "min": 1, "desired": 2},
                  {"role": "PRACTICE_NURSE", "skills": [], "min": 1, "desired": 1}]}""";
        MvcResult created = mvc.perform(json(post("/api/admin/hubs/" + hubId + "/templates"), template))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requirements", hasSize(2)))
                .andReturn();
        int templateId = JsonPath.read(body(created), "$.id");
        int version = JsonPath.read(body(created), "$.version");

        String changedLines = """
                {"version": %d, "weekday": "SATURDAY", "start": "09:00", "end": "13:00", "requirements": [
                  {"role": "GP", "skills": [], "min": 2, "desired": 2}]}""".formatted(version);
        mvc.perform(json(put("/api/admin/hubs/" + hubId + "/templates/" + templateId), changedLines))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.requirements", hasSize(1)));
        mvc.perform(json(put("/api/admin/hubs/" + hubId + "/templates/" + templateId), changedLines))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/hubs/" + hubId + "/templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].requirements[0].min").value(2));
        mvc.perform(get("/api/hubs/" + hubId))
                .andExpect(jsonPath("$.openingHours", hasSize(2)))
                .andExpect(jsonPath("$.openingHours[0].weekday").value("MONDAY"));

        String outsideHours = """
                {"weekday": "SATURDAY", "start": "12:00", "end": "18:00", "requirements": [
                  {"role": "GP", "skills": [], "min": 1, "desired": 1}]}""";
        mvc.perform(json(post("/api/admin/hubs/" + hubId + "/templates"), outsideHours))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void clinicianCommitmentsMustFitTheBaseline() throws Exception {
        int practiceId = createPractice("Q" + run);
        String tooMuch = clinician("C" + run, practiceId, 600,
                "[{\"weekday\": \"MONDAY\", \"start\": \"08:00\", \"end\": \"18:30\"}]");
        mvc.perform(json(post("/api/admin/clinicians"), tooMuch))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("baseline")));
        assertThat(clinicians.findByCode("C" + run)).isEmpty();

        String endBeforeStart = clinician("C" + run, practiceId, 600,
                "[{\"weekday\": \"MONDAY\", \"start\": \"12:00\", \"end\": \"08:00\"}]");
        mvc.perform(json(post("/api/admin/clinicians"), endBeforeStart))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("commitments[0].end"));
    }

    @Test
    void clinicianIsCreatedFoundAndUpdatedOnlyFromTheCurrentVersion() throws Exception {
        int practiceId = createPractice("R" + run);
        String commitments = "[{\"weekday\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"12:10\"}]";
        MvcResult created = mvc.perform(json(post("/api/admin/clinicians"),
                clinician("D" + run, practiceId, 1200, commitments)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.commitments", hasSize(1)))
                .andExpect(jsonPath("$.skills[0]").value("minor injuries"))
                .andReturn();
        int id = JsonPath.read(body(created), "$.id");
        int version = JsonPath.read(body(created), "$.version");

        mvc.perform(get("/api/clinicians").param("q", "d" + run.toLowerCase()).param("practiceId", "" + practiceId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].practice.code").value("R" + run));

        // Changing only the commitments still moves the version, which guards them.
        String update = withVersion(clinician("D" + run, practiceId, 1200,
                "[{\"weekday\": \"WEDNESDAY\", \"start\": \"13:50\", \"end\": \"18:00\"}]"), version)
                .replace("{", "{\"active\": true, ");
        mvc.perform(json(put("/api/admin/clinicians/" + id), update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0].weekday").value("WEDNESDAY"))
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan(version)));
        mvc.perform(json(put("/api/admin/clinicians/" + id), update))
                .andExpect(status().isConflict());
    }

    @Test
    void userIsCreatedScopedDisabledAndGivenANewPassword() throws Exception {
        int hubId = createHub("U" + run);
        String request = """
                {"username": "manager.%s", "displayName": "Hub Manager", "password": "correct horse battery",
                 "roles": ["HUB_MANAGER"], "hubIds": [%d]}""".formatted(run, hubId);
        MvcResult created = mvc.perform(json(post("/api/admin/users"), request))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hubIds[0]").value(hubId))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andReturn();
        int id = JsonPath.read(body(created), "$.id");
        int version = JsonPath.read(body(created), "$.version");
        mvc.perform(json(post("/api/admin/users"), request)).andExpect(status().isConflict());

        MvcResult disabled = mvc.perform(json(put("/api/admin/users/" + id + "/enabled"),
                "{\"version\": %d, \"enabled\": false}".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andReturn();
        int afterDisable = JsonPath.read(body(disabled), "$.version");
        mvc.perform(json(put("/api/admin/users/" + id + "/password"),
                "{\"version\": %d, \"password\": \"another long secret\"}".formatted(version)))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/admin/users/" + id + "/password"),
                "{\"version\": %d, \"password\": \"another long secret\"}".formatted(afterDisable)))
                .andExpect(status().isOk());

        String hash = users.findByUsername("manager." + run).orElseThrow().getPasswordHash();
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("another long secret", hash))
                .isTrue();

        String managerWithoutHubs = """
                {"username": "nohubs.%s", "displayName": "X", "password": "correct horse battery",
                 "roles": ["HUB_MANAGER"], "hubIds": []}""".formatted(run);
        mvc.perform(json(post("/api/admin/users"), managerWithoutHubs))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aPracticeWithCliniciansIsNotDeletedAndAnEmptyOneIs() throws Exception {
        int busy = createPractice("S" + run);
        mvc.perform(json(post("/api/admin/clinicians"), clinician("E" + run, busy, 600, "[]")))
                .andExpect(status().isCreated());
        mvc.perform(delete("/api/admin/practices/" + busy).with(csrf()))
                .andExpect(status().isConflict());

        int empty = createPractice("T" + run);
        mvc.perform(delete("/api/admin/practices/" + empty).param("version", "1").with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/admin/practices/" + empty).param("version", "0").with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/practices/" + empty)).andExpect(status().isNotFound());
    }

    @Test
    void aClinicianLoginLinksToOneClinicianOnly() throws Exception {
        int practiceId = createPractice("L" + run);
        int clinicianId = JsonPath.read(body(mvc.perform(json(post("/api/admin/clinicians"),
                clinician("F" + run, practiceId, 900, "[]"))).andExpect(status().isCreated()).andReturn()), "$.id");
        String login = """
                {"username": "%s.%s", "displayName": "Dr F", "password": "correct horse battery",
                 "roles": ["CLINICIAN"], "hubIds": [], "clinicianId": %d}""";

        mvc.perform(json(post("/api/admin/users"), login.formatted("first", run, clinicianId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clinicianId").value(clinicianId));
        mvc.perform(json(post("/api/admin/users"), login.formatted("second", run, clinicianId)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/clinicians/" + clinicianId))
                .andExpect(jsonPath("$.userId").isNumber());
    }

    @Test
    void changingOnlyTheOpeningHoursMovesTheHubVersion() throws Exception {
        int hubId = createHub("O" + run);
        int version = JsonPath.read(body(mvc.perform(get("/api/hubs/" + hubId)).andReturn()), "$.version");
        String update = """
                {"version": %d, "code": "O%s", "name": "Hub O%s", "town": "Alnwick", "latitude": 55.41,
                 "longitude": -1.71, "rooms": 3, "populationServed": 40000, "openingHours": [
                   {"weekday": "SUNDAY", "opens": "09:00", "closes": "13:00"}]}""".formatted(version, run, run);
        mvc.perform(json(put("/api/admin/hubs/" + hubId), update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.openingHours", hasSize(1)))
                .andExpect(jsonPath("$.openingHours[0].weekday").value("SUNDAY"));
        mvc.perform(json(put("/api/admin/hubs/" + hubId), update)).andExpect(status().isConflict());
    }

    private int createPractice(String code) throws Exception {
        return JsonPath.read(body(mvc.perform(json(post("/api/admin/practices"), practice(code, 5000)))
                .andExpect(status().isCreated()).andReturn()), "$.id");
    }

    private int createHub(String code) throws Exception {
        String hub = """
                {"code": "%s", "name": "Hub %s", "town": "Alnwick", "latitude": 55.41, "longitude": -1.71,
                 "rooms": 3, "populationServed": 40000, "openingHours": [
                   {"weekday": "SATURDAY", "opens": "08:00", "closes": "14:00"},
                   {"weekday": "MONDAY", "opens": "18:30", "closes": "20:00"}]}""".formatted(code, code);
        return JsonPath.read(body(mvc.perform(json(post("/api/admin/hubs"), hub))
                .andExpect(status().isCreated()).andReturn()), "$.id");
    }

    private static String practice(String code, int listSize) {
        return """
                {"code": "%s", "name": "Practice %s", "locality": "North", "listSize": %d,
                 "latitude": 55.2, "longitude": -1.6}""".formatted(code, code, listSize);
    }

    private static String clinician(String code, int practiceId, int baselineMinutes, String commitments) {
        return """
                {"code": "%s", "name": "Dr %s", "role": "GP", "skills": [" Minor Injuries "], "practiceId": %d,
                 "baselineWeeklyMinutes": %d, "maxTravelMinutes": 30, "commitments": %s}"""
                .formatted(code, code, practiceId, baselineMinutes, commitments);
    }

    private static String withVersion(String json, int version) {
        return json.replaceFirst("\\{", "{\"version\": " + version + ", ");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}

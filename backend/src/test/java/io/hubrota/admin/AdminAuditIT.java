package io.hubrota.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.hubrota.audit.AuditEvent;
import io.hubrota.audit.AuditEventRepository;
import io.hubrota.clinicians.ClinicianRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every administrative change and every CSV import leaves an audit event naming who did what to what, and when;
 * refused changes leave none, rejected imports say how many errors they had. Also: clinicians' optional e-mail
 * addresses are validated by the API and the import.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = AdminAuditIT.ADMIN, roles = "ADMIN")
class AdminAuditIT {

    static final String ADMIN = "audit-test-admin";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditEventRepository events;

    @Autowired
    ClinicianRepository clinicians;

    /** The database is shared with other tests, so every code this test makes is its own. */
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();

    @Test
    void practiceHubAndTemplateChangesAreAudited() throws Exception {
        Instant before = Instant.now();
        int practiceId = id(mvc.perform(json(post("/api/admin/practices"), practice("P" + run, 8000)))
                .andExpect(status().isCreated()));
        mvc.perform(json(put("/api/admin/practices/" + practiceId), withVersion(practice("P" + run, 9100), 0)))
                .andExpect(status().isOk());
        // A refused change is not an event.
        mvc.perform(json(put("/api/admin/practices/" + practiceId), withVersion(practice("P" + run, 9200), 0)))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/admin/practices/" + practiceId).with(csrf())).andExpect(status().isNoContent());
        assertThat(actions("practice/" + practiceId))
                .containsExactly("PRACTICE_CREATED", "PRACTICE_UPDATED", "PRACTICE_DELETED");
        AuditEvent updated = events("practice/" + practiceId).get(1);
        assertThat(updated.getActor()).isEqualTo(ADMIN);
        assertThat(updated.getAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(updated.getDetail()).contains("P" + run).contains("9100");

        int hubId = id(mvc.perform(json(post("/api/admin/hubs"), hub("H" + run, null)))
                .andExpect(status().isCreated()));
        mvc.perform(json(put("/api/admin/hubs/" + hubId), hub("H" + run, 0))).andExpect(status().isOk());
        String template = """
                {"weekday": "SATURDAY", "start": "09:00", "end": "13:00", "requirements": [
                  {"role": "GP", "skills": [], "min": 1, "desired": 1}]}""";
        int templateId = id(mvc.perform(json(post("/api/admin/hubs/" + hubId + "/templates"), template))
                .andExpect(status().isCreated()));
        mvc.perform(json(put("/api/admin/hubs/" + hubId + "/templates/" + templateId), withVersion(template, 0)))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/admin/hubs/" + hubId + "/templates/" + templateId).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/admin/hubs/" + hubId).with(csrf())).andExpect(status().isNoContent());
        assertThat(actions("hub/" + hubId)).containsExactly("HUB_CREATED", "HUB_UPDATED", "HUB_DELETED");
        String templateSubject = "hub/" + hubId + "/template/" + templateId;
        assertThat(actions(templateSubject))
                .containsExactly("SHIFT_TEMPLATE_CREATED", "SHIFT_TEMPLATE_UPDATED", "SHIFT_TEMPLATE_DELETED");
        assertThat(events(templateSubject).get(0).getDetail()).contains("SATURDAY 09:00");
    }

    @Test
    void clinicianChangesAreAuditedAndTheirEmailIsValidated() throws Exception {
        int practiceId = id(mvc.perform(json(post("/api/admin/practices"), practice("Q" + run, 5000)))
                .andExpect(status().isCreated()));
        mvc.perform(json(post("/api/admin/clinicians"), clinician("C" + run, practiceId, "\"not an address\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(clinicians.findByCode("C" + run)).isEmpty();

        int clinicianId = id(mvc.perform(json(post("/api/admin/clinicians"),
                        clinician("C" + run, practiceId, "\"ada.shaw@example.nhs.uk\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("ada.shaw@example.nhs.uk")));
        mvc.perform(get("/api/clinicians").param("q", "c" + run.toLowerCase()))
                .andExpect(jsonPath("$.content[0].email").value("ada.shaw@example.nhs.uk"));
        String update = withVersion(clinician("C" + run, practiceId, "null"), 0).replace("{", "{\"active\": false, ");
        mvc.perform(json(put("/api/admin/clinicians/" + clinicianId), update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(Matchers.nullValue()));
        mvc.perform(delete("/api/admin/clinicians/" + clinicianId).with(csrf())).andExpect(status().isNoContent());

        assertThat(actions("clinician/" + clinicianId))
                .containsExactly("CLINICIAN_CREATED", "CLINICIAN_UPDATED", "CLINICIAN_DELETED");
        assertThat(events("clinician/" + clinicianId).get(1).getDetail()).contains("C" + run).contains("inactive");
    }

    @Test
    void userChangesAreAuditedWithoutThePassword() throws Exception {
        String create = """
                {"username": "audited.%s", "displayName": "Ops", "password": "correct horse battery",
                 "roles": ["OPS_LEAD"], "hubIds": []}""".formatted(run.toLowerCase());
        int userId = id(mvc.perform(json(post("/api/admin/users"), create)).andExpect(status().isCreated()));
        mvc.perform(json(put("/api/admin/users/" + userId), """
                {"version": 0, "displayName": "Operations", "roles": ["OPS_LEAD"], "hubIds": [], "enabled": true}"""))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/admin/users/" + userId + "/enabled"), "{\"version\": 1, \"enabled\": false}"))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/admin/users/" + userId + "/enabled"), "{\"version\": 2, \"enabled\": true}"))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/admin/users/" + userId + "/password"),
                        "{\"version\": 3, \"password\": \"another long secret\"}"))
                .andExpect(status().isOk());

        assertThat(actions("user/" + userId)).containsExactly("USER_CREATED", "USER_UPDATED", "USER_DISABLED",
                "USER_ENABLED", "USER_PASSWORD_RESET");
        assertThat(events("user/" + userId)).allSatisfy(event -> {
            assertThat(event.getActor()).isEqualTo(ADMIN);
            assertThat(event.getDetail()).contains("audited." + run.toLowerCase())
                    .doesNotContain("secret").doesNotContain("horse");
        });
    }

    @Test
    void importsAreAuditedWithTheirRowOrErrorCounts() throws Exception {
        String practices = "code,name,locality,list_size,latitude,longitude\n"
                + "A" + run + ",Alnwick Medical Group,Alnwick,14500,55.41,-1.70\n"
                + "B" + run + ",Belford Practice,North,6200,55.60,-1.83\n";
        upload("practices", "ok-" + run, practices).andExpect(status().isOk());
        String badPractices = "code,name,locality,list_size,latitude,longitude\n"
                + "C" + run + ",Craster,North,-1,55.41,-1.70\n"
                + ",Nameless,North,100,95,-1.70\n";
        upload("practices", "bad-" + run, badPractices).andExpect(status().isUnprocessableEntity());

        String clinicianHeader = "code,name,role,skills,practice_code,baseline_weekly_hours,max_travel_minutes,"
                + "commitments,email\n";
        upload("clinicians", "ok-" + run, clinicianHeader
                + "G" + run + ",Dr Ada Shaw,GP,,A" + run + ",37.5,45,,ada@example.nhs.uk\n"
                + "N" + run + ",Ben Reed,Practice nurse,,A" + run + ",22.5,30,,\n")
                .andExpect(status().isOk());
        assertThat(clinicians.findByCode("G" + run).orElseThrow().getEmail()).isEqualTo("ada@example.nhs.uk");
        assertThat(clinicians.findByCode("N" + run).orElseThrow().getEmail()).isNull();
        // Without the column, known addresses stay; a malformed address is a row error.
        upload("clinicians", "again-" + run, clinicianHeader.replace(",email", "")
                + "G" + run + ",Dr Ada Shaw,GP,,A" + run + ",30,45,\n")
                .andExpect(status().isOk());
        assertThat(clinicians.findByCode("G" + run).orElseThrow().getEmail()).isEqualTo("ada@example.nhs.uk");
        upload("clinicians", "bad-" + run, clinicianHeader
                + "H" + run + ",Dr Hal,GP,,A" + run + ",30,45,,hal at example\n")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].row").value(2));

        assertThat(importEvent("import/practices", "ok-" + run)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("PRACTICES_IMPORTED");
            assertThat(event.getActor()).isEqualTo(ADMIN);
            assertThat(event.getDetail()).contains("2 row(s), 2 created, 0 updated");
        });
        assertThat(importEvent("import/practices", "bad-" + run)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("PRACTICES_IMPORT_REJECTED");
            assertThat(event.getDetail()).contains("3 error(s); nothing imported");
        });
        assertThat(importEvent("import/clinicians", "ok-" + run).getAction()).isEqualTo("CLINICIANS_IMPORTED");
        assertThat(importEvent("import/clinicians", "again-" + run).getDetail()).contains("1 updated");
        assertThat(importEvent("import/clinicians", "bad-" + run).getDetail()).contains("1 error(s)");
    }

    private List<AuditEvent> events(String subject) {
        return events.findAll().stream()
                .filter(event -> subject.equals(event.getTarget()))
                .sorted((a, b) -> a.getId().compareTo(b.getId()))
                .toList();
    }

    private List<String> actions(String subject) {
        return events(subject).stream().map(AuditEvent::getAction).toList();
    }

    private AuditEvent importEvent(String subject, String file) {
        return events(subject).stream()
                .filter(event -> event.getDetail() != null && event.getDetail().startsWith(file + ".csv:"))
                .reduce((first, second) -> {
                    throw new AssertionError("More than one event for " + file);
                })
                .orElseThrow(() -> new AssertionError("No audit event for " + file));
    }

    private ResultActions upload(String what, String name, String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name + ".csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/api/admin/imports/" + what).file(file).with(csrf()));
    }

    private static int id(ResultActions result) throws Exception {
        MvcResult done = result.andReturn();
        return JsonPath.read(done.getResponse().getContentAsString(), "$.id");
    }

    private static String practice(String code, int listSize) {
        return """
                {"code": "%s", "name": "Practice %s", "locality": "North", "listSize": %d,
                 "latitude": 55.2, "longitude": -1.6}""".formatted(code, code, listSize);
    }

    private static String hub(String code, Integer version) {
        String hub = """
                {"code": "%s", "name": "Hub %s", "town": "Alnwick", "latitude": 55.41, "longitude": -1.71,
                 "rooms": 3, "populationServed": 40000, "openingHours": [
                   {"weekday": "SATURDAY", "opens": "08:00", "closes": "14:00"}]}""".formatted(code, code);
        return version == null ? hub : withVersion(hub, version);
    }

    private static String clinician(String code, int practiceId, String email) {
        return """
                {"code": "%s", "name": "Dr %s", "role": "GP", "skills": [], "practiceId": %d,
                 "baselineWeeklyMinutes": 600, "maxTravelMinutes": 30, "commitments": [], "email": %s}"""
                .formatted(code, code, practiceId, email);
    }

    private static String withVersion(String json, int version) {
        return json.replaceFirst("\\{", "{\"version\": " + version + ", ");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

package io.hubrota.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.audit.AuditEvent;
import io.hubrota.audit.AuditEventRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The hub manager's week: create a rota, solve it, edit by hand, publish, record a sickness absence, re-plan and
 * publish again, with the refusals on the way (already solving, stale version, hard rule broken).
 */
@SpringBootTest(properties = { "hubrota.solver.spent-limit=4s", "hubrota.solver.save-interval=1s" })
@AutoConfigureMockMvc
class RotaWorkflowIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditEventRepository auditEvents;

    @Test
    void createSolveEditPublishReplanAndPublishAgain() throws Exception {
        RotaTestData data = RotaTestData.create(context);
        RequestPostProcessor manager = user(data.manager()).roles("HUB_MANAGER");
        LocalDate monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        MvcResult created = mvc.perform(send(post("/api/rotas"), manager, Map.of("name", "Workflow test",
                        "firstDate", monday.toString(), "weeks", 1,
                        "hubIds", data.hubs().stream().map(h -> h.getId()).toList())))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn();
        JsonNode board = body(created);
        long rotaId = board.get("id").asLong();
        assertThat(board.get("status").asText()).isEqualTo("DRAFT");
        assertThat(shiftsOf(board)).hasSize(14);
        assertThat(board.get("gaps")).hasSize(28);
        assertThat(board.get("gaps").get(0).get("reason").asText()).isEqualTo("UNFILLED");
        assertThat(board.get("coveragePercent").asDouble()).isZero();

        // Solve, follow it live, and refuse a second solve meanwhile.
        mvc.perform(post("/api/rotas/" + rotaId + "/solve").with(manager).with(csrf()))
                .andExpect(status().isAccepted());
        MvcResult events = mvc.perform(get("/api/rotas/" + rotaId + "/solve-events").with(manager))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(post("/api/rotas/" + rotaId + "/solve").with(manager).with(csrf()))
                .andExpect(status().isConflict());
        board = awaitSolved(rotaId, manager);
        assertThat(events.getResponse().getContentAsString()).contains("bestScore").contains("\"solving\":false");
        assertThat(board.get("score").get("hard").asLong()).isZero();
        assertThat(board.get("coveragePercent").asDouble()).isEqualTo(100.0);
        assertThat(board.get("gaps")).isEmpty();

        // A hand edit that breaks the hours guarantee is reported, and the rota cannot be published with it.
        long wednesdayShift = shiftsOf(board).stream()
                .filter(s -> LocalDate.parse(s.get("start").asText().substring(0, 10)).equals(monday.plusDays(2)))
                .findFirst().orElseThrow().get("id").asLong();
        JsonNode edit = body(mvc.perform(send(post("/api/rotas/" + rotaId + "/assignments"), manager,
                        Map.of("shiftId", wednesdayShift, "clinicianId", data.fullyBooked().getId())))
                .andExpect(status().isCreated()).andReturn());
        assertThat(edit.get("scoreAfter").get("hard").asLong()).isNegative();
        assertThat(edit.get("brokenRules").findValuesAsText("constraint")).contains("Hours guarantee");
        long badAssignment = edit.get("assignmentId").asLong();
        board = board(rotaId, manager);
        mvc.perform(send(post("/api/rotas/" + rotaId + "/publish"), manager,
                        Map.of("version", board.get("version").asInt())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("violations").contains("Hours guarantee"));
        mvc.perform(delete("/api/rotas/" + rotaId + "/assignments/" + badAssignment).with(manager).with(csrf()))
                .andExpect(status().isOk());

        // Pinning with a stale version is refused.
        board = board(rotaId, manager);
        JsonNode someAssignment = shiftsOf(board).get(0).get("assignments").get(0);
        mvc.perform(send(patch("/api/rotas/" + rotaId + "/assignments/" + someAssignment.get("id").asLong()),
                        manager, Map.of("pinned", true, "version", someAssignment.get("version").asInt() + 1)))
                .andExpect(status().isConflict());

        // Publish version 1; a publish based on the rota as it was before is refused.
        int staleVersion = board.get("version").asInt();
        JsonNode v1 = body(mvc.perform(send(post("/api/rotas/" + rotaId + "/publish"), manager,
                        Map.of("version", staleVersion, "note", "First week")))
                .andExpect(status().isCreated()).andReturn());
        assertThat(v1.get("versionNumber").asInt()).isEqualTo(1);
        mvc.perform(send(post("/api/rotas/" + rotaId + "/publish"), manager, Map.of("version", staleVersion)))
                .andExpect(status().isConflict());

        // Someone goes off sick for the whole week: their shifts come off the rota, the re-plan fills them.
        board = board(rotaId, manager);
        assertThat(board.get("publishedVersion").asInt()).isEqualTo(1);
        // An assigned clinician with a login, who is told of the change below (in a shared database other tests'
        // clinicians without one can be on the rota too).
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long absent = -1;
        for (JsonNode shift : shiftsOf(board)) {
            for (JsonNode assignment : shift.get("assignments")) {
                long id = assignment.get("clinicianId").asLong();
                if (absent < 0 && jdbc.queryForObject("select count(*) from clinicians where id = ? and user_id is not null",
                        Integer.class, id) > 0) {
                    absent = id;
                }
            }
        }
        assertThat(absent).isPositive();
        JsonNode absence = body(mvc.perform(send(post("/api/rotas/" + rotaId + "/absences"), manager,
                        Map.of("clinicianId", absent, "from", monday.toString(), "to", monday.plusDays(6).toString(),
                                "reason", "Flu")))
                .andExpect(status().isCreated()).andReturn());
        int removed = absence.get("removedAssignments").size();
        assertThat(removed).isPositive();
        board = board(rotaId, manager);
        // A shift the solver had staffed above its minimum keeps its minimum without them, so at most one gap each.
        int gapsAfterAbsence = board.get("gaps").size();
        assertThat(gapsAfterAbsence).isBetween(1, removed);
        // Someone free could take it, or (on a day short of GPs) every free GP already works the other hub that day.
        assertThat(board.get("gaps").get(0).get("reason").asText()).isIn("UNFILLED", "ALREADY_WORKING_THAT_DAY");
        long gapShift = board.get("gaps").get(0).get("shiftId").asLong();
        JsonNode suggestions = body(mvc.perform(get("/api/rotas/" + rotaId + "/shifts/" + gapShift + "/suggestions")
                .with(manager)).andExpect(status().isOk()).andReturn());
        assertThat(suggestions).isNotEmpty();
        // Ranked by score change: the first is at least as good as the last.
        assertThat(suggestions.size()).isLessThanOrEqualTo(10);
        JsonNode best = suggestions.get(0).get("scoreDelta");
        JsonNode worst = suggestions.get(suggestions.size() - 1).get("scoreDelta");
        assertThat(best.get("hard").asLong()).isGreaterThanOrEqualTo(worst.get("hard").asLong());
        JsonNode preview = body(mvc.perform(get("/api/rotas/" + rotaId + "/publish-preview").with(manager))
                .andExpect(status().isOk()).andReturn());
        assertThat(preview.get("diff").get("changedClinicians").asInt()).isEqualTo(1);

        mvc.perform(post("/api/rotas/" + rotaId + "/solve").with(manager).with(csrf()))
                .andExpect(status().isAccepted());
        board = awaitSolved(rotaId, manager);
        assertThat(board.get("score").get("hard").asLong()).isZero();
        // Mondays are short of GPs once one is off (by design of the test economy), so a gap may stay.
        assertThat(board.get("gaps").size()).isLessThanOrEqualTo(gapsAfterAbsence);

        JsonNode v2 = body(mvc.perform(send(post("/api/rotas/" + rotaId + "/publish"), manager,
                        Map.of("version", board.get("version").asInt(), "note", "Sickness cover")))
                .andExpect(status().isCreated()).andReturn());
        assertThat(v2.get("versionNumber").asInt()).isEqualTo(2);
        JsonNode diff = body(mvc.perform(get("/api/rotas/" + rotaId + "/versions/2/diff").with(manager))
                .andExpect(status().isOk()).andReturn());
        JsonNode absentChange = null;
        for (JsonNode change : diff.get("changes")) {
            if (change.get("clinicianId").asLong() == absent) {
                absentChange = change;
            }
        }
        assertThat(absentChange).isNotNull();
        assertThat(absentChange.get("lost")).hasSize(removed);
        assertThat(absentChange.get("gained")).isEmpty();
        // Stability: besides the absent clinician, only those covering their shifts (and few others) change.
        assertThat(diff.get("changedClinicians").asInt()).isLessThanOrEqualTo(1 + 2 * removed);
        assertThat(body(mvc.perform(get("/api/rotas/" + rotaId + "/versions").with(manager)).andReturn()))
                .hasSize(2);

        // The absent clinician is told, and can mark it read.
        // The absent clinician may come from anywhere in a shared database (the rota draws on every active clinician).
        String absentUsername = context.getBean(JdbcTemplate.class).queryForObject(
                "select u.username from users u join clinicians c on c.user_id = u.id where c.id = ?", String.class,
                absent);
        RequestPostProcessor clinician = user(absentUsername).roles("CLINICIAN");
        JsonNode inbox = body(mvc.perform(get("/api/me/notifications").with(clinician))
                .andExpect(status().isOk()).andReturn());
        assertThat(inbox.get(0).get("title").asText()).contains("Workflow test version 2");
        assertThat(inbox.get(0).get("message").asText()).contains("\u2212 ");
        mvc.perform(post("/api/me/notifications/" + inbox.get(0).get("id").asLong() + "/read").with(clinician)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(body(result).get("readAt").isNull()).isFalse());

        // The audit trail holds who edited, refused and published this rota.
        List<String> audited = auditEvents.findAll().stream()
                .filter(event -> ("rota/" + rotaId).equals(event.getTarget()))
                .map(AuditEvent::getAction)
                .toList();
        assertThat(audited).contains("ROTA_ASSIGNED", "ROTA_UNASSIGNED", "ROTA_PUBLISH_REFUSED", "ABSENCE_RECORDED");
        assertThat(audited.stream().filter("ROTA_PUBLISHED"::equals)).hasSize(2);
    }

    private JsonNode awaitSolved(long rotaId, RequestPostProcessor manager) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode board = board(rotaId, manager);
            // A board that says the solve is over shows its final save and version (SolveEndVersionIT).
            if (!board.get("solver").get("solving").asBoolean()) {
                return board;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The solve did not end");
    }

    private JsonNode board(long rotaId, RequestPostProcessor manager) throws Exception {
        return body(mvc.perform(get("/api/rotas/" + rotaId).with(manager)).andExpect(status().isOk()).andReturn());
    }

    private static List<JsonNode> shiftsOf(JsonNode board) {
        List<JsonNode> shifts = new ArrayList<>();
        board.get("days").forEach(day -> day.get("shifts").forEach(shifts::add));
        return shifts;
    }

    private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, RequestPostProcessor user,
            Object body) throws Exception {
        return request.with(user).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }
}

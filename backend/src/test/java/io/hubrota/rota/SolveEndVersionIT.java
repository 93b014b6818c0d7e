package io.hubrota.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A client that sees a solve finished also sees its final version: the board must not read the rota before the
 * solver's final save commits and then report the solve over. The test makes that interleaving certain: the solver's
 * saves wait until a board request has read the rota, and that request then waits (inside its scoring, after the
 * rota was read) until the solve has ended. A board that asks whether the solve is running only at that point would
 * answer "finished" with the version from before the final save, and publishing that version would get 409.
 */
@SpringBootTest(properties = { "hubrota.solver.spent-limit=2s", "hubrota.solver.save-interval=1h" })
@AutoConfigureMockMvc
class SolveEndVersionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    @Autowired
    RotaSolveService solving;

    @MockitoSpyBean
    SolutionWriter writer;

    @MockitoSpyBean
    RotaScoring scoring;

    @Test
    void aBoardThatSaysTheSolveEndedShowsTheFinalVersionAndItPublishes() throws Exception {
        RotaTestData data = RotaTestData.create(context);
        RequestPostProcessor manager = user(data.manager()).roles("HUB_MANAGER");
        LocalDate monday = LocalDate.now().plusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        JsonNode created = json.readTree(mvc.perform(post("/api/rotas").with(manager).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("name", "Solve end", "firstDate", monday.toString(),
                                "weeks", 1, "hubIds", data.hubs().stream().map(h -> h.getId()).toList()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long rotaId = created.get("id").asLong();
        int draftVersion = created.get("version").asInt();

        CountDownLatch boardReadTheRota = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean();
        Thread testThread = Thread.currentThread();
        doAnswer(call -> {
            boardReadTheRota.await(30, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(writer).write(any(), any());
        doAnswer(call -> {
            if (Thread.currentThread() == testThread && armed.getAndSet(false)) {
                boardReadTheRota.countDown();
                awaitSolveEnd(rotaId);
            }
            return call.callRealMethod();
        }).when(scoring).score(any());

        mvc.perform(post("/api/rotas/" + rotaId + "/solve").with(manager).with(csrf()))
                .andExpect(status().isAccepted());
        armed.set(true);
        JsonNode board = board(rotaId, manager);
        assertThat(armed).as("the board request went through the hook").isFalse();
        while (board.get("solver").get("solving").asBoolean()) {
            Thread.sleep(100);
            board = board(rotaId, manager);
        }

        int seen = board.get("version").asInt();
        mvc.perform(post("/api/rotas/" + rotaId + "/publish").with(manager).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("version", seen))))
                .andExpect(status().isCreated());
        assertThat(seen).as("the solve saved a plan, so the version moved").isGreaterThan(draftVersion);
        assertThat(board.get("gaps")).isEmpty();
    }

    private void awaitSolveEnd(long rotaId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (solving.isSolving(rotaId) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(solving.isSolving(rotaId)).as("the solve ended").isFalse();
    }

    private JsonNode board(long rotaId, RequestPostProcessor manager) throws Exception {
        return json.readTree(mvc.perform(get("/api/rotas/" + rotaId).with(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}

package io.hubrota.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.hubrota.clinicians.Clinician;
import io.hubrota.hubs.Hub;
import io.hubrota.practices.Practice;
import io.hubrota.rota.Rota;
import io.hubrota.rota.RotaRepository;
import io.hubrota.rota.Shift;
import io.hubrota.shared.Role;
import io.hubrota.testdata.RotaTestData;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishing e-mails every clinician whose shifts changed, after the publish has committed, when a mail server is
 * configured (here an in-process GreenMail SMTP server); a refused or unreachable mail server is recorded as FAILED
 * and the publish stands; without a mail server nothing is sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationEmailIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        properties.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    @Test
    void publishingEmailsTheClinicianTheirChangedShifts() throws Exception {
        Published published = publishOneShift(context, mvc, json, "gp@example.nhs.uk");

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("gp@example.nhs.uk");
        assertThat(mail.getSubject()).isEqualTo("Your hub shifts changed in " + published.rotaName() + " version 1");
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(text).contains("Hello " + published.clinicianName() + ",")
                .contains("\n  + Mon 4 Jan " + published.hubName() + " 09:00\u201313:00\n");

        JsonNode notification = awaitEmailStatus(mvc, json, published, "SENT");
        assertThat(notification.get("emailAt").isNull()).isFalse();
    }

    @Test
    void anAddressTheMailServerCannotTakeIsRecordedAsFailedAndThePublishStands() throws Exception {
        Published published = publishOneShift(context, mvc, json, "not an address");

        awaitEmailStatus(mvc, json, published, "FAILED");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(versionsOf(mvc, json, published)).isEqualTo(1);
    }

    @Test
    void anUnreachableMailServerIsRecordedAsFailedAndThePublishStands() throws Exception {
        smtp.stop();
        Published published = publishOneShift(context, mvc, json, "gp@example.nhs.uk");

        awaitEmailStatus(mvc, json, published, "FAILED");
        assertThat(versionsOf(mvc, json, published)).isEqualTo(1);
    }

    @Test
    void aClinicianWithoutAnAddressIsRecordedAsSuch() throws Exception {
        Published published = publishOneShift(context, mvc, json, null);

        awaitEmailStatus(mvc, json, published, "NO_ADDRESS");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /** The application as shipped: no spring.mail.host, so no mail sender and nothing sent. */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest
    @AutoConfigureMockMvc
    class WithoutAMailServer {

        @Autowired
        MockMvc mvc;

        @Autowired
        ObjectMapper json;

        @Autowired
        ApplicationContext context;

        @Test
        void nothingIsSentAndTheStatusStaysNotSent() throws Exception {
            assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
            Published published = publishOneShift(context, mvc, json, "gp@example.nhs.uk");

            Thread.sleep(1000);
            JsonNode notification = latestNotification(mvc, json, published);
            assertThat(notification.get("emailStatus").asText()).isEqualTo("NOT_SENT");
            assertThat(notification.get("emailAt").isNull()).isTrue();
            assertThat(smtp.getReceivedMessages()).isEmpty();
        }
    }

    record Published(long rotaId, String rotaName, String hubName, String manager, String clinicianName,
            String clinicianUsername) {
    }

    /** A one-shift rota on Monday 4 January 2027 with one GP (with the given e-mail address), published as v1. */
    static Published publishOneShift(ApplicationContext context, MockMvc mvc, ObjectMapper json, String email)
            throws Exception {
        RotaTestData data = new RotaTestData(context);
        Practice practice = data.practice();
        Hub hub = data.hub("Alnwick Hub", 30000);
        Clinician gp = data.clinician(practice, Role.GP, 2250, true);
        if (email != null) {
            // Straight to the database: the API would refuse a malformed address, which is the point of one test.
            context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .update("update clinicians set email = ? where id = ?", email, gp.getId());
        }
        LocalDate monday = LocalDate.parse("2027-01-04");
        Rota rota = data.rota(monday, monday.plusDays(6), hub);
        Shift shift = data.shift(rota, hub, monday, "09:00", "13:00", Role.GP, 1, 1);
        data.assign(shift, Role.GP, gp);
        String manager = data.hubManager(hub);
        int version = context.getBean(RotaRepository.class).findById(rota.getId()).orElseThrow().getVersion();
        mvc.perform(post("/api/rotas/" + rota.getId() + "/publish").with(user(manager).roles("HUB_MANAGER"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("version", version))))
                .andExpect(status().isCreated());
        return new Published(rota.getId(), rota.getName(), hub.getName(), manager, gp.getName(),
                gp.getUser().getUsername());
    }

    static JsonNode awaitEmailStatus(MockMvc mvc, ObjectMapper json, Published published, String expected)
            throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonNode notification = latestNotification(mvc, json, published);
        while (!expected.equals(notification.get("emailStatus").asText()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            notification = latestNotification(mvc, json, published);
        }
        assertThat(notification.get("emailStatus").asText()).isEqualTo(expected);
        return notification;
    }

    static JsonNode latestNotification(MockMvc mvc, ObjectMapper json, Published published) throws Exception {
        String username = published.clinicianUsername();
        JsonNode inbox = json.readTree(mvc.perform(get("/api/me/notifications")
                        .with(user(username).roles("CLINICIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("rotaId").asLong()).isEqualTo(published.rotaId());
        return inbox.get(0);
    }

    static int versionsOf(MockMvc mvc, ObjectMapper json, Published published) throws Exception {
        return json.readTree(mvc.perform(get("/api/rotas/" + published.rotaId() + "/versions")
                        .with(user(published.manager()).roles("HUB_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).size();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

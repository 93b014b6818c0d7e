package io.hubrota.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.practices.Practice;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.Rota;
import io.hubrota.rota.Shift;
import io.hubrota.shared.Role;
import io.hubrota.testdata.RotaTestData;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calendar tokens and the iCalendar feed against the real database, parsed back with ical4j. The feed is fetched
 * without any sign-in, as a calendar app does (which URLs are public is the security configuration's business).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarFeedIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    CalendarTokenRepository tokens;

    @Autowired
    ClinicianRepository clinicians;

    /** The app without its security filters: a calendar app fetching the feed has no session. */
    MockMvc anonymous;

    RotaTestData data;

    Hub hub;

    Clinician me;

    @BeforeEach
    void persistAClinicianWithShifts() {
        anonymous = MockMvcBuilders.webAppContextSetup(context).build();
        data = new RotaTestData(context);
        Practice practice = data.practice();
        hub = data.hub("Morpeth Hub", 40000);
        me = data.clinician(practice, Role.GP, 2250, true);
    }

    @Test
    void feedFollowsNewVersionsWithStableUids() throws Exception {
        LocalDate today = LocalDate.now(RotaTestData.LONDON);
        Rota rota = data.rota(today.minusDays(45), today.plusDays(14), hub);
        Shift longAgo = data.shift(rota, hub, today.minusDays(40), "09:00", "13:00", Role.GP, 1, 1);
        Shift evening = data.shift(rota, hub, today.plusDays(7), "18:30", "20:00", Role.GP, 1, 1);
        Shift saturday = data.shift(rota, hub, today.plusDays(8), "09:00", "13:00", Role.GP, 1, 1);
        data.assign(longAgo, Role.GP, me);
        data.assign(evening, Role.GP, me);
        Assignment later = data.assign(saturday, Role.GP, me);
        data.publish(rota, Instant.parse("2026-01-10T09:00:00Z"));

        String token = createToken();
        Calendar first = feed(token);
        List<VEvent> firstEvents = first.getComponents("VEVENT");
        assertThat(firstEvents).hasSize(2);
        assertThat(first.getComponents("VTIMEZONE")).hasSize(1);
        VTimeZone timezone = (VTimeZone) first.getComponents("VTIMEZONE").get(0);
        assertThat(timezone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");

        VEvent eveningEvent = firstEvents.get(0);
        assertThat(value(eveningEvent, Property.UID)).isEqualTo(ShiftCalendar.uid(evening.getId(), me.getId()));
        assertThat(value(eveningEvent, Property.SEQUENCE)).isEqualTo("1");
        assertThat(eveningEvent.getProperties(Property.DTSTAMP)).hasSize(1);
        assertThat(value(eveningEvent, Property.DTSTAMP)).isEqualTo("20260110T090000Z");
        assertThat(first.validate().getEntries()).isEmpty();
        assertThat(value(eveningEvent, Property.SUMMARY)).contains(hub.getName()).contains("GP");
        var start = eveningEvent.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
        // ical4j names the zone it parsed its own way: compare the moments and the wall-clock times.
        ZonedDateTime parsedStart = ZonedDateTime.from(eveningEvent.getDateTimeStart().getDate());
        ZonedDateTime parsedEnd = ZonedDateTime.from(eveningEvent.getDateTimeEnd().getDate());
        assertThat(parsedStart.toInstant())
            .isEqualTo(today.plusDays(7).atTime(18, 30).atZone(RotaTestData.LONDON).toInstant());
        assertThat(parsedStart.toLocalDateTime()).isEqualTo(today.plusDays(7).atTime(18, 30));
        assertThat(parsedEnd.toInstant())
            .isEqualTo(today.plusDays(7).atTime(20, 0).atZone(RotaTestData.LONDON).toInstant());

        // Version 2 takes the Saturday away: the evening keeps its UID, with the new sequence number.
        data.unassign(later);
        data.publish(rota, Instant.parse("2026-01-11T09:00:00Z"));
        List<VEvent> secondEvents = feed(token).getComponents("VEVENT");
        assertThat(secondEvents).hasSize(1);
        assertThat(value(secondEvents.get(0), Property.UID)).isEqualTo(value(eveningEvent, Property.UID));
        assertThat(value(secondEvents.get(0), Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void tokenIsStoredHashedRotatedAndRevoked() throws Exception {
        as(get("/api/me/calendar-token"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.active").value(false));
        String first = createToken();
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.findByTokenHashAndRevokedAtIsNull(first)).isEmpty();
        assertThat(tokens.findByTokenHashAndRevokedAtIsNull(CalendarTokens.hash(first))).isPresent();
        as(get("/api/me/calendar-token"))
            .andExpect(jsonPath("$.active").value(true))
            .andExpect(jsonPath("$.createdAt").isNotEmpty());

        String second = createToken();
        anonymous.perform(get("/api/calendar/" + first + ".ics")).andExpect(status().isNotFound());
        anonymous.perform(get("/api/calendar/" + second + ".ics")).andExpect(status().isOk());

        as(delete("/api/me/calendar-token")).andExpect(status().isNoContent());
        anonymous.perform(get("/api/calendar/" + second + ".ics")).andExpect(status().isNotFound());
        as(get("/api/me/calendar-token")).andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void unknownAndMalformedTokensAreNotFound() throws Exception {
        anonymous.perform(get("/api/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        anonymous.perform(get("/api/calendar/not-a-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aClinicianWhoHasLeftHasNoFeed() throws Exception {
        String token = createToken();
        clinicians.findById(me.getId()).ifPresent(clinician -> {
            clinician.setActive(false);
            clinicians.save(clinician);
        });
        anonymous.perform(get("/api/calendar/" + token + ".ics").accept("text/calendar"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private String createToken() throws Exception {
        String body = as(post("/api/me/calendar-token"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        String url = JsonPath.read(body, "$.url");
        assertThat(url).startsWith("http://localhost/api/calendar/").endsWith(".ics");
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private Calendar feed(String token) throws Exception {
        String ics = anonymous.perform(get("/api/calendar/" + token + ".ics"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/calendar"))
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private ResultActions as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(me.getUser().getUsername()).roles("CLINICIAN")).with(csrf()));
    }
}

package io.hubrota.myshifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityKind;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.practices.Practice;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.Rota;
import io.hubrota.rota.Shift;
import io.hubrota.shared.Role;
import io.hubrota.testdata.RotaTestData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/me against the real database: own data only, published shifts, weekly hours, leave and preferences. */
@SpringBootTest
@AutoConfigureMockMvc
class MeApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UnavailabilityRepository unavailabilities;

    RotaTestData data;

    Practice practice;

    Hub hub;

    Clinician me;

    Clinician colleague;

    @BeforeEach
    void persistTwoClinicians() {
        data = new RotaTestData(context);
        practice = data.practice();
        hub = data.hub("Alnwick Hub", 30000);
        me = data.clinician(practice, Role.GP, 2250, true);
        colleague = data.clinician(practice, Role.GP, 1500, true);
    }

    @Test
    void meNamesTheSignedInClinician() throws Exception {
        as(me, get("/api/me"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.clinicianId").value(me.getId()))
            .andExpect(jsonPath("$.name").value(me.getName()))
            .andExpect(jsonPath("$.role").value("GP"))
            .andExpect(jsonPath("$.practice.id").value(practice.getId()))
            .andExpect(jsonPath("$.practice.name").value(practice.getName()))
            .andExpect(jsonPath("$.baselineWeeklyMinutes").value(2250));
    }

    @Test
    void aLoginWithoutAClinicianIsRefused() throws Exception {
        mvc.perform(get("/api/me").with(user(data.loginWithoutClinician()).roles("OPS_LEAD")))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /**
     * Week 43 of 2026 ends on the Sunday the clocks go back: a 00:00–04:00 session that night is five real hours.
     * Version 2 of the rota took one shift away and handed over another, and only version 2 counts.
     */
    @Test
    void shiftsAndHoursFollowTheLatestVersionAcrossTheClockChange() throws Exception {
        data.commitment(me, DayOfWeek.MONDAY, "08:00", "12:00");
        data.commitment(me, DayOfWeek.TUESDAY, "08:00", "18:00");
        Rota rota = data.rota(LocalDate.parse("2026-10-19"), LocalDate.parse("2026-11-01"), hub);
        Shift evening = data.shift(rota, hub, LocalDate.parse("2026-10-21"), "18:00", "21:00", Role.GP, 1, 1);
        Shift night = data.shift(rota, hub, LocalDate.parse("2026-10-25"), "00:00", "04:00", Role.GP, 1, 1);
        Shift thursday = data.shift(rota, hub, LocalDate.parse("2026-10-29"), "18:30", "20:00", Role.GP, 1, 1);
        Shift saturday = data.shift(rota, hub, LocalDate.parse("2026-10-31"), "09:00", "13:00", Role.GP, 1, 1);
        data.assign(evening, Role.GP, me);
        data.assign(night, Role.GP, me);
        Assignment dropped = data.assign(thursday, Role.GP, me);
        Assignment handedOver = data.assign(saturday, Role.GP, colleague);
        data.publish(rota, Instant.parse("2026-10-10T09:00:00Z"));
        data.unassign(dropped);
        data.unassign(handedOver);
        data.assign(saturday, Role.GP, me);
        data.publish(rota, Instant.parse("2026-10-12T09:00:00Z"));

        as(me, get("/api/me/shifts?from=2026-10-19&to=2026-11-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(3)))
            .andExpect(jsonPath("$[*].date", contains("2026-10-21", "2026-10-25", "2026-10-31")))
            .andExpect(jsonPath("$[0].hubName").value(hub.getName()))
            .andExpect(jsonPath("$[0].startLocal").value("2026-10-21T18:00:00"))
            .andExpect(jsonPath("$[0].endLocal").value("2026-10-21T21:00:00"))
            .andExpect(jsonPath("$[0].role").value("GP"))
            .andExpect(jsonPath("$[0].rotaName").value(rota.getName()))
            .andExpect(jsonPath("$[*].version", contains(2, 2, 2)));

        as(me, get("/api/me/hours?from=2026-10-21&to=2026-10-27"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(2)))
            .andExpect(jsonPath("$[0].isoWeek").value("2026-W43"))
            .andExpect(jsonPath("$[0].weekStart").value("2026-10-19"))
            .andExpect(jsonPath("$[0].baselineMinutes").value(2250))
            .andExpect(jsonPath("$[0].practiceMinutes").value(840))
            .andExpect(jsonPath("$[0].hubMinutes").value(180 + 300))
            .andExpect(jsonPath("$[0].totalMinutes").value(1320))
            .andExpect(jsonPath("$[0].headroomMinutes").value(930))
            .andExpect(jsonPath("$[1].isoWeek").value("2026-W44"))
            .andExpect(jsonPath("$[1].practiceMinutes").value(840))
            .andExpect(jsonPath("$[1].hubMinutes").value(240))
            .andExpect(jsonPath("$[1].headroomMinutes").value(2250 - 1080));

        // The colleague had Saturday in version 1 only, so they have no shifts now.
        as(colleague, get("/api/me/shifts?from=2026-10-19&to=2026-11-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void practiceSessionsOnABankHolidayDoNotCount() throws Exception {
        data.commitment(me, DayOfWeek.MONDAY, "08:00", "12:00");
        data.commitment(me, DayOfWeek.TUESDAY, "08:00", "18:00");
        // Monday 31 August 2026 is the summer bank holiday in England.
        as(me, get("/api/me/hours?from=2026-08-31&to=2026-09-06"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].practiceMinutes").value(600))
            .andExpect(jsonPath("$[0].headroomMinutes").value(2250 - 600));
    }

    @Test
    void aPeriodMustBeOrdered() throws Exception {
        as(me, get("/api/me/hours?from=2026-10-19&to=2026-10-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("ordered")));
        as(me, get("/api/me/shifts?from=2026-10-19"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("to")));
    }

    @Test
    void leaveIsRecordedInLocalWholeDaysListedAndRemoved() throws Exception {
        LocalDate first = LocalDate.now(RotaTestData.LONDON).plusDays(10);
        String body = """
                {"from": "%s", "to": "%s", "kind": "LEAVE", "reason": "Half term"}"""
            .formatted(first, first.plusDays(2));
        String created = as(me, json(post("/api/me/unavailability"), body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.from").value(first.toString()))
            .andExpect(jsonPath("$.to").value(first.plusDays(2).toString()))
            .andExpect(jsonPath("$.startTime").doesNotExist())
            .andExpect(jsonPath("$.kind").value("LEAVE"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        Unavailability stored = unavailabilities.findById(id).orElseThrow();
        assertThat(stored.getStart()).isEqualTo(first.atStartOfDay(RotaTestData.LONDON).toInstant());
        assertThat(stored.getEnd()).isEqualTo(first.plusDays(3).atStartOfDay(RotaTestData.LONDON).toInstant());

        as(me, get("/api/me/unavailability"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        as(colleague, delete("/api/me/unavailability/" + id)).andExpect(status().isNotFound());
        as(me, delete("/api/me/unavailability/" + id)).andExpect(status().isNoContent());
        assertThat(unavailabilities.findById(id)).isEmpty();
    }

    @Test
    void partDayAbsenceKeepsItsTimes() throws Exception {
        LocalDate day = LocalDate.now(RotaTestData.LONDON).plusDays(5);
        String body = """
                {"from": "%s", "to": "%s", "startTime": "13:00", "endTime": "17:30", "kind": "OTHER"}"""
            .formatted(day, day);
        as(me, json(post("/api/me/unavailability"), body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.startTime").value("13:00:00"))
            .andExpect(jsonPath("$.endTime").value("17:30:00"))
            .andExpect(jsonPath("$.start").value(day.atTime(13, 0).atZone(RotaTestData.LONDON).toInstant()
                .toString()));
    }

    @Test
    void anotherClinicianAbsenceIsNotFoundAndAStartedOneCannotBeRemoved() throws Exception {
        Instant now = Instant.now();
        Unavailability theirs = unavailabilities.save(new Unavailability(colleague, now.plus(3, ChronoUnit.DAYS),
                now.plus(4, ChronoUnit.DAYS), UnavailabilityKind.LEAVE, null));
        Unavailability started = unavailabilities.save(new Unavailability(me, now.minus(1, ChronoUnit.DAYS),
                now.plus(1, ChronoUnit.DAYS), UnavailabilityKind.LEAVE, null));

        as(me, delete("/api/me/unavailability/" + theirs.getId()))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as(me, get("/api/me/unavailability"))
            .andExpect(jsonPath("$[*].id", contains(started.getId().intValue())));
        as(me, delete("/api/me/unavailability/" + started.getId())).andExpect(status().isConflict());
    }

    @Test
    void invalidAbsencesAreRefusedWithEveryFieldError() throws Exception {
        LocalDate yesterday = LocalDate.now(RotaTestData.LONDON).minusDays(1);
        as(me, json(post("/api/me/unavailability"), """
                {"from": "%s", "to": "%s", "kind": "SICKNESS"}""".formatted(yesterday, yesterday.minusDays(2))))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[*].field", hasItem("from")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("ordered")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("selfRecordable")));
        LocalDate day = LocalDate.now(RotaTestData.LONDON).plusDays(3);
        as(me, json(post("/api/me/unavailability"), """
                {"from": "%s", "to": "%s", "startTime": "15:00", "endTime": "09:00", "kind": "OTHER"}"""
            .formatted(day, day)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("timeOrdered")));
    }

    @Test
    void preferencesAreOwnAndValidated() throws Exception {
        String weekday = as(me, json(post("/api/me/preferences"), """
                {"kind": "AVOID_WEEKDAY", "weekday": "SATURDAY", "weight": 7}"""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("AVOID_WEEKDAY"))
            .andExpect(jsonPath("$.weekday").value("SATURDAY"))
            .andExpect(jsonPath("$.weight").value(7))
            .andReturn()
            .getResponse()
            .getContentAsString();
        as(me, json(post("/api/me/preferences"), """
                {"kind": "PREFER_HUB", "hubId": %d, "weight": 3}""".formatted(hub.getId())))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.hubName").value(hub.getName()));
        as(me, json(post("/api/me/preferences"), """
                {"kind": "AVOID_WEEKDAY", "hubId": %d, "weight": 11}""".formatted(hub.getId())))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("weight")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("targetConsistent")));
        as(me, json(post("/api/me/preferences"), """
                {"kind": "AVOID_DATE", "date": "2020-01-01", "weight": 2}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("date")));

        as(me, get("/api/me/preferences")).andExpect(jsonPath("$", hasSize(2)));
        as(colleague, get("/api/me/preferences")).andExpect(jsonPath("$", hasSize(0)));
        long id = ((Number) JsonPath.read(weekday, "$.id")).longValue();
        as(colleague, delete("/api/me/preferences/" + id)).andExpect(status().isNotFound());
        as(me, delete("/api/me/preferences/" + id)).andExpect(status().isNoContent());
        as(me, get("/api/me/preferences")).andExpect(jsonPath("$", hasSize(1)));
    }

    private ResultActions as(Clinician clinician, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(clinician.getUser().getUsername()).roles("CLINICIAN")).with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

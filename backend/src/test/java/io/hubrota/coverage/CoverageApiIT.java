package io.hubrota.coverage;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityKind;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.OpeningHours;
import io.hubrota.practices.Practice;
import io.hubrota.rota.Rota;
import io.hubrota.rota.Shift;
import io.hubrota.shared.Role;
import io.hubrota.testdata.RotaTestData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Coverage and access figures on a hand-made week (1–7 March 2027, no clock change, no bank holiday): a published
 * rota at one hub, with a draft edit made after publishing that must not count, and a never-published rota at
 * another hub.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoverageApiIT {

    static final LocalDate MONDAY = LocalDate.parse("2027-03-01");

    static final LocalDate SATURDAY = LocalDate.parse("2027-03-06");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RotaTestData data;

    Hub published;

    Hub draft;

    Shift morning;

    Shift evening;

    Shift saturday;

    Clinician eveningGp;

    @BeforeEach
    void persistTwoRotas() {
        data = new RotaTestData(context);
        Practice practice = data.practice();
        published = data.hub("Hexham Hub", 12000, weekday(DayOfWeek.MONDAY), weekday(DayOfWeek.TUESDAY),
                weekday(DayOfWeek.WEDNESDAY), weekday(DayOfWeek.THURSDAY), weekday(DayOfWeek.FRIDAY),
                RotaTestData.open(DayOfWeek.SATURDAY, "09:00", "17:00"));
        draft = data.hub("Blyth Hub", 3000, RotaTestData.open(DayOfWeek.SATURDAY, "09:00", "17:00"));
        Clinician gpOne = data.clinician(practice, Role.GP, 2250, false);
        Clinician gpTwo = data.clinician(practice, Role.GP, 2250, false);
        Clinician gpThree = data.clinician(practice, Role.GP, 2250, false);
        Clinician nursePractitioner = data.clinician(practice, Role.ADVANCED_NURSE_PRACTITIONER, 2250, false);
        Clinician nurse = data.clinician(practice, Role.PRACTICE_NURSE, 2250, false);

        Rota week = data.rota(MONDAY, MONDAY.plusDays(6), published);
        morning = data.shift(week, published, MONDAY, "08:00", "13:00", Role.GP, 1, 2, Role.PRACTICE_NURSE, 1, 1);
        evening = data.shift(week, published, MONDAY, "18:30", "20:00", Role.GP, 1, 1,
                Role.ADVANCED_NURSE_PRACTITIONER, 1, 1);
        data.assign(morning, Role.GP, gpOne);
        data.assign(evening, Role.GP, gpTwo);
        eveningGp = gpTwo;
        data.assign(evening, Role.ADVANCED_NURSE_PRACTITIONER, nursePractitioner);
        data.publish(week, Instant.parse("2027-02-20T10:00:00Z"));
        // Drafted after publishing: counts only once republished.
        data.assign(morning, Role.PRACTICE_NURSE, nurse);

        Rota drafted = data.rota(SATURDAY, SATURDAY, draft);
        saturday = data.shift(drafted, draft, SATURDAY, "09:00", "17:00", Role.GP, 2, 2);
        data.assign(saturday, Role.GP, gpThree);
    }

    @Test
    void hourlyRequiredAgainstStaffedFromTheLatestPublishedVersion() throws Exception {
        ops(get("/api/coverage?from=2027-03-01&to=2027-03-07&hubId=" + published.getId()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hubs", hasSize(1)))
            .andExpect(jsonPath("$.hubs[0].hubName").value(published.getName()))
            .andExpect(jsonPath("$.hubs[0].days", hasSize(1)))
            .andExpect(jsonPath("$.hubs[0].days[0].date").value("2027-03-01"))
            .andExpect(jsonPath("$.hubs[0].days[0].source").value("PUBLISHED"))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[*].hour", contains(8, 9, 10, 11, 12, 18, 19)))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].required").value(2))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].desired").value(3))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].staffed").value(1))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[0].role").value("GP"))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[0].required").value(1))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[0].desired").value(2))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[0].staffed").value(1))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[1].role").value("PRACTICE_NURSE"))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[1].staffed").value(0))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[5].required").value(2))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[5].staffed").value(2))
            .andExpect(jsonPath("$.gaps", hasSize(1)))
            .andExpect(jsonPath("$.gaps[0].shiftId").value(morning.getId()))
            .andExpect(jsonPath("$.gaps[0].start").value("2027-03-01T08:00:00"))
            .andExpect(jsonPath("$.gaps[0].end").value("2027-03-01T13:00:00"))
            .andExpect(jsonPath("$.gaps[0].role").value("PRACTICE_NURSE"))
            .andExpect(jsonPath("$.gaps[0].missing").value(1))
            .andExpect(jsonPath("$.gaps[0].source").value("PUBLISHED"));
    }

    /** Marked absent after publishing: still named in the published version, but no longer staffing the shift. */
    @Test
    void aPublishedClinicianWhoIsNowUnavailableLeavesAGap() throws Exception {
        context.getBean(UnavailabilityRepository.class)
            .save(new Unavailability(eveningGp, Instant.parse("2027-03-01T17:00:00Z"),
                    Instant.parse("2027-03-01T19:00:00Z"), UnavailabilityKind.SICKNESS, "Off sick"));
        ops(get("/api/coverage?from=2027-03-01&to=2027-03-07&hubId=" + published.getId()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hubs[0].days[0].hours[5].hour").value(18))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[5].staffed").value(1))
            .andExpect(jsonPath("$.gaps", hasSize(2)))
            .andExpect(jsonPath("$.gaps[1].shiftId").value(evening.getId()))
            .andExpect(jsonPath("$.gaps[1].role").value("GP"))
            .andExpect(jsonPath("$.gaps[1].staffed").value(0))
            .andExpect(jsonPath("$.gaps[1].missing").value(1))
            .andExpect(jsonPath("$.gaps[1].source").value("PUBLISHED"));
        // The morning GP has no leave, so the morning shift keeps its GP.
        ops(get("/api/coverage?from=2027-03-01&to=2027-03-01&hubId=" + published.getId()))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].roles[0].staffed").value(1));
    }

    @Test
    void aNeverPublishedRotaCountsItsDraft() throws Exception {
        ops(get("/api/coverage?from=2027-03-01&to=2027-03-07&hubId=" + draft.getId()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hubs[0].days[0].source").value("DRAFT"))
            .andExpect(jsonPath("$.hubs[0].days[0].hours", hasSize(8)))
            .andExpect(jsonPath("$.hubs[0].days[0].hours[0].staffed").value(1))
            .andExpect(jsonPath("$.gaps", hasSize(1)))
            .andExpect(jsonPath("$.gaps[0].role").value("GP"))
            .andExpect(jsonPath("$.gaps[0].required").value(2))
            .andExpect(jsonPath("$.gaps[0].missing").value(1))
            .andExpect(jsonPath("$.gaps[0].source").value("DRAFT"));
    }

    /**
     * Hexham: open 4,080 minutes; GPs on site 300 + 90; staffed 300 + 2 × 90 = 480 minutes for 12,000 people.
     * Blyth: open 480 minutes, all with a GP; 480 staffed minutes for 3,000. Enhanced Access hours: 5 × 90 + 480.
     */
    @Test
    void accessFiguresPerHubAndOverall() throws Exception {
        ops(get("/api/coverage/access?from=2027-03-01&to=2027-03-07&hubId=" + published.getId() + "&hubId="
                + draft.getId()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.days").value(7))
            .andExpect(jsonPath("$.weeks").value(1.0))
            .andExpect(jsonPath("$.standardMinutesPer1000PerWeek").value(60))
            .andExpect(jsonPath("$.hubs[*].hubName", contains(draft.getName(), published.getName())))
            .andExpect(jsonPath("$.hubs[1].openingHours.windowMinutes").value(4080))
            .andExpect(jsonPath("$.hubs[1].openingHours.gpOnSiteMinutes").value(390))
            .andExpect(jsonPath("$.hubs[1].openingHours.gpOnSiteShare").value(0.0956))
            .andExpect(jsonPath("$.hubs[1].openingHours.staffedMinutes").value(480))
            .andExpect(jsonPath("$.hubs[1].openingHours.minutesPer1000PerWeek").value(40.0))
            .andExpect(jsonPath("$.hubs[1].openingHours.meetsStandard").value(false))
            .andExpect(jsonPath("$.hubs[1].enhancedAccessHours.windowMinutes").value(930))
            .andExpect(jsonPath("$.hubs[1].enhancedAccessHours.gpOnSiteMinutes").value(90))
            .andExpect(jsonPath("$.hubs[1].enhancedAccessHours.gpOnSiteShare").value(0.0968))
            .andExpect(jsonPath("$.hubs[1].enhancedAccessHours.staffedMinutes").value(180))
            .andExpect(jsonPath("$.hubs[1].enhancedAccessHours.minutesPer1000PerWeek").value(15.0))
            .andExpect(jsonPath("$.hubs[0].openingHours.gpOnSiteShare").value(1.0))
            .andExpect(jsonPath("$.hubs[0].openingHours.minutesPer1000PerWeek").value(160.0))
            .andExpect(jsonPath("$.hubs[0].openingHours.meetsStandard").value(true))
            .andExpect(jsonPath("$.hubs[0].enhancedAccessHours.gpOnSiteShare").value(0.5161))
            .andExpect(jsonPath("$.overall.population").value(15000))
            .andExpect(jsonPath("$.overall.openingHours.windowMinutes").value(4560))
            .andExpect(jsonPath("$.overall.openingHours.gpOnSiteMinutes").value(870))
            .andExpect(jsonPath("$.overall.openingHours.gpOnSiteShare").value(0.1908))
            .andExpect(jsonPath("$.overall.openingHours.minutesPer1000PerWeek").value(64.0))
            .andExpect(jsonPath("$.overall.openingHours.meetsStandard").value(true))
            .andExpect(jsonPath("$.overall.enhancedAccessHours.windowMinutes").value(930))
            .andExpect(jsonPath("$.overall.enhancedAccessHours.gpOnSiteMinutes").value(570))
            .andExpect(jsonPath("$.overall.enhancedAccessHours.gpOnSiteShare").value(0.6129))
            .andExpect(jsonPath("$.overall.enhancedAccessHours.minutesPer1000PerWeek").value(44.0))
            .andExpect(jsonPath("$.overall.enhancedAccessHours.meetsStandard").value(false));
    }

    @Test
    void aHubManagerSeesOnlyTheHubsTheyManage() throws Exception {
        String manager = data.hubManager(published);
        mvc.perform(get("/api/coverage?from=2027-03-01&to=2027-03-07").with(user(manager).roles("HUB_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hubs[*].hubId", contains(published.getId().intValue())))
            .andExpect(jsonPath("$.gaps[*].hubId", contains(published.getId().intValue())));
        mvc.perform(get("/api/coverage?from=2027-03-01&to=2027-03-07&hubId=" + draft.getId())
            .with(user(manager).roles("HUB_MANAGER"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/coverage/access?from=2027-03-01&to=2027-03-07").with(user(manager).roles("HUB_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hubs[*].hubId", contains(published.getId().intValue())));
    }

    @Test
    void invalidPeriodAndUnknownHub() throws Exception {
        ops(get("/api/coverage?from=2027-03-07&to=2027-03-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("ordered")));
        ops(get("/api/coverage/access?from=2027-03-01&to=2029-03-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("shortEnough")));
        ops(get("/api/coverage?from=2027-03-01&to=2027-03-07&hubId=" + Long.MAX_VALUE))
            .andExpect(status().isNotFound());
    }

    private static OpeningHours weekday(DayOfWeek day) {
        return RotaTestData.open(day, "08:00", "20:00");
    }

    private ResultActions ops(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("ops-lead").roles("OPS_LEAD")));
    }
}

package io.hubrota.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.clinicians.PreferenceKind;
import io.hubrota.clinicians.PreferenceRepository;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.database.DatabaseTest;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRepository;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.security.UserRole;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

@DatabaseTest
@Import(DemoDataLoader.class)
class DemoDataLoaderTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    @Autowired
    private DemoDataLoader loader;

    @Autowired
    private PracticeRepository practices;

    @Autowired
    private HubRepository hubs;

    @Autowired
    private ClinicianRepository clinicians;

    @Autowired
    private PracticeCommitmentRepository commitments;

    @Autowired
    private UnavailabilityRepository unavailabilities;

    @Autowired
    private PreferenceRepository preferences;

    @Autowired
    private ShiftTemplateRepository templates;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private TestEntityManager entityManager;

    @Test
    void loadsTheWholeEconomy() {
        DemoDataLoader.Loaded loaded = loader.load(smallEconomy());
        entityManager.clear();

        assertThat(loaded.practices()).isEqualTo(2);
        assertThat(loaded.clinicianLogins()).containsExactly("dr.ada");
        assertThat(practices.findByCode("DEMO-P1")).get().extracting(p -> p.getListSize()).isEqualTo(12_000);

        Hub hub = hubs.findByCode("DEMO-H1").orElseThrow();
        assertThat(hub.getRooms()).isEqualTo(3);
        assertThat(hub.openingHoursOn(DayOfWeek.SATURDAY)).get()
            .satisfies(hours -> assertThat(hours.opens()).isEqualTo(LocalTime.of(9, 0)));

        Clinician ada = clinicians.findByCode("DEMO-C1").orElseThrow();
        assertThat(ada.getSkills()).containsExactlyInAnyOrder("paediatrics", "prescribing");
        assertThat(ada.getPractice().getCode()).isEqualTo("DEMO-P1");
        assertThat(ada.getUser().getUsername()).isEqualTo("dr.ada");
        assertThat(commitments.findByClinicianOrderByWeekdayAscStartAsc(ada)).hasSize(2);
        assertThat(preferences.findByClinician(ada)).extracting(p -> p.getKind())
            .containsExactlyInAnyOrder(PreferenceKind.AVOID_WEEKDAY, PreferenceKind.PREFER_HUB);
        assertThat(clinicians.findByCode("DEMO-C2").orElseThrow().getUser()).isNull();

        assertThat(templates.findByHubOrderByWeekdayAscStartAsc(hub)).singleElement().satisfies(template -> {
            assertThat(template.getWeekday()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(template.getRequirements()).hasSize(2);
            assertThat(template.getRequirements().get(1).getSkills()).containsExactly("minor injuries");
        });
    }

    @Test
    void leaveRunsFromLocalMidnightToLocalMidnight() {
        loader.load(smallEconomy());
        entityManager.clear();

        Unavailability leave = unavailabilities
            .findByClinicianOrderByStart(clinicians.findByCode("DEMO-C1").orElseThrow())
            .get(0);

        // Saturday 28 and Sunday 29 March 2026; the clocks go forward on the Sunday, so 47 real hours.
        assertThat(leave.getStart()).isEqualTo(Instant.parse("2026-03-28T00:00:00Z"));
        assertThat(leave.getEnd()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        assertThat(Duration.between(leave.getStart(), leave.getEnd())).isEqualTo(Duration.ofHours(47));
        assertThat(leave.getReason()).isEqualTo("Annual leave");
    }

    @Test
    void createsDemoLoginsWithTheDemoPassword() {
        loader.load(smallEconomy());
        entityManager.clear();

        UserAccount admin = users.findByUsername("admin").orElseThrow();
        UserAccount manager = users.findByUsername("manager").orElseThrow();
        UserAccount ops = users.findByUsername("ops").orElseThrow();
        UserAccount ada = users.findByUsername("dr.ada").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(UserRole.ADMIN);
        assertThat(manager.getRoles()).containsExactly(UserRole.HUB_MANAGER);
        assertThat(manager.getHubs()).extracting(Hub::getCode).containsExactly("DEMO-H1");
        assertThat(ops.getRoles()).containsExactly(UserRole.OPS_LEAD);
        assertThat(ada.getRoles()).containsExactly(UserRole.CLINICIAN);
        assertThat(ada.getDisplayName()).isEqualTo("Dr Ada Lovelace");
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(List.of(admin, manager, ops, ada)).allSatisfy(user -> {
            assertThat(user.getPasswordHash()).startsWith("{bcrypt}");
            assertThat(encoder.matches("demo-password-2026", user.getPasswordHash())).isTrue();
        });
    }

    @Test
    void rejectsAClinicianAtAnUnknownPractice() {
        DemoEconomy economy = smallEconomy();
        List<DemoEconomy.Clinician> clinicianList = new ArrayList<>(economy.clinicians());
        clinicianList.add(new DemoEconomy.Clinician("DEMO-C9", "Nobody", Role.GP, Set.of(), "DEMO-P404", 1800, 30,
                List.of(), List.of(), List.of(), null));
        DemoEconomy broken = new DemoEconomy(economy.size(), economy.seed(), economy.firstDate(), economy.weeks(),
                economy.practices(), economy.hubs(), clinicianList, economy.templates());

        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("DEMO-P404");
    }

    @Test
    void loadsAMediumSizedEconomy() {
        // The shape of the generator's M economy: 36 practices, 7 hubs, 300 clinicians with 5 commitments each.
        // (How long it takes is measured at start-up, not asserted here: speed belongs in benchmarks.)
        DemoDataLoader.Loaded loaded = loader.load(mediumEconomy());

        assertThat(loaded.clinicians()).isEqualTo(300);
        assertThat(loaded.commitments()).isEqualTo(1500);
        assertThat(commitments.count()).isGreaterThanOrEqualTo(1500);
    }

    private static DemoEconomy smallEconomy() {
        var practiceList = List.of(new DemoEconomy.Practice("DEMO-P1", "Riverside Surgery", "Blyth", 12_000, 55.13, -1.51),
                new DemoEconomy.Practice("DEMO-P2", "Hillside Practice", "Hexham", 8_000, 54.97, -2.10));
        var hubList = List.of(new DemoEconomy.Hub("DEMO-H1", "Blyth hub", "Blyth", 55.13, -1.51, 3, 60_000,
                List.of(new DemoEconomy.OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                        new DemoEconomy.OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)))));
        var ada = new DemoEconomy.Clinician("DEMO-C1", "Dr Ada Lovelace", Role.GP, Set.of("paediatrics", "prescribing"),
                "DEMO-P1", 30 * 60, 40,
                List.of(new DemoEconomy.Commitment(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new DemoEconomy.Commitment(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))),
                List.of(new DemoEconomy.Leave(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), "Annual leave")),
                List.of(new DemoEconomy.Preference("AVOID_WEEKDAY", DayOfWeek.SUNDAY, null, 5),
                        new DemoEconomy.Preference("PREFER_HUB", null, "DEMO-H1", 3)),
                "dr.ada");
        var nurse = new DemoEconomy.Clinician("DEMO-C2", "Nurse Grace Hopper", Role.ADVANCED_NURSE_PRACTITIONER,
                Set.of("minor injuries"), "DEMO-P2", 22 * 60 + 30, 30, List.of(), List.of(), List.of(), null);
        var templateList = List.of(new DemoEconomy.ShiftTemplate("DEMO-H1", DayOfWeek.SATURDAY, LocalTime.of(9, 0),
                LocalTime.of(13, 0), List.of(new DemoEconomy.Requirement(Role.GP, Set.of(), 1, 2),
                        new DemoEconomy.Requirement(Role.ADVANCED_NURSE_PRACTITIONER, Set.of("minor injuries"), 1, 1))));
        return new DemoEconomy("TEST", 1, MONDAY, 2, practiceList, hubList, List.of(ada, nurse), templateList);
    }

    private static DemoEconomy mediumEconomy() {
        List<DemoEconomy.Practice> practiceList = new ArrayList<>();
        for (int p = 0; p < 36; p++) {
            practiceList.add(new DemoEconomy.Practice("M-P" + p, "Practice " + p, "Locality " + (p % 4), 9_000,
                    55 + p / 100.0, -1.6));
        }
        List<DemoEconomy.Hub> hubList = new ArrayList<>();
        List<DemoEconomy.ShiftTemplate> templateList = new ArrayList<>();
        for (int h = 0; h < 7; h++) {
            List<DemoEconomy.OpeningHours> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(new DemoEconomy.OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(22, 0)));
                templateList.add(new DemoEconomy.ShiftTemplate("M-H" + h, day, LocalTime.of(18, 0),
                        LocalTime.of(22, 0), List.of(new DemoEconomy.Requirement(Role.GP, Set.of(), 1, 2),
                                new DemoEconomy.Requirement(Role.PARAMEDIC, Set.of("minor injuries"), 0, 1))));
            }
            hubList.add(new DemoEconomy.Hub("M-H" + h, "Hub " + h, "Town " + h, 55.1, -1.6, 4, 45_000, hours));
        }
        List<DemoEconomy.Clinician> clinicianList = new ArrayList<>();
        Role[] roles = Role.values();
        for (int c = 0; c < 300; c++) {
            List<DemoEconomy.Commitment> sessions = new ArrayList<>();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                sessions.add(new DemoEconomy.Commitment(day, LocalTime.of(8, 30), LocalTime.of(12, 30)));
            }
            clinicianList.add(new DemoEconomy.Clinician("M-C" + c, "Clinician " + c, roles[c % roles.length],
                    Set.of("prescribing", "skill " + (c % 5)), "M-P" + (c % 36), 30 * 60, 45, sessions,
                    List.of(new DemoEconomy.Leave(MONDAY.plusDays(c % 14), MONDAY.plusDays(c % 14 + 2), "Leave")),
                    List.of(new DemoEconomy.Preference("AVOID_WEEKDAY", DayOfWeek.SUNDAY, null, 4),
                            new DemoEconomy.Preference("PREFER_HUB", null, "M-H" + (c % 7), 2)),
                    c % 10 == 0 ? "m.clinician" + c : null));
        }
        return new DemoEconomy("M", 17, MONDAY, 4, practiceList, hubList, clinicianList, templateList);
    }
}

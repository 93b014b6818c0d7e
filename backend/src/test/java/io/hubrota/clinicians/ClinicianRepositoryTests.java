package io.hubrota.clinicians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hubrota.database.DatabaseTest;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.security.UserRole;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@DatabaseTest
class ClinicianRepositoryTests {

    @Autowired
    private ClinicianRepository clinicians;

    @Autowired
    private PracticeCommitmentRepository commitments;

    @Autowired
    private UnavailabilityRepository unavailabilities;

    @Autowired
    private PreferenceRepository preferences;

    @Autowired
    private PracticeRepository practices;

    @Autowired
    private HubRepository hubs;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    private Practice practice;

    @BeforeEach
    void setUp() {
        practice = practices.save(new Practice("T-A84001", "Bondgate Practice", "North", 9_000, 55.41, -1.70));
    }

    @Test
    void keepsSkillsPracticeAndLogin() {
        UserAccount login = users.save(new UserAccount("t-gp", "{noop}x", "Dr Test", Set.of(UserRole.CLINICIAN)));
        Clinician gp = new Clinician("T-C001", "Dr Ada Test", Role.GP, practice, 30 * 60, 40);
        gp.getSkills().addAll(Set.of("paediatrics", "minor injuries"));
        gp.setUser(login);
        clinicians.saveAndFlush(gp);
        entityManager.clear();

        Clinician found = clinicians.findByCode("T-C001").orElseThrow();

        assertThat(found.getRole()).isEqualTo(Role.GP);
        assertThat(found.getSkills()).containsExactlyInAnyOrder("paediatrics", "minor injuries");
        assertThat(found.hasSkills(Set.of("paediatrics"))).isTrue();
        assertThat(found.hasSkills(Set.of("prescribing"))).isFalse();
        assertThat(found.getPractice().getCode()).isEqualTo("T-A84001");
        assertThat(found.getBaselineWeeklyMinutes()).isEqualTo(1800);
        assertThat(found.isActive()).isTrue();
        assertThat(clinicians.findByUser(users.findByUsername("t-gp").orElseThrow())).get()
            .extracting(Clinician::getCode)
            .isEqualTo("T-C001");
        // The role is stored by name, so the column reads as the domain does.
        assertThat(jdbc.queryForObject("select role from clinicians where code = 'T-C001'", String.class))
            .isEqualTo("GP");
    }

    @Test
    void keepsPracticeCommitmentsInWeekOrder() {
        Clinician nurse = clinicians.save(new Clinician("T-C002", "Nurse Test", Role.PRACTICE_NURSE, practice, 1200, 30));
        PracticeCommitment thursday = new PracticeCommitment(nurse, DayOfWeek.THURSDAY, LocalTime.of(8, 30),
                LocalTime.of(12, 30));
        thursday.setValidFrom(LocalDate.of(2026, 1, 5));
        thursday.setValidTo(LocalDate.of(2026, 12, 31));
        commitments.saveAll(List.of(thursday,
                new PracticeCommitment(nurse, DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
                new PracticeCommitment(nurse, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
        commitments.flush();
        entityManager.clear();

        List<PracticeCommitment> found = commitments.findByClinicianOrderByWeekdayAscStartAsc(nurse);

        assertThat(found).extracting(PracticeCommitment::getWeekday, PracticeCommitment::getStart)
            .containsExactly(tuple(DayOfWeek.MONDAY, LocalTime.of(8, 0)),
                    tuple(DayOfWeek.MONDAY, LocalTime.of(13, 0)),
                    tuple(DayOfWeek.THURSDAY, LocalTime.of(8, 30)));
        PracticeCommitment stored = found.get(2);
        assertThat(stored.duration().toMinutes()).isEqualTo(240);
        assertThat(stored.appliesOn(LocalDate.of(2026, 6, 4))).isTrue();
        assertThat(stored.appliesOn(LocalDate.of(2027, 1, 7))).isFalse();
    }

    @Test
    void findsUnavailabilityOverlappingAPeriod() {
        Clinician gp = clinicians.save(new Clinician("T-C003", "Dr Leave", Role.GP, practice, 1800, 40));
        // Across the spring clock change: 29 March 2026 in London is 23 hours long.
        Instant leaveStart = Instant.parse("2026-03-28T00:00:00Z");
        Instant leaveEnd = Instant.parse("2026-03-29T23:00:00Z");
        unavailabilities.save(new Unavailability(gp, leaveStart, leaveEnd, UnavailabilityKind.LEAVE, "Holiday"));
        unavailabilities.saveAndFlush(new Unavailability(gp, Instant.parse("2026-04-10T12:00:00Z"),
                Instant.parse("2026-04-10T17:00:00Z"), UnavailabilityKind.TRAINING, null));
        entityManager.clear();

        List<Unavailability> overlapping = unavailabilities.findByStartBeforeAndEndAfter(
                Instant.parse("2026-03-30T00:00:00Z"), Instant.parse("2026-03-29T22:00:00Z"));

        assertThat(overlapping).singleElement().satisfies(leave -> {
            assertThat(leave.getStart()).isEqualTo(leaveStart);
            assertThat(leave.getEnd()).isEqualTo(leaveEnd);
            assertThat(leave.getKind()).isEqualTo(UnavailabilityKind.LEAVE);
            assertThat(leave.getReason()).isEqualTo("Holiday");
        });
        assertThat(unavailabilities.findByStartBeforeAndEndAfter(Instant.parse("2026-03-30T00:00:00Z"),
                Instant.parse("2026-03-29T23:00:00Z"))).isEmpty();
        assertThat(unavailabilities.findByClinicianOrderByStart(gp)).hasSize(2);
    }

    @Test
    void keepsPreferencesForWeekdaysDatesAndHubs() {
        Hub hub = hubs.save(new Hub("T-BLY", "Blyth hub", "Blyth", 55.13, -1.51, 4, 60_000));
        Clinician gp = clinicians.save(new Clinician("T-C004", "Dr Prefers", Role.GP, practice, 1800, 40));
        preferences.saveAll(List.of(Preference.forWeekday(gp, false, DayOfWeek.SATURDAY, 5),
                Preference.forDate(gp, false, LocalDate.of(2026, 12, 24), 9), Preference.forHub(gp, true, hub, 3)));
        preferences.flush();
        entityManager.clear();

        assertThat(preferences.findByClinician(gp)).extracting(Preference::getKind)
            .containsExactlyInAnyOrder(PreferenceKind.AVOID_WEEKDAY, PreferenceKind.AVOID_DATE,
                    PreferenceKind.PREFER_HUB);
    }

    @Test
    void theSchemaRejectsAPreferenceWithoutItsTarget() {
        Clinician gp = clinicians.saveAndFlush(new Clinician("T-C005", "Dr Vague", Role.GP, practice, 1800, 40));

        assertThatThrownBy(() -> jdbc.update("""
                insert into preferences (id, version, clinician_id, kind, weight)
                values (nextval('preferences_seq'), 0, ?, 'PREFER_HUB', 5)""", gp.getId()))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSchemaRejectsUnavailabilityEndingBeforeItStarts() {
        Clinician gp = clinicians.saveAndFlush(new Clinician("T-C006", "Dr Backwards", Role.GP, practice, 1800, 40));

        assertThatThrownBy(() -> jdbc.update("""
                insert into unavailabilities (id, version, clinician_id, start_at, end_at, kind)
                values (nextval('unavailabilities_seq'), 0, ?, '2026-05-02T00:00Z', '2026-05-01T00:00Z', 'LEAVE')""",
                gp.getId()))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSaveBasedOnAStaleReadFails() {
        Long id = clinicians.saveAndFlush(new Clinician("T-C007", "Dr Lock", Role.GP, practice, 1800, 40)).getId();
        entityManager.clear();
        Clinician staleCopy = clinicians.findById(id).orElseThrow();
        entityManager.clear();
        Clinician current = clinicians.findById(id).orElseThrow();
        current.setBaselineWeeklyMinutes(1500);
        clinicians.saveAndFlush(current);
        entityManager.clear();

        staleCopy.setBaselineWeeklyMinutes(2400);
        assertThatThrownBy(() -> clinicians.saveAndFlush(staleCopy))
            .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}

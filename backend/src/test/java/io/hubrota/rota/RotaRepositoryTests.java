package io.hubrota.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.database.DatabaseTest;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.security.UserRole;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
class RotaRepositoryTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    private RotaRepository rotas;

    @Autowired
    private ShiftRepository shifts;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private HubRepository hubs;

    @Autowired
    private ShiftTemplateRepository templates;

    @Autowired
    private PracticeRepository practices;

    @Autowired
    private ClinicianRepository clinicians;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    private Hub blyth;

    private Hub hexham;

    private UserAccount manager;

    @BeforeEach
    void setUp() {
        blyth = hubs.save(new Hub("T-BLY", "Blyth hub", "Blyth", 55.13, -1.51, 4, 60_000));
        hexham = hubs.save(new Hub("T-HEX", "Hexham hub", "Hexham", 54.97, -2.10, 3, 40_000));
        manager = users.save(new UserAccount("t-manager", "{noop}x", "Manager", Set.of(UserRole.HUB_MANAGER)));
    }

    @Test
    void keepsARotaWithItsHubs() {
        Rota rota = new Rota("Week 44", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 1), Set.of(blyth, hexham),
                manager, Instant.parse("2026-10-01T09:00:00Z"));
        Long id = rotas.saveAndFlush(rota).getId();
        entityManager.clear();

        Rota found = rotas.findWithHubsById(id).orElseThrow();

        assertThat(found.getStatus()).isEqualTo(RotaStatus.DRAFT);
        assertThat(found.getPublishedVersion()).isZero();
        assertThat(found.getHubs()).extracting(Hub::getCode).containsExactlyInAnyOrder("T-BLY", "T-HEX");
        assertThat(found.getCreatedBy().getUsername()).isEqualTo("t-manager");
        assertThat(found.getCreatedAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
        assertThat(found.covers(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(rotas.findByFirstDateLessThanEqualAndLastDateGreaterThanEqualOrderByFirstDate(
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 28))).extracting(Rota::getId).contains(id);
    }

    @Test
    void publishingNumbersVersions() {
        Rota rota = rotas.saveAndFlush(new Rota("Week 45", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8),
                Set.of(blyth), manager, Instant.now()));

        assertThat(rota.markPublished()).isEqualTo(1);
        assertThat(rota.markPublished()).isEqualTo(2);
        rotas.saveAndFlush(rota);
        entityManager.clear();

        Rota found = rotas.findById(rota.getId()).orElseThrow();
        assertThat(found.getStatus()).isEqualTo(RotaStatus.PUBLISHED);
        assertThat(found.getPublishedVersion()).isEqualTo(2);
    }

    @Test
    void aShiftCopiesItsTemplateAndKeepsRealHoursAcrossAClockChange() {
        // 25 October 2026: clocks in London go back at 02:00, so 00:00–04:00 local is five real hours.
        ShiftTemplate overnight = new ShiftTemplate(blyth, DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(4, 0));
        overnight.addRequirement(Role.GP, Set.of(), 1, 1);
        overnight.addRequirement(Role.PARAMEDIC, Set.of("minor injuries"), 0, 1);
        templates.save(overnight);
        Rota rota = rotas.save(new Rota("Clock change", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 25),
                Set.of(blyth), manager, Instant.now()));
        Long id = shifts.saveAndFlush(Shift.fromTemplate(rota, overnight, LocalDate.of(2026, 10, 25), LONDON))
            .getId();
        entityManager.clear();

        Shift found = shifts.findByRotaOrderByStartAsc(rota).get(0);

        assertThat(found.getId()).isEqualTo(id);
        assertThat(found.getStartLocal()).isEqualTo(LocalDateTime.of(2026, 10, 25, 0, 0));
        assertThat(found.getEndLocal()).isEqualTo(LocalDateTime.of(2026, 10, 25, 4, 0));
        assertThat(found.getStart()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(found.getEnd()).isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
        assertThat(found.duration()).isEqualTo(Duration.ofHours(5));
        assertThat(found.getTemplate().getId()).isEqualTo(overnight.getId());
        assertThat(found.getRequirements()).extracting(ShiftRequirement::getRole)
            .containsExactly(Role.GP, Role.PARAMEDIC);
        assertThat(found.getRequirements().get(1).getSkills()).containsExactly("minor injuries");
    }

    @Test
    void aSessionEndingAtOrBeforeItsStartRunsPastMidnight() {
        Rota rota = rotas.save(new Rota("Nights", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29),
                Set.of(blyth), manager, Instant.now()));
        // 29 March 2026: clocks go forward at 01:00, so 22:00 Saturday to 06:00 Sunday is seven real hours.
        Shift night = shifts.saveAndFlush(
                new Shift(rota, blyth, LocalDate.of(2026, 3, 28), LocalTime.of(22, 0), LocalTime.of(6, 0), LONDON));

        assertThat(night.getEndLocal()).isEqualTo(LocalDateTime.of(2026, 3, 29, 6, 0));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void keepsAssignmentsToRequirementLines() {
        Practice practice = practices.save(new Practice("T-P1", "Practice", "North", 5_000, 55.1, -1.5));
        Clinician gp = clinicians.save(new Clinician("T-C1", "Dr One", Role.GP, practice, 1800, 45));
        Rota rota = rotas.save(new Rota("Week", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7), Set.of(blyth),
                manager, Instant.now()));
        Shift shift = new Shift(rota, blyth, LocalDate.of(2026, 6, 6), LocalTime.of(9, 0), LocalTime.of(13, 0),
                LONDON);
        ShiftRequirement gpLine = shift.addRequirement(Role.GP, Set.of(), 1, 2);
        shifts.save(shift);
        assignments.saveAndFlush(new Assignment(gpLine, gp, AssignmentSource.MANUAL));
        entityManager.clear();

        List<Assignment> found = assignments.findByRota(rota);

        assertThat(found).singleElement().satisfies(assignment -> {
            assertThat(assignment.getClinician().getCode()).isEqualTo("T-C1");
            assertThat(assignment.getShift().getId()).isEqualTo(shift.getId());
            assertThat(assignment.getRequirement().getId()).isEqualTo(gpLine.getId());
            assertThat(assignment.getSource()).isEqualTo(AssignmentSource.MANUAL);
            assertThat(assignment.isPinned()).isTrue();
        });
    }

    @Test
    void aClinicianIsAssignedToAShiftOnlyOnce() {
        Practice practice = practices.save(new Practice("T-P1", "Practice", "North", 5_000, 55.1, -1.5));
        Clinician gp = clinicians.save(new Clinician("T-C1", "Dr One", Role.GP, practice, 1800, 45));
        Rota rota = rotas.save(new Rota("Week", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7), Set.of(blyth),
                manager, Instant.now()));
        Shift shift = new Shift(rota, blyth, LocalDate.of(2026, 6, 6), LocalTime.of(9, 0), LocalTime.of(13, 0),
                LONDON);
        ShiftRequirement gpLine = shift.addRequirement(Role.GP, Set.of(), 1, 2);
        shifts.save(shift);
        assignments.saveAndFlush(new Assignment(gpLine, gp, AssignmentSource.SOLVER));

        assertThatThrownBy(() -> assignments.saveAndFlush(new Assignment(gpLine, gp, AssignmentSource.MANUAL)))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aShiftMustBeAtOneOfItsRotasHubs() {
        Rota rota = rotas.save(new Rota("Blyth only", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7),
                Set.of(blyth), manager, Instant.now()));

        shifts.saveAndFlush(new Shift(rota, hexham, LocalDate.of(2026, 6, 2), LocalTime.of(18, 0),
                LocalTime.of(21, 0), LONDON));

        // The check is deferred to commit; the test transaction rolls back, so ask for it now.
        assertThatThrownBy(() -> jdbc.execute("set constraints all immediate"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSaveBasedOnAStaleReadFails() {
        Long id = rotas.saveAndFlush(new Rota("Lock", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7),
                Set.of(blyth), manager, Instant.now())).getId();
        entityManager.clear();
        Rota staleCopy = rotas.findById(id).orElseThrow();
        entityManager.clear();
        Rota current = rotas.findById(id).orElseThrow();
        current.markPublished();
        rotas.saveAndFlush(current);
        entityManager.clear();

        staleCopy.setName("Renamed from a stale page");
        assertThatThrownBy(() -> rotas.saveAndFlush(staleCopy))
            .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}

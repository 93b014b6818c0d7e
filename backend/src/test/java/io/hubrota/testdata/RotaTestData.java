package io.hubrota.testdata;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.OpeningHours;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.publishing.PublishedAssignmentRepository;
import io.hubrota.publishing.RotaVersion;
import io.hubrota.publishing.RotaVersionRepository;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.AssignmentRepository;
import io.hubrota.rota.AssignmentSource;
import io.hubrota.rota.Rota;
import io.hubrota.rota.RotaRepository;
import io.hubrota.rota.Shift;
import io.hubrota.rota.ShiftRepository;
import io.hubrota.rota.ShiftRequirement;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.security.UserRole;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Persists small, realistic rotas for API tests, each write in its own transaction as the app would see it. Codes
 * and usernames carry a random run id because the database is shared with other tests.
 */
public final class RotaTestData {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();

    private int counter;

    private final TransactionTemplate tx;

    private final PracticeRepository practices;

    private final HubRepository hubs;

    private final UserAccountRepository users;

    private final ClinicianRepository clinicians;

    private final PracticeCommitmentRepository commitments;

    private final RotaRepository rotas;

    private final ShiftRepository shifts;

    private final AssignmentRepository assignments;

    private final RotaVersionRepository versions;

    private final PublishedAssignmentRepository published;

    public RotaTestData(ApplicationContext context) {
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.practices = context.getBean(PracticeRepository.class);
        this.hubs = context.getBean(HubRepository.class);
        this.users = context.getBean(UserAccountRepository.class);
        this.clinicians = context.getBean(ClinicianRepository.class);
        this.commitments = context.getBean(PracticeCommitmentRepository.class);
        this.rotas = context.getBean(RotaRepository.class);
        this.shifts = context.getBean(ShiftRepository.class);
        this.assignments = context.getBean(AssignmentRepository.class);
        this.versions = context.getBean(RotaVersionRepository.class);
        this.published = context.getBean(PublishedAssignmentRepository.class);
    }

    /** A code unique to this run, at most 20 characters. */
    public String unique(String prefix) {
        return prefix + run + (++counter);
    }

    public Practice practice() {
        return tx.execute(status -> practices.save(new Practice(unique("P"), "Bondgate Surgery " + run, "Alnwick",
                9000, 55.41, -1.70)));
    }

    public Hub hub(String name, int population, OpeningHours... openingHours) {
        return tx.execute(status -> {
            Hub hub = new Hub(unique("H"), name + " " + run, "Alnwick", 55.41, -1.70, 4, population);
            for (OpeningHours hours : openingHours) {
                hub.setOpeningHours(hours);
            }
            return hubs.save(hub);
        });
    }

    public static OpeningHours open(DayOfWeek day, String opens, String closes) {
        return new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    /** A clinician with a login of their own (username returned by {@link Clinician#getUser()}), or none. */
    public Clinician clinician(Practice practice, Role role, int baselineWeeklyMinutes, boolean withLogin) {
        return tx.execute(status -> {
            Clinician clinician = new Clinician(unique("C"), "Dr Test " + unique(""), role, practice,
                    baselineWeeklyMinutes, 60);
            if (withLogin) {
                UserAccount login = users.save(new UserAccount(unique("user").toLowerCase(), "{noop}secret",
                        clinician.getName(), Set.of(UserRole.CLINICIAN)));
                clinician.setUser(login);
            }
            return clinicians.save(clinician);
        });
    }

    public String loginWithoutClinician() {
        return tx.execute(status -> users.save(new UserAccount(unique("ops").toLowerCase(), "{noop}secret",
                "Operations Lead", Set.of(UserRole.OPS_LEAD))).getUsername());
    }

    /** A hub manager's login, managing the given hubs. */
    public String hubManager(Hub... managed) {
        return tx.execute(status -> {
            UserAccount manager = new UserAccount(unique("mgr").toLowerCase(), "{noop}secret", "Hub Manager",
                    Set.of(UserRole.HUB_MANAGER));
            manager.getHubs().addAll(Set.of(managed));
            return users.save(manager).getUsername();
        });
    }

    public PracticeCommitment commitment(Clinician clinician, DayOfWeek day, String start, String end) {
        return tx.execute(status -> commitments.save(new PracticeCommitment(clinician, day, LocalTime.parse(start),
                LocalTime.parse(end))));
    }

    public Rota rota(LocalDate first, LocalDate last, Hub... rotaHubs) {
        return tx.execute(status -> rotas.save(new Rota("Rota " + unique("R"), first, last, Set.of(rotaHubs), null,
                Instant.parse("2026-01-05T09:00:00Z"))));
    }

    /** A shift with one requirement line per role given: {@code lines} are (role, min, desired) triples. */
    public Shift shift(Rota rota, Hub hub, LocalDate date, String start, String end, Object... lines) {
        return tx.execute(status -> {
            Shift shift = new Shift(rota, hub, date, LocalTime.parse(start), LocalTime.parse(end), LONDON);
            for (int i = 0; i < lines.length; i += 3) {
                shift.addRequirement((Role) lines[i], Set.of(), (Integer) lines[i + 1], (Integer) lines[i + 2]);
            }
            return shifts.save(shift);
        });
    }

    public static ShiftRequirement line(Shift shift, Role role) {
        return shift.getRequirements()
            .stream()
            .filter(line -> line.getRole() == role)
            .findFirst()
            .orElseThrow();
    }

    public Assignment assign(Shift shift, Role lineRole, Clinician clinician) {
        return tx.execute(status -> assignments.save(new Assignment(line(shift, lineRole), clinician,
                AssignmentSource.SOLVER)));
    }

    public void unassign(Assignment assignment) {
        tx.executeWithoutResult(status -> assignments.deleteById(assignment.getId()));
    }

    /** Publishes the rota's current assignments as its next version. */
    public RotaVersion publish(Rota rota, Instant at) {
        return tx.execute(status -> {
            Rota managed = rotas.findById(rota.getId()).orElseThrow();
            int number = managed.markPublished();
            RotaVersion version = versions.save(new RotaVersion(managed, number, at, "manager", null));
            for (Assignment assignment : assignments.findByRota(managed)) {
                published.save(new PublishedAssignment(version, assignment.getShift(), assignment.getClinician(),
                        assignment.getRequirement()));
            }
            return version;
        });
    }
}

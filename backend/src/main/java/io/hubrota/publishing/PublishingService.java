package io.hubrota.publishing;

import io.hubrota.audit.AuditLog;
import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.notifications.Notifications;
import io.hubrota.publishing.PublishingDtos.PublishPreviewResponse;
import io.hubrota.publishing.PublishingDtos.PublishRequest;
import io.hubrota.publishing.PublishingDtos.PublishResponse;
import io.hubrota.publishing.PublishingDtos.VersionResponse;
import io.hubrota.publishing.RotaDiff.ClinicianChange;
import io.hubrota.publishing.RotaDiff.ShiftRef;
import io.hubrota.publishing.RotaDiffer.Pair;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.AssignmentRepository;
import io.hubrota.rota.Rota;
import io.hubrota.rota.RotaAccess;
import io.hubrota.rota.RotaProblemFactory;
import io.hubrota.rota.RotaRepository;
import io.hubrota.rota.RotaSolveService;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.StaleVersionException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.solver.checker.CheckReport;
import io.hubrota.solver.checker.RotaChecker;
import io.hubrota.solver.problem.ProblemDocument;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a rota: the server re-checks every hard rule with the independent checker, then freezes the working copy
 * as version n+1 and tells every clinician whose shifts changed: in the app, and by e-mail after the publish has
 * committed when a mail server is configured (see docs/notifications.md).
 */
@Service
public class PublishingService {

    static final String ROTA_CHANGED = "ROTA_CHANGED";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final RotaRepository rotas;

    private final AssignmentRepository assignments;

    private final RotaVersionRepository versions;

    private final PublishedAssignmentRepository published;

    private final Notifications notifications;

    private final ClinicianRepository clinicians;

    private final RotaProblemFactory problems;

    private final RotaAccess access;

    private final RotaSolveService solving;

    private final RotaDiffer differ;

    private final AuditLog audit;

    PublishingService(RotaRepository rotas, AssignmentRepository assignments, RotaVersionRepository versions,
            PublishedAssignmentRepository published, Notifications notifications,
            ClinicianRepository clinicians, RotaProblemFactory problems, RotaAccess access, RotaSolveService solving,
            RotaDiffer differ, AuditLog audit) {
        this.audit = audit;
        this.rotas = rotas;
        this.assignments = assignments;
        this.versions = versions;
        this.published = published;
        this.notifications = notifications;
        this.clinicians = clinicians;
        this.problems = problems;
        this.access = access;
        this.solving = solving;
        this.differ = differ;
    }

    @Transactional
    public PublishResponse publish(long rotaId, PublishRequest request, Authentication user) {
        // Before reading the rota (see RotaSolveService#isSolving): otherwise a solve that ends meanwhile leaves us
        // with the rota as it was before its final save.
        boolean solvingNow = solving.isSolving(rotaId);
        Rota rota = rota(rotaId);
        access.requireManage(rota, user);
        if (solvingNow) {
            throw new ConflictException("The solver is working on this rota; stop it or wait for it to finish");
        }
        if (!rota.getVersion().equals(request.version())) {
            throw new StaleVersionException("The rota changed since you looked at it (version " + rota.getVersion()
                    + ", you sent " + request.version() + "). Review the changes and publish again.");
        }
        List<Assignment> working = assignments.findByRota(rota);
        CheckReport report = check(rota, working);
        if (!report.isValid()) {
            audit.record(user.getName(), "ROTA_PUBLISH_REFUSED", "rota/" + rotaId,
                    report.violations().size() + " hard rule violation(s)");
            throw new PublishRefusedException(report.violations());
        }
        int previousNumber = rota.getPublishedVersion();
        Set<Pair> before = latestPairs(rota);
        int number = rota.markPublished();
        RotaVersion version = versions.save(new RotaVersion(rota, number, Instant.now(), user.getName(),
                request.note()));
        published.saveAll(working.stream()
                .map(a -> new PublishedAssignment(version, a.getShift(), a.getClinician(), a.getRequirement()))
                .toList());
        RotaDiff diff = differ.diff(rota, previousNumber, number, before, pairs(working));
        notify(rota, number, diff);
        audit.record(user.getName(), "ROTA_PUBLISHED", "rota/" + rotaId,
                "version " + number + ", " + diff.changedClinicians() + " clinician(s) changed");
        return new PublishResponse(number, diff, diff.changedClinicians());
    }

    @Transactional(readOnly = true)
    public List<VersionResponse> versions(long rotaId, Authentication user) {
        Rota rota = rota(rotaId);
        access.requireSee(rota, user);
        return versions.findByRotaOrderByNumberDesc(rota).stream()
                .map(v -> new VersionResponse(v.getNumber(), v.getPublishedAt(), v.getPublishedBy(), v.getNote(),
                        published.findByRotaVersion(v).size()))
                .toList();
    }

    /** Version n against version n−1 (against nothing for the first version). */
    @Transactional(readOnly = true)
    public RotaDiff diff(long rotaId, int number, Authentication user) {
        Rota rota = rota(rotaId);
        access.requireSee(rota, user);
        RotaVersion version = versions.findByRotaAndNumber(rota, number)
                .orElseThrow(() -> new NotFoundException("Rota " + rotaId + " has no version " + number));
        Set<Pair> before = versions.findByRotaAndNumber(rota, number - 1).map(this::pairs).orElse(Set.of());
        return differ.diff(rota, number - 1, number, before, pairs(version));
    }

    /** What publishing now would change, and whether the checker lets it through. */
    @Transactional(readOnly = true)
    public PublishPreviewResponse preview(long rotaId, Authentication user) {
        Rota rota = rota(rotaId);
        access.requireSee(rota, user);
        List<Assignment> working = assignments.findByRota(rota);
        CheckReport report = check(rota, working);
        RotaDiff diff = differ.diff(rota, rota.getPublishedVersion(), null, latestPairs(rota), pairs(working));
        return new PublishPreviewResponse(report.isValid(), report.violations(), diff);
    }

    private CheckReport check(Rota rota, List<Assignment> working) {
        ProblemDocument problem = problems.problemFor(rota);
        return RotaChecker.check(problem, working.stream()
                .map(a -> new ProblemDocument.Assignment(RotaProblemFactory.id(a.getClinician().getId()),
                        RotaProblemFactory.id(a.getShift().getId())))
                .toList());
    }

    private void notify(Rota rota, int number, RotaDiff diff) {
        Instant now = Instant.now();
        List<Long> ids = diff.changes().stream().map(ClinicianChange::clinicianId).toList();
        var byId = clinicians.findAllById(ids).stream().collect(Collectors.toMap(Clinician::getId, c -> c));
        for (ClinicianChange change : diff.changes()) {
            String title = "Your hub shifts changed in " + rota.getName() + " version " + number;
            List<String> lines = Stream.concat(change.gained().stream().map(shift -> "+ " + describe(shift)),
                    change.lost().stream().map(shift -> "\u2212 " + describe(shift)))
                    .toList();
            notifications.create(byId.get(change.clinicianId()), now, ROTA_CHANGED, title, lines, rota);
        }
    }

    /** "Sat 14 Mar Alnwick 09:00–13:00". */
    static String describe(ShiftRef shift) {
        return DAY.format(shift.start()) + " " + shift.hubName() + " " + TIME.format(shift.start()) + "\u2013"
                + TIME.format(shift.end());
    }

    private Rota rota(long rotaId) {
        return rotas.findWithHubsById(rotaId).orElseThrow(() -> new NotFoundException("No rota " + rotaId));
    }

    private Set<Pair> latestPairs(Rota rota) {
        return versions.findFirstByRotaOrderByNumberDesc(rota).map(this::pairs).orElse(Set.of());
    }

    private Set<Pair> pairs(RotaVersion version) {
        return published.findByRotaVersion(version).stream()
                .map(pa -> new Pair(pa.getClinician().getId(), pa.getShift().getId()))
                .collect(Collectors.toSet());
    }

    private static Set<Pair> pairs(List<Assignment> working) {
        return working.stream()
                .map(a -> new Pair(a.getClinician().getId(), a.getShift().getId()))
                .collect(Collectors.toSet());
    }
}

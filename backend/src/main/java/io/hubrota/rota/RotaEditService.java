package io.hubrota.rota;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import io.hubrota.audit.AuditLog;
import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityKind;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.rota.RotaDtos.AbsenceRequest;
import io.hubrota.rota.RotaDtos.AbsenceResponse;
import io.hubrota.rota.RotaDtos.AddAssignmentRequest;
import io.hubrota.rota.RotaDtos.EditResponse;
import io.hubrota.rota.RotaDtos.RemovedAssignment;
import io.hubrota.rota.RotaDtos.SuggestionResponse;
import io.hubrota.rota.RotaDtos.UpdateAssignmentRequest;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.StaleVersionException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.UnprocessableException;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.problem.ProblemDocument;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub manager's changes to a rota's working copy: assigning and removing clinicians by hand, pinning, recording an
 * absence. Each answers with the score before and after and the hard rules the rota then breaks. Edits wait while a
 * solver works on the rota, so the solver's saves and a person's edits never cross.
 */
@Service
public class RotaEditService {

    private static final int SUGGESTIONS = 10;

    private final RotaService rotaService;

    private final ShiftRepository shifts;

    private final AssignmentRepository assignments;

    private final ClinicianRepository clinicians;

    private final UnavailabilityRepository unavailabilities;

    private final RotaProblemFactory problems;

    private final RotaScoring scoring;

    private final RotaAccess access;

    private final RotaSolveService solving;

    private final EntityManager entityManager;

    private final ZoneId zone;

    private final AuditLog audit;

    RotaEditService(RotaService rotaService, ShiftRepository shifts, AssignmentRepository assignments,
            ClinicianRepository clinicians, UnavailabilityRepository unavailabilities, RotaProblemFactory problems,
            RotaScoring scoring, RotaAccess access, RotaSolveService solving, EntityManager entityManager,
            AuditLog audit, @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this.audit = audit;
        this.rotaService = rotaService;
        this.shifts = shifts;
        this.assignments = assignments;
        this.clinicians = clinicians;
        this.unavailabilities = unavailabilities;
        this.problems = problems;
        this.scoring = scoring;
        this.access = access;
        this.solving = solving;
        this.entityManager = entityManager;
        this.zone = ZoneId.of(timezone);
    }

    /** Puts a clinician on a shift, on the line whose role and skills they meet; a hand-made assignment is pinned. */
    @Transactional
    public EditResponse assign(long rotaId, AddAssignmentRequest request, Authentication user) {
        Rota rota = editable(rotaId, user);
        Shift shift = shifts.findById(request.shiftId())
                .filter(s -> s.getRota().getId().equals(rotaId))
                .orElseThrow(() -> new NotFoundException("No shift " + request.shiftId() + " in rota " + rotaId));
        Clinician clinician = clinicians.findById(request.clinicianId())
                .orElseThrow(() -> new NotFoundException("No clinician " + request.clinicianId()));
        List<Assignment> working = assignments.findByRota(rota);
        for (Assignment existing : working) {
            if (existing.getClinician().getId().equals(clinician.getId())
                    && existing.getShift().getDate().equals(shift.getDate())) {
                throw new UnprocessableException(clinician.getName() + " already works a hub shift on "
                        + shift.getDate() + " (at most one a day); remove it first");
            }
        }
        if (shift.getRequirements().isEmpty()) {
            throw new UnprocessableException("Shift " + shift.getId() + " has no requirement lines");
        }
        ShiftRequirement line = chooseLine(shift, clinician, working);
        ProblemDocument problem = problems.problemFor(rota);
        List<ProblemDocument.Assignment> before = pairs(working);
        List<ProblemDocument.Assignment> after = new ArrayList<>(before);
        after.add(new ProblemDocument.Assignment(RotaProblemFactory.id(clinician.getId()),
                RotaProblemFactory.id(shift.getId())));
        Assignment added = assignments.save(new Assignment(line, clinician, AssignmentSource.MANUAL));
        touch(rota);
        audit.record(user.getName(), "ROTA_ASSIGNED", "rota/" + rotaId,
                clinician.getName() + " to shift " + shift.getId() + " (" + shift.getStartLocal() + ")");
        return result(problem, before, after, added.getId());
    }

    @Transactional
    public EditResponse unassign(long rotaId, long assignmentId, Authentication user) {
        Rota rota = editable(rotaId, user);
        Assignment assignment = assignmentOf(rotaId, assignmentId);
        List<Assignment> working = assignments.findByRota(rota);
        ProblemDocument problem = problems.problemFor(rota);
        List<ProblemDocument.Assignment> before = pairs(working);
        List<ProblemDocument.Assignment> after = pairs(working.stream()
                .filter(a -> !a.getId().equals(assignmentId)).toList());
        assignments.delete(assignment);
        touch(rota);
        audit.record(user.getName(), "ROTA_UNASSIGNED", "rota/" + rotaId, assignment.getClinician().getName()
                + " from shift " + assignment.getShift().getId() + " (" + assignment.getShift().getStartLocal() + ")");
        return result(problem, before, after, assignmentId);
    }

    /** Pins or unpins; {@code version} is the assignment's as the manager saw it (stale: 409). */
    @Transactional
    public EditResponse update(long rotaId, long assignmentId, UpdateAssignmentRequest request,
            Authentication user) {
        Rota rota = editable(rotaId, user);
        Assignment assignment = assignmentOf(rotaId, assignmentId);
        if (!assignment.getVersion().equals(request.version())) {
            throw new StaleVersionException("This assignment was changed by someone else (version "
                    + assignment.getVersion() + ", you sent " + request.version() + "). Reload and try again.");
        }
        assignment.setPinned(request.pinned());
        touch(rota);
        audit.record(user.getName(), request.pinned() ? "ROTA_PINNED" : "ROTA_UNPINNED", "rota/" + rotaId,
                "assignment " + assignmentId);
        List<ProblemDocument.Assignment> current = pairs(assignments.findByRota(rota));
        return result(problems.problemFor(rota), current, current, assignmentId);
    }

    /**
     * Who could fill a place on a shift, best first: each clinician free that day who could work the shift, with
     * the change in score if they took it (Timefold's assignment recommendation on their clinician-day).
     */
    @Transactional(readOnly = true)
    public List<SuggestionResponse> suggestions(long rotaId, long shiftId, Authentication user) {
        Rota rota = rotaService.find(rotaId);
        access.requireSee(rota, user);
        Shift shift = shifts.findById(shiftId)
                .filter(s -> s.getRota().getId().equals(rotaId))
                .orElseThrow(() -> new NotFoundException("No shift " + shiftId + " in rota " + rotaId));
        String shiftKey = RotaProblemFactory.id(shift.getId());
        RotaSolution solution = RotaScoring.solutionOf(problems.problemFor(rota), problems.workingCopy(rota));
        scoring.score(solution);
        Map<Long, Clinician> byId = clinicians.findAllById(solution.getClinicianDays().stream()
                        .map(day -> Long.valueOf(day.getClinician().id())).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Clinician::getId, Function.identity()));
        List<SuggestionResponse> ranked = new ArrayList<>();
        for (ClinicianDay day : solution.getClinicianDays()) {
            if (!day.getDate().equals(shift.getDate()) || day.getPost() != null
                    || day.getPossiblePosts().stream().noneMatch(post -> post.shift().id().equals(shiftKey))) {
                continue;
            }
            List<RecommendedAssignment<Post, HardMediumSoftLongScore>> options = scoring.solutionManager()
                    .recommendAssignment(solution, day, ClinicianDay::getPost, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            options.stream()
                    .filter(option -> option.proposition() != null
                            && option.proposition().shift().id().equals(shiftKey))
                    .max(Comparator.comparing(option -> option.scoreAnalysisDiff().score()))
                    .ifPresent(best -> {
                        Clinician clinician = byId.get(Long.valueOf(day.getClinician().id()));
                        ShiftRequirement line = shift.getRequirements().get(best.proposition().line());
                        ranked.add(new SuggestionResponse(clinician.getId(), clinician.getName(),
                                clinician.getRole(), line.getId(),
                                ScoreResponse.of(best.scoreAnalysisDiff().score())));
                    });
        }
        ranked.sort(Comparator.comparing((SuggestionResponse s) -> HardMediumSoftLongScore.of(s.scoreDelta().hard(),
                s.scoreDelta().medium(), s.scoreDelta().soft())).reversed().thenComparing(SuggestionResponse::clinicianName));
        return ranked.stream().limit(SUGGESTIONS).toList();
    }

    /**
     * Records that a clinician is off sick for whole days and takes them off this rota's shifts in that time; the
     * manager then re-solves to fill the gaps (the published version keeps the other shifts stable).
     */
    @Transactional
    public AbsenceResponse recordAbsence(long rotaId, AbsenceRequest request, Authentication user) {
        Rota rota = editable(rotaId, user);
        Clinician clinician = clinicians.findById(request.clinicianId())
                .orElseThrow(() -> new NotFoundException("No clinician " + request.clinicianId()));
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        Unavailability absence = unavailabilities.save(new Unavailability(clinician, start, end,
                UnavailabilityKind.SICKNESS, Optional.ofNullable(request.reason()).orElse("Sickness")));
        List<RemovedAssignment> removed = new ArrayList<>();
        for (Assignment assignment : assignments.findByClinicianAndRota(clinician, rota)) {
            Shift shift = assignment.getShift();
            if (absence.overlaps(shift.getStart(), shift.getEnd())) {
                removed.add(new RemovedAssignment(shift.getId(), shift.getHub().getName(), shift.getStartLocal(),
                        shift.getEndLocal()));
                assignments.delete(assignment);
            }
        }
        if (!removed.isEmpty()) {
            touch(rota);
        }
        removed.sort(Comparator.comparing(RemovedAssignment::start));
        audit.record(user.getName(), "ABSENCE_RECORDED", "rota/" + rotaId, clinician.getName() + " absent "
                + request.from() + " to " + request.to() + "; " + removed.size() + " shift(s) removed");
        return new AbsenceResponse(absence.getId(), removed);
    }

    private Rota editable(long rotaId, Authentication user) {
        // Before reading the rota: see RotaSolveService#isSolving.
        boolean solvingNow = solving.isSolving(rotaId);
        Rota rota = rotaService.find(rotaId);
        access.requireManage(rota, user);
        if (rota.getStatus() == RotaStatus.ARCHIVED) {
            throw new ConflictException("An archived rota cannot be changed");
        }
        if (solvingNow) {
            throw new ConflictException("The solver is working on this rota; stop it or wait for it to finish");
        }
        return rota;
    }

    private Assignment assignmentOf(long rotaId, long assignmentId) {
        return assignments.findById(assignmentId)
                .filter(a -> a.getRota().getId().equals(rotaId))
                .orElseThrow(() -> new NotFoundException("No assignment " + assignmentId + " in rota " + rotaId));
    }

    /** The first line the clinician meets that is below its minimum, else below desired, else the first they meet. */
    private static ShiftRequirement chooseLine(Shift shift, Clinician clinician, List<Assignment> working) {
        Map<Long, Long> filled = working.stream()
                .collect(Collectors.groupingBy(a -> a.getRequirement().getId(), Collectors.counting()));
        List<ShiftRequirement> met = shift.getRequirements().stream()
                .filter(line -> SolutionWriter.meets(clinician, line))
                .toList();
        return met.stream().filter(line -> filled.getOrDefault(line.getId(), 0L) < line.getMin()).findFirst()
                .or(() -> met.stream().filter(line -> filled.getOrDefault(line.getId(), 0L) < line.getDesired())
                        .findFirst())
                .or(() -> met.stream().findFirst())
                // Nobody would choose a line the clinician cannot fill, but the manager may: the reply says so.
                .orElse(shift.getRequirements().get(0));
    }

    private EditResponse result(ProblemDocument problem, List<ProblemDocument.Assignment> before,
            List<ProblemDocument.Assignment> after, Long assignmentId) {
        HardMediumSoftLongScore scoreBefore = scoring.score(RotaScoring.solutionOf(problem, before));
        var analysis = scoring.analyze(RotaScoring.solutionOf(problem, after));
        return new EditResponse(ScoreResponse.of(scoreBefore), ScoreResponse.of(analysis.score()),
                RotaScoring.brokenRules(analysis), assignmentId);
    }

    private static List<ProblemDocument.Assignment> pairs(List<Assignment> working) {
        return working.stream().map(RotaProblemFactory::asProblemAssignment).toList();
    }

    /** The working copy changed: publishing or editing based on the rota as it was must be refused. */
    private void touch(Rota rota) {
        entityManager.lock(rota, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}

package io.hubrota.rota;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.hubrota.demo.DemoProblems;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRepository;
import io.hubrota.rota.RotaDtos.BoardAssignment;
import io.hubrota.rota.RotaDtos.BoardDay;
import io.hubrota.rota.RotaDtos.BoardLine;
import io.hubrota.rota.RotaDtos.BoardShift;
import io.hubrota.rota.RotaDtos.CreateRotaRequest;
import io.hubrota.rota.RotaDtos.GapResponse;
import io.hubrota.rota.RotaDtos.HubResponse;
import io.hubrota.rota.RotaDtos.RotaBoardResponse;
import io.hubrota.rota.RotaDtos.RotaSummaryResponse;
import io.hubrota.rota.RotaDtos.SolverStateResponse;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.shared.BankHolidays;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.UnprocessableException;
import io.hubrota.solver.problem.ProblemDocument;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating rotas from the hubs' shift templates, listing them, and the rota board. */
@Service
public class RotaService {

    private final RotaRepository rotas;

    private final HubRepository hubs;

    private final ShiftTemplateRepository templates;

    private final ShiftRepository shifts;

    private final AssignmentRepository assignments;

    private final UserAccountRepository users;

    private final RotaSolverStateRepository solverStates;

    private final RotaProblemFactory problems;

    private final RotaScoring scoring;

    private final RotaAccess access;

    private final RotaSolveService solving;

    private final ZoneId zone;

    RotaService(RotaRepository rotas, HubRepository hubs, ShiftTemplateRepository templates, ShiftRepository shifts,
            AssignmentRepository assignments, UserAccountRepository users, RotaSolverStateRepository solverStates,
            RotaProblemFactory problems, RotaScoring scoring, RotaAccess access, RotaSolveService solving,
            @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this.rotas = rotas;
        this.hubs = hubs;
        this.templates = templates;
        this.shifts = shifts;
        this.assignments = assignments;
        this.users = users;
        this.solverStates = solverStates;
        this.problems = problems;
        this.scoring = scoring;
        this.access = access;
        this.solving = solving;
        this.zone = ZoneId.of(timezone);
    }

    /**
     * A draft rota with a shift for every template session of its hubs on every date; on a bank holiday the hubs run
     * their Sunday sessions.
     */
    @Transactional
    public Rota create(CreateRotaRequest request, Authentication user) {
        List<Hub> chosen = hubs.findAllById(request.hubIds());
        if (chosen.size() != request.hubIds().size()) {
            throw new UnprocessableException("Unknown hub in " + request.hubIds());
        }
        access.requireManageHubs(request.hubIds(), user);
        LocalDate last = request.firstDate().plusDays(request.weeks() * 7L - 1);
        Rota rota = rotas.save(new Rota(request.name(), request.firstDate(), last, new HashSet<>(chosen),
                users.findByUsername(user.getName()).orElse(null), Instant.now()));
        Set<LocalDate> bankHolidays = new HashSet<>(BankHolidays.inEngland(request.firstDate(), last));
        List<ShiftTemplate> sessions = templates.findByHubInOrderByWeekdayAscStartAsc(chosen);
        List<Shift> created = new ArrayList<>();
        for (LocalDate date = request.firstDate(); !date.isAfter(last); date = date.plusDays(1)) {
            DayOfWeek day = DemoProblems.templateDay(date, bankHolidays);
            for (ShiftTemplate template : sessions) {
                if (template.getWeekday() == day) {
                    created.add(Shift.fromTemplate(rota, template, date, zone));
                }
            }
        }
        shifts.saveAll(created);
        return rota;
    }

    @Transactional(readOnly = true)
    public List<RotaSummaryResponse> list(Authentication user) {
        // Before reading the rotas: see RotaSolveService#isSolving.
        Set<Long> solvingNow = solving.solvingRotaIds();
        return rotas.findAll().stream()
                .filter(rota -> access.canSee(rota, user))
                .sorted(Comparator.comparing(Rota::getFirstDate).reversed().thenComparing(Rota::getId))
                .map(rota -> new RotaSummaryResponse(rota.getId(), rota.getName(), rota.getFirstDate(),
                        rota.getLastDate(), rota.getStatus(), rota.getPublishedVersion(), hubs(rota),
                        solvingNow.contains(rota.getId()), rota.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Rota find(long rotaId) {
        return rotas.findWithHubsById(rotaId).orElseThrow(() -> new NotFoundException("No rota " + rotaId));
    }

    /** The board: shifts by date with their lines and assignments, the gaps and why, the score and coverage. */
    @Transactional(readOnly = true)
    public RotaBoardResponse board(long rotaId, Authentication user) {
        // Asked before anything is read, so a board that says the solve is over shows its final save and version.
        boolean solvingNow = solving.isSolving(rotaId);
        Rota rota = find(rotaId);
        access.requireSee(rota, user);
        List<Shift> rotaShifts = shifts.findByRotaOrderByStartAsc(rota);
        List<Assignment> working = assignments.findByRota(rota);
        Map<Long, List<Assignment>> byShift = working.stream()
                .collect(Collectors.groupingBy(a -> a.getShift().getId()));
        Map<Long, Integer> byLine = new HashMap<>();
        working.forEach(a -> byLine.merge(a.getRequirement().getId(), 1, Integer::sum));

        ProblemDocument problem = problems.problemFor(rota);
        List<ProblemDocument.Assignment> pairs = working.stream().map(RotaProblemFactory::asProblemAssignment)
                .toList();
        HardMediumSoftLongScore score = scoring.score(RotaScoring.solutionOf(problem, pairs));

        Coverage coverage = new Coverage();
        Map<String, Integer> assignedPerLine = new HashMap<>();
        Map<Long, Shift> shiftById = new HashMap<>();
        Set<LocalDate> bankHolidays = new HashSet<>(problem.bankHolidays());
        Map<LocalDate, List<BoardShift>> days = new LinkedHashMap<>();
        for (LocalDate date = rota.getFirstDate(); !date.isAfter(rota.getLastDate()); date = date.plusDays(1)) {
            days.put(date, new ArrayList<>());
        }
        for (Shift shift : rotaShifts) {
            shiftById.put(shift.getId(), shift);
            List<BoardLine> lines = new ArrayList<>();
            for (int index = 0; index < shift.getRequirements().size(); index++) {
                ShiftRequirement line = shift.getRequirements().get(index);
                int assigned = byLine.getOrDefault(line.getId(), 0);
                coverage.addLine(shift.duration().toMinutes(), line.getMin(), assigned);
                assignedPerLine.put(RotaProblemFactory.id(shift.getId()) + "#" + index, assigned);
                lines.add(new BoardLine(line.getId(), line.getRole(), line.getSkills().stream().sorted().toList(),
                        line.getMin(), line.getDesired(), assigned));
            }
            List<BoardAssignment> people = byShift.getOrDefault(shift.getId(), List.of()).stream()
                    .sorted(Comparator.comparing((Assignment a) -> a.getRequirement().getId())
                            .thenComparing(a -> a.getClinician().getName()))
                    .map(a -> new BoardAssignment(a.getId(), a.getClinician().getId(), a.getClinician().getName(),
                            a.getClinician().getRole(), a.getRequirement().getId(), a.isPinned(), a.getSource(),
                            a.getVersion()))
                    .toList();
            days.get(shift.getDate()).add(new BoardShift(shift.getId(), shift.getHub().getId(),
                    shift.getHub().getName(), shift.getStartLocal(), shift.getEndLocal(), lines, people));
        }
        List<GapResponse> gaps = GapFinder.find(problem, pairs, assignedPerLine).stream()
                .map(gap -> {
                    Shift shift = shiftById.get(Long.valueOf(gap.shiftId()));
                    ShiftRequirement line = shift.getRequirements().get(gap.line());
                    return new GapResponse(shift.getId(), line.getId(), shift.getHub().getName(),
                            shift.getStartLocal(), line.getRole(), line.getSkills().stream().sorted().toList(),
                            gap.missing(), gap.reason(), gap.explanation());
                })
                .toList();
        SolverStateResponse solver = solverStates.findById(rotaId)
                .map(state -> new SolverStateResponse(solvingNow,
                        state.getHardScore() == null ? null : new ScoreResponse(state.getHardScore(),
                                state.getMediumScore(), state.getSoftScore()),
                        state.getLastSavedAt()))
                .orElse(new SolverStateResponse(solvingNow, null, null));
        return new RotaBoardResponse(rota.getId(), rota.getName(), rota.getFirstDate(), rota.getLastDate(),
                rota.getStatus(), rota.getPublishedVersion(), rota.getVersion(), hubs(rota),
                days.entrySet().stream()
                        .map(e -> new BoardDay(e.getKey(), bankHolidays.contains(e.getKey()), e.getValue()))
                        .toList(),
                gaps, ScoreResponse.of(score), coverage.percent(), solver);
    }

    private static List<HubResponse> hubs(Rota rota) {
        return rota.getHubs().stream()
                .sorted(Comparator.comparing(Hub::getName))
                .map(hub -> new HubResponse(hub.getId(), hub.getCode(), hub.getName(), hub.getRooms()))
                .toList();
    }
}

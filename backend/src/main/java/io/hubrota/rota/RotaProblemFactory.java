package io.hubrota.rota;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.clinicians.Preference;
import io.hubrota.clinicians.PreferenceRepository;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.demo.GeoDistance;
import io.hubrota.hubs.Hub;
import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.publishing.PublishedAssignmentRepository;
import io.hubrota.publishing.RotaVersionRepository;
import io.hubrota.shared.BankHolidays;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import io.hubrota.solver.problem.ProblemDocument.Settings;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the solver's problem for a persisted rota: its shifts (ids are the database ids as text; requirement lines
 * in the shift's order, so line i of the problem is the shift's i-th requirement), every active clinician (and any
 * inactive one still assigned) with practice commitments expanded over the period except on bank holidays, their
 * leave, preferences and travel time to each hub; the pinned assignments; and, once published, the latest published
 * version as {@code previous}, so re-planning keeps published shifts where it can.
 */
@Component
@EnableConfigurationProperties(SolverProperties.class)
public class RotaProblemFactory {

    private final ShiftRepository shifts;

    private final AssignmentRepository assignments;

    private final ClinicianRepository clinicians;

    private final PracticeCommitmentRepository commitments;

    private final UnavailabilityRepository unavailabilities;

    private final PreferenceRepository preferences;

    private final RotaVersionRepository versions;

    private final PublishedAssignmentRepository publishedAssignments;

    private final HourWeightsProvider hourWeights;

    private final ZoneId zone;

    private final Settings settings;

    RotaProblemFactory(ShiftRepository shifts, AssignmentRepository assignments, ClinicianRepository clinicians,
            PracticeCommitmentRepository commitments, UnavailabilityRepository unavailabilities,
            PreferenceRepository preferences, RotaVersionRepository versions,
            PublishedAssignmentRepository publishedAssignments, HourWeightsProvider hourWeights,
            SolverProperties solverProperties, @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this.shifts = shifts;
        this.assignments = assignments;
        this.clinicians = clinicians;
        this.commitments = commitments;
        this.unavailabilities = unavailabilities;
        this.preferences = preferences;
        this.versions = versions;
        this.publishedAssignments = publishedAssignments;
        this.hourWeights = hourWeights;
        this.zone = ZoneId.of(timezone);
        this.settings = new Settings(null, null, null, solverProperties.constraintWeights());
    }

    @Transactional(readOnly = true)
    public ProblemDocument problemFor(Rota rota) {
        List<Shift> rotaShifts = shifts.findByRotaOrderByStartAsc(rota);
        List<Assignment> working = assignments.findByRota(rota);
        List<ProblemDocument.Assignment> previous = latestPublished(rota);

        Set<LocalDate> bankHolidays = new HashSet<>(BankHolidays.inEngland(rota.getFirstDate(), rota.getLastDate()));
        List<Hub> hubs = rota.getHubs().stream().sorted(Comparator.comparing(Hub::getId)).toList();
        List<Clinician> staff = cliniciansFor(working, previous);

        Map<Long, List<PracticeCommitment>> commitmentsByClinician = commitments.findByClinicianIn(staff).stream()
                .collect(Collectors.groupingBy(c -> c.getClinician().getId()));
        Map<Long, List<Unavailability>> leaveByClinician = unavailabilities
                .findByStartBeforeAndEndAfter(rota.getLastDate().plusDays(2).atStartOfDay(zone).toInstant(),
                        rota.getFirstDate().minusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .collect(Collectors.groupingBy(u -> u.getClinician().getId()));
        Set<Long> staffIds = staff.stream().map(Clinician::getId).collect(Collectors.toSet());
        Map<Long, List<Preference>> preferencesByClinician = preferences.findAll().stream()
                .filter(p -> staffIds.contains(p.getClinician().getId()))
                .collect(Collectors.groupingBy(p -> p.getClinician().getId()));
        Set<Long> hubIds = hubs.stream().map(Hub::getId).collect(Collectors.toSet());

        List<ProblemDocument.Clinician> problemClinicians = new ArrayList<>();
        for (Clinician clinician : staff) {
            problemClinicians.add(clinician(clinician, rota, hubs, hubIds, bankHolidays,
                    commitmentsByClinician.getOrDefault(clinician.getId(), List.of()),
                    leaveByClinician.getOrDefault(clinician.getId(), List.of()),
                    preferencesByClinician.getOrDefault(clinician.getId(), List.of())));
        }
        List<ProblemDocument.Assignment> pinned = working.stream()
                .filter(Assignment::isPinned)
                .map(RotaProblemFactory::asProblemAssignment)
                .toList();
        return new ProblemDocument(zone.getId(), rota.getFirstDate(), rota.getLastDate(),
                hubs.stream().map(hub -> new ProblemDocument.Hub(id(hub.getId()), hub.getName(), hub.getRooms()))
                        .toList(),
                problemClinicians, rotaShifts.stream().map(RotaProblemFactory::shift).toList(),
                bankHolidays.stream().sorted().toList(),
                hourWeights.weights(hubIds, rota.getFirstDate(), rota.getLastDate()), pinned, previous,
                settings);
    }

    /** The working copy of a rota as (clinician, shift) pairs. */
    @Transactional(readOnly = true)
    public List<ProblemDocument.Assignment> workingCopy(Rota rota) {
        return assignments.findByRota(rota).stream().map(RotaProblemFactory::asProblemAssignment).toList();
    }

    /** The assignments of the rota's latest published version; empty before the first publish. */
    @Transactional(readOnly = true)
    public List<ProblemDocument.Assignment> latestPublished(Rota rota) {
        return versions.findFirstByRotaOrderByNumberDesc(rota)
                .map(version -> publishedAssignments.findByRotaVersion(version).stream()
                        .map(RotaProblemFactory::asProblemAssignment)
                        .toList())
                .orElse(List.of());
    }

    public static String id(Long id) {
        return String.valueOf(id);
    }

    static ProblemDocument.Assignment asProblemAssignment(Assignment assignment) {
        return new ProblemDocument.Assignment(id(assignment.getClinician().getId()), id(assignment.getShift().getId()));
    }

    private static ProblemDocument.Assignment asProblemAssignment(PublishedAssignment assignment) {
        return new ProblemDocument.Assignment(id(assignment.getClinician().getId()), id(assignment.getShift().getId()));
    }

    /** Active clinicians, plus inactive ones still on the working copy or the published rota (they must be re-checked). */
    private List<Clinician> cliniciansFor(List<Assignment> working, List<ProblemDocument.Assignment> previous) {
        Map<Long, Clinician> staff = new LinkedHashMap<>();
        clinicians.findByActiveTrueOrderByCode().forEach(c -> staff.put(c.getId(), c));
        Set<Long> missing = new HashSet<>();
        working.forEach(a -> missing.add(a.getClinician().getId()));
        previous.forEach(a -> missing.add(Long.valueOf(a.clinicianId())));
        missing.removeAll(staff.keySet());
        clinicians.findAllById(missing).forEach(c -> staff.put(c.getId(), c));
        return List.copyOf(staff.values());
    }

    private static ProblemDocument.Shift shift(Shift shift) {
        List<Requirement> lines = shift.getRequirements().stream()
                .map(line -> new Requirement(line.getRole().name(), line.getSkills().stream().sorted().toList(),
                        line.getMin(), line.getDesired()))
                .toList();
        return new ProblemDocument.Shift(id(shift.getId()), id(shift.getHub().getId()), shift.getStartLocal(),
                shift.getEndLocal(), lines);
    }

    private ProblemDocument.Clinician clinician(Clinician clinician, Rota rota, List<Hub> hubs, Set<Long> hubIds,
            Set<LocalDate> bankHolidays, List<PracticeCommitment> sessions, List<Unavailability> leave,
            List<Preference> wishes) {
        List<LocalDate> dates = rota.getFirstDate().datesUntil(rota.getLastDate().plusDays(1)).toList();
        List<Interval> committed = new ArrayList<>();
        for (LocalDate date : dates) {
            // Practices are shut on bank holidays: their sessions are not held and do not count that week.
            if (bankHolidays.contains(date)) {
                continue;
            }
            sessions.stream()
                    .filter(session -> session.appliesOn(date))
                    .sorted(Comparator.comparing(PracticeCommitment::getStart))
                    .forEach(session -> committed.add(
                            new Interval(date.atTime(session.getStart()), date.atTime(session.getEnd()))));
        }
        List<Interval> unavailable = leave.stream()
                .sorted(Comparator.comparing(Unavailability::getStart))
                .map(u -> new Interval(LocalDateTime.ofInstant(u.getStart(), zone),
                        LocalDateTime.ofInstant(u.getEnd(), zone)))
                .toList();
        Map<String, Integer> travel = new LinkedHashMap<>();
        for (Hub hub : hubs) {
            travel.put(id(hub.getId()), GeoDistance.travelMinutes(clinician.getPractice().getLatitude(),
                    clinician.getPractice().getLongitude(), hub.getLatitude(), hub.getLongitude()));
        }
        return new ProblemDocument.Clinician(id(clinician.getId()), clinician.getName(), clinician.getRole().name(),
                clinician.getSkills().stream().sorted().toList(), clinician.getBaselineWeeklyMinutes(),
                List.copyOf(committed), unavailable, clinician.getMaxTravelMinutes(), travel,
                preferences(wishes, dates, hubIds));
    }

    /**
     * The exchange format knows "avoid a day" and "prefer/avoid a hub". A wish for a weekday or date becomes
     * nothing: the format has no "prefer a day" (WANT_SHIFT names one shift, and wanting every shift of a day would
     * penalise all but the one worked).
     */
    private static List<ProblemDocument.Preference> preferences(List<Preference> wishes, List<LocalDate> dates,
            Set<Long> hubIds) {
        List<ProblemDocument.Preference> mapped = new ArrayList<>();
        for (Preference wish : wishes.stream().sorted(Comparator.comparing(Preference::getId)).toList()) {
            switch (wish.getKind()) {
                case AVOID_WEEKDAY -> dates.stream()
                        .filter(date -> date.getDayOfWeek() == wish.getWeekday())
                        .forEach(date -> mapped.add(
                                new ProblemDocument.Preference("AVOID_DAY", null, date, null, wish.getWeight())));
                case AVOID_DATE -> {
                    if (dates.contains(wish.getDate())) {
                        mapped.add(new ProblemDocument.Preference("AVOID_DAY", null, wish.getDate(), null,
                                wish.getWeight()));
                    }
                }
                case PREFER_HUB, AVOID_HUB -> {
                    if (hubIds.contains(wish.getHub().getId())) {
                        mapped.add(new ProblemDocument.Preference(wish.getKind().name(), null, null,
                                id(wish.getHub().getId()), wish.getWeight()));
                    }
                }
                case PREFER_WEEKDAY, PREFER_DATE -> {
                    // No equivalent in the exchange format; see the method comment.
                }
            }
        }
        return mapped;
    }

    /** Index of shifts by their problem id, for mapping a solution back. */
    static Map<String, Shift> shiftsById(List<Shift> shifts) {
        Map<String, Shift> byId = new HashMap<>();
        shifts.forEach(shift -> byId.put(id(shift.getId()), shift));
        return byId;
    }
}

package io.hubrota.solver;

import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import io.hubrota.solver.problem.ProblemDocument.Clinician;
import io.hubrota.solver.problem.ProblemDocument.Hub;
import io.hubrota.solver.problem.ProblemDocument.HourWeight;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Preference;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import io.hubrota.solver.problem.ProblemDocument.Settings;
import io.hubrota.solver.problem.ProblemDocument.Shift;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data in the exchange format, written briefly: dates and times as "2026-03-29T08:00" strings. */
public final class ProblemBuilder {

    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final List<Hub> hubs = new ArrayList<>();
    private final Map<String, ClinicianDraft> clinicians = new LinkedHashMap<>();
    private final List<Shift> shifts = new ArrayList<>();
    private final List<LocalDate> bankHolidays = new ArrayList<>();
    private final List<HourWeight> hourWeights = new ArrayList<>();
    private final List<Assignment> assigned = new ArrayList<>();
    private final List<Assignment> previous = new ArrayList<>();
    private Settings settings;

    private ProblemBuilder(LocalDate firstDate, LocalDate lastDate) {
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    public static ProblemBuilder horizon(String firstDate, String lastDate) {
        return new ProblemBuilder(LocalDate.parse(firstDate), LocalDate.parse(lastDate));
    }

    public static LocalDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    public static Requirement line(String role, int min, int desired, String... skills) {
        return new Requirement(role, List.of(skills), min, desired);
    }

    public ProblemBuilder hub(String id, int rooms) {
        hubs.add(new Hub(id, "Hub " + id, rooms));
        return this;
    }

    public ProblemBuilder clinician(String id, String role, int baselineWeeklyMinutes, String... skills) {
        clinicians.put(id, new ClinicianDraft(id, role, baselineWeeklyMinutes, List.of(skills)));
        return this;
    }

    public ProblemBuilder commitment(String clinicianId, String start, String end) {
        clinicians.get(clinicianId).commitments.add(new Interval(at(start), at(end)));
        return this;
    }

    public ProblemBuilder leave(String clinicianId, String start, String end) {
        clinicians.get(clinicianId).unavailable.add(new Interval(at(start), at(end)));
        return this;
    }

    public ProblemBuilder travel(String clinicianId, String hubId, int minutes) {
        clinicians.get(clinicianId).travel.put(hubId, minutes);
        return this;
    }

    public ProblemBuilder maxTravel(String clinicianId, int minutes) {
        clinicians.get(clinicianId).maxTravel = minutes;
        return this;
    }

    public ProblemBuilder preference(String clinicianId, String kind, String shiftId, String date, String hub,
            int weight) {
        clinicians.get(clinicianId).preferences.add(new Preference(kind, shiftId,
                date == null ? null : LocalDate.parse(date), hub, weight));
        return this;
    }

    public ProblemBuilder shift(String id, String hub, String start, String end, Requirement... lines) {
        shifts.add(new Shift(id, hub, at(start), at(end), List.of(lines)));
        return this;
    }

    public ProblemBuilder bankHoliday(String date) {
        bankHolidays.add(LocalDate.parse(date));
        return this;
    }

    public ProblemBuilder hourWeight(String hourStart, int weight) {
        hourWeights.add(new HourWeight(at(hourStart), weight));
        return this;
    }

    /** An assignment, mapped as pinned so the given rota is scored exactly as written. */
    public ProblemBuilder assign(String clinicianId, String shiftId) {
        assigned.add(new Assignment(clinicianId, shiftId));
        return this;
    }

    public ProblemBuilder previous(String clinicianId, String shiftId) {
        previous.add(new Assignment(clinicianId, shiftId));
        return this;
    }

    public ProblemBuilder settings(Integer minRestMinutes, Integer maxConsecutiveWorkingDays,
            Integer weeklyRestMinutes) {
        settings = new Settings(minRestMinutes, maxConsecutiveWorkingDays, weeklyRestMinutes,
                settings == null ? null : settings.constraintWeights());
        return this;
    }

    public List<Assignment> assignments() {
        return List.copyOf(assigned);
    }

    public ProblemDocument build() {
        List<Clinician> built = clinicians.values().stream().map(ClinicianDraft::build).toList();
        return new ProblemDocument("Europe/London", firstDate, lastDate, List.copyOf(hubs), built,
                List.copyOf(shifts), List.copyOf(bankHolidays), List.copyOf(hourWeights), List.copyOf(assigned),
                List.copyOf(previous), settings);
    }

    private static final class ClinicianDraft {
        private final String id;
        private final String role;
        private final int baseline;
        private final List<String> skills;
        private final List<Interval> commitments = new ArrayList<>();
        private final List<Interval> unavailable = new ArrayList<>();
        private final Map<String, Integer> travel = new HashMap<>();
        private final List<Preference> preferences = new ArrayList<>();
        private Integer maxTravel;

        ClinicianDraft(String id, String role, int baseline, List<String> skills) {
            this.id = id;
            this.role = role;
            this.baseline = baseline;
            this.skills = skills;
        }

        Clinician build() {
            return new Clinician(id, "Dr " + id, role, skills, baseline, List.copyOf(commitments),
                    List.copyOf(unavailable), maxTravel, Map.copyOf(travel), List.copyOf(preferences));
        }
    }
}

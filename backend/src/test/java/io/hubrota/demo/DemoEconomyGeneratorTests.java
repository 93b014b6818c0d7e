package io.hubrota.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.demo.DemoEconomy.Clinician;
import io.hubrota.demo.DemoEconomy.Commitment;
import io.hubrota.demo.DemoEconomy.Hub;
import io.hubrota.demo.DemoEconomy.Practice;
import io.hubrota.demo.DemoEconomy.Requirement;
import io.hubrota.demo.DemoEconomy.ShiftTemplate;
import io.hubrota.shared.Role;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Interval;
import io.hubrota.solver.problem.ProblemDocument.Shift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoEconomyGeneratorTests {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    /** Monday after the 2026 clock change; its horizon holds Good Friday, Easter Monday and the early May holiday. */
    private static final LocalDate MARCH_30 = LocalDate.of(2026, 3, 30);

    @ParameterizedTest
    @ValueSource(strings = {"S", "M", "L"})
    void sameSeedGivesTheSameEconomyAndProblem(String size) {
        DemoEconomy first = DemoEconomyGenerator.generate(size, 17, MARCH_2);
        DemoEconomy second = DemoEconomyGenerator.generate(size, 17, MARCH_2);
        assertThat(second).isEqualTo(first);
        assertThat(DemoProblems.toProblem(second)).isEqualTo(DemoProblems.toProblem(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "M", "L"})
    void differentSeedGivesADifferentEconomy(String size) {
        assertThat(DemoEconomyGenerator.generate(size, 18, MARCH_2))
                .isNotEqualTo(DemoEconomyGenerator.generate(size, 17, MARCH_2));
    }

    @Test
    void rejectsAFirstDateThatIsNotAMondayAndAnUnknownSize() {
        assertThatThrownBy(() -> DemoEconomyGenerator.generate("M", 17, LocalDate.of(2026, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoEconomyGenerator.generate("XL", 17, MARCH_2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallIsOnePilotHubForOneWeek() {
        DemoEconomy s = DemoEconomyGenerator.generate("S", 17, MARCH_2);
        assertThat(s.weeks()).isEqualTo(1);
        assertThat(s.hubs()).hasSize(1);
        assertThat(s.clinicians()).hasSizeBetween(18, 26);
    }

    @Test
    void mediumIsNorthumberland() {
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_2);
        assertThat(m.weeks()).isEqualTo(4);
        assertThat(m.practices()).hasSizeBetween(34, 38);
        assertThat(population(m)).isBetween(320_000L, 334_000L);
        assertThat(m.hubs()).extracting(Hub::town).contains("Alnwick", "Berwick-upon-Tweed", "Hexham", "Morpeth",
                "Blyth", "Cramlington", "Ashington");
        // Real coordinates: every hub and practice lies inside Northumberland's bounding box.
        assertThat(m.hubs()).allSatisfy(hub -> {
            assertThat(hub.latitude()).isBetween(54.78, 55.82);
            assertThat(hub.longitude()).isBetween(-2.70, -1.45);
        });
        assertThat(m.practices()).allSatisfy(practice -> assertThat(practice.latitude()).isBetween(54.78, 55.82));
        assertThat(m.clinicians()).hasSizeBetween(280, 320);
        assertThat(m.hubs().stream().mapToInt(Hub::populationServed).sum()).isEqualTo(population(m));
    }

    @Test
    void largeIsAnIntegratedCareSystem() {
        DemoEconomy l = DemoEconomyGenerator.generate("L", 17, MARCH_2);
        assertThat(l.weeks()).isEqualTo(4);
        assertThat(population(l)).isBetween(2_800_000L, 3_200_000L);
        assertThat(l.hubs()).hasSizeBetween(55, 65);
        assertThat(l.clinicians()).hasSizeBetween(2_800, 3_200);
    }

    @Test
    void generatingLargeTakesLessThanTwoSeconds() {
        DemoEconomyGenerator.generate("L", 1, MARCH_2); // warm up class loading
        long start = System.nanoTime();
        DemoEconomyGenerator.generate("L", 17, MARCH_2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "M", "L"})
    void everyClinicianHasCommitmentsBelowTheirBaselineAndAUniqueLogin(String size) {
        DemoEconomy economy = DemoEconomyGenerator.generate(size, 17, MARCH_2);
        Set<String> usernames = new HashSet<>();
        for (Clinician clinician : economy.clinicians()) {
            int committed = clinician.commitments().stream().mapToInt(DemoEconomyGeneratorTests::minutes).sum();
            assertThat(committed).as(clinician.code()).isLessThan(clinician.baselineWeeklyMinutes());
            assertThat(clinician.commitments()).allSatisfy(c -> assertThat(c.day().getValue()).isLessThanOrEqualTo(5));
            assertThat(usernames.add(clinician.username())).as(clinician.username()).isTrue();
            assertThat(clinician.maxTravelMinutes()).isBetween(30, 120);
        }
        assertThat(economy.clinicians()).filteredOn(c -> c.role() == Role.GP)
                .allSatisfy(gp -> assertThat(gp.username()).startsWith("dr."));
    }

    @Test
    void mostGpsArePartTimeAndOnlySomeHaveNoHubSessionLeft() {
        List<Clinician> gps = DemoEconomyGenerator.generate("M", 17, MARCH_2).clinicians().stream()
                .filter(c -> c.role() == Role.GP).toList();
        long fullTime = gps.stream().filter(gp -> gp.baselineWeeklyMinutes() == 9 * 250).count();
        assertThat(fullTime).isLessThan(gps.size() / 4);
        assertThat(gps).allSatisfy(gp -> assertThat(gp.baselineWeeklyMinutes()).isBetween(6 * 250, 9 * 250));
        long lessThanASession = gps.stream().filter(gp -> free(gp) < 250).count();
        assertThat(lessThanASession).isBetween(1L, gps.size() / 5L);
    }

    @Test
    void aboutOneClinicianInTenHasAWeekOfLeave() {
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_2);
        long onLeave = m.clinicians().stream().filter(c -> !c.leave().isEmpty()).count();
        assertThat((double) onLeave / m.clinicians().size()).isBetween(0.05, 0.15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "M", "L"})
    void everyHubSessionNeedsAGpAndRoomsFitThePeak(String size) {
        DemoEconomy economy = DemoEconomyGenerator.generate(size, 17, MARCH_2);
        for (ShiftTemplate template : economy.templates()) {
            assertThat(template.requirements()).as(template.hubCode() + " " + template.day() + " " + template.start())
                    .anySatisfy(line -> {
                        assertThat(line.role()).isEqualTo(Role.GP);
                        assertThat(line.min()).isGreaterThanOrEqualTo(1);
                    });
            assertThat(template.requirements()).allSatisfy(line -> assertThat(line.desired()).isGreaterThanOrEqualTo(
                    line.min()));
        }
        for (Hub hub : economy.hubs()) {
            int peak = economy.templates().stream().filter(t -> t.hubCode().equals(hub.code()))
                    .mapToInt(t -> t.requirements().stream().mapToInt(Requirement::desired).sum()).max().orElseThrow();
            assertThat(hub.rooms()).isBetween(peak, peak + 2);
        }
        assertThat(economy.templates()).anySatisfy(t -> assertThat(t.requirements())
                .anySatisfy(line -> assertThat(line.desired()).isGreaterThan(line.min())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "M", "L"})
    void hubCapacityMeetsEnhancedAccess(String size) {
        DemoEconomy economy = DemoEconomyGenerator.generate(size, 17, MARCH_2);
        DemoSummary summary = DemoSummary.of(economy, DemoProblems.toProblem(economy));
        assertThat(summary.enhancedAccessMinutesPer1000()).isGreaterThanOrEqualTo(60);
    }

    /** Necessary conditions for a full rota, for several seeds: hours in total, per role and per day of the week. */
    @ParameterizedTest
    @ValueSource(longs = {17, 1, 2, 3, 42})
    void mediumIsSolvableInPrinciple(long seed) {
        DemoEconomy m = DemoEconomyGenerator.generate("M", seed, MARCH_2);
        DemoSummary summary = DemoSummary.of(m, DemoProblems.toProblem(m));
        assertThat(summary.availableUsableHours()).isGreaterThan(summary.demandMinHours());
        // Tight: less than twice the demand, and below the desired staffing.
        assertThat(summary.availableUsableHours()).isLessThan(2 * summary.demandMinHours());
        assertThat(summary.availableUsableHours()).isLessThan(summary.demandDesiredHours());
        assertThat(summary.byDay()).hasSize(7).allSatisfy(day -> {
            assertThat(day.usable()).as(day.day().toString()).isGreaterThanOrEqualTo(day.demandMin());
            assertThat(day.gpUsable()).as(day.day() + " GP").isGreaterThanOrEqualTo(day.gpDemandMin());
        });
        assertThat(summary.byRole()).allSatisfy(role -> assertThat(role.usable()).as(role.role().label())
                .isGreaterThanOrEqualTo(role.demandMin()));
    }

    @Test
    void smallAndLargeAreSolvableInPrinciple() {
        for (String size : List.of("S", "L")) {
            DemoEconomy economy = DemoEconomyGenerator.generate(size, 17, MARCH_2);
            DemoSummary summary = DemoSummary.of(economy, DemoProblems.toProblem(economy));
            assertThat(summary.byDay()).allSatisfy(day -> assertThat(day.usable()).as(size + " " + day.day())
                    .isGreaterThanOrEqualTo(day.demandMin()));
            assertThat(summary.byRole()).allSatisfy(role -> assertThat(role.usable()).as(size + " " + role.role())
                    .isGreaterThanOrEqualTo(role.demandMin()));
        }
    }

    @Test
    void problemCoversTheHorizonWithStableShiftIds() {
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_2);
        ProblemDocument problem = DemoProblems.toProblem(m);
        assertThat(problem.timezone()).isEqualTo("Europe/London");
        assertThat(problem.firstDate()).isEqualTo(MARCH_2);
        assertThat(problem.lastDate()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(problem.bankHolidays()).isEmpty();
        assertThat(problem.hubs()).hasSize(7);
        assertThat(problem.shifts()).extracting(Shift::id).contains("ALN-2026-03-02-0800", "ALN-2026-03-02-1830",
                "BER-2026-03-07-1300", "HEX-2026-03-29-0900").doesNotHaveDuplicates();
        // 7 hubs x (5 weekdays x 3 + Saturday 2 + Sunday 1) x 4 weeks
        assertThat(problem.shifts()).hasSize(7 * 18 * 4);
        ProblemDocument.Clinician first = problem.clinicians().get(0);
        assertThat(first.travelMinutes()).containsOnlyKeys("ALN", "BER", "HEX", "MOR", "BLY", "CRA", "ASH");
        assertThat(first.unavailable()).allSatisfy(interval -> {
            assertThat(interval.start().toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
            assertThat(interval.end()).isEqualTo(interval.start().plusDays(1));
        });
    }

    @Test
    void weekdayPreferencesBecomeDatedAvoidDays() {
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_2);
        ProblemDocument problem = DemoProblems.toProblem(m);
        Map<String, ProblemDocument.Clinician> byId = problem.clinicians().stream()
                .collect(Collectors.toMap(ProblemDocument.Clinician::id, Function.identity()));
        Clinician avoider = m.clinicians().stream()
                .filter(c -> c.preferences().stream().anyMatch(p -> p.day() == DayOfWeek.SUNDAY))
                .findFirst().orElseThrow();
        assertThat(byId.get(avoider.code()).preferences())
                .filteredOn(p -> p.kind().equals("AVOID_DAY") && p.date().getDayOfWeek() == DayOfWeek.SUNDAY)
                .extracting(ProblemDocument.Preference::date)
                .containsExactly(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22),
                        LocalDate.of(2026, 3, 29));
    }

    @Test
    void shiftsKeepLocalTimesAcrossTheClockChange() {
        ProblemDocument problem = DemoProblems.toProblem(DemoEconomyGenerator.generate("M", 17, MARCH_2));
        Shift sundayBeforeChange = shift(problem, "ALN-2026-03-22-0900");
        Shift sundayOfChange = shift(problem, "ALN-2026-03-29-0900");
        assertThat(sundayBeforeChange.start().toLocalTime()).isEqualTo(sundayOfChange.start().toLocalTime());
        assertThat(sundayOfChange.start()).isEqualTo(LocalDateTime.of(2026, 3, 29, 9, 0));
        assertThat(sundayOfChange.end()).isEqualTo(LocalDateTime.of(2026, 3, 29, 13, 0));
    }

    @Test
    void anEightOClockShiftOnTheDayOfTheClockChangeStaysAtEightLocal() {
        // The clock change is on a Sunday, when hubs open at 09:00; a hub whose Sunday opened at 08:00 would still
        // read 08:00 local, because templates become LocalDateTimes without passing through an offset.
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_2);
        List<ShiftTemplate> templates = new java.util.ArrayList<>(m.templates());
        templates.add(new ShiftTemplate("ALN", DayOfWeek.SUNDAY, java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(9, 0), List.of(new Requirement(Role.GP, Set.of(), 1, 1))));
        DemoEconomy earlySunday = new DemoEconomy(m.size(), m.seed(), m.firstDate(), m.weeks(), m.practices(),
                m.hubs(), m.clinicians(), templates);
        Shift shift = shift(DemoProblems.toProblem(earlySunday), "ALN-2026-03-29-0800");
        assertThat(shift.start()).isEqualTo(LocalDateTime.of(2026, 3, 29, 8, 0));
        assertThat(Duration.between(shift.start(), shift.end())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void bankHolidaysRunSundaySessionsAndHoldNoPracticeCommitments() {
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_30);
        ProblemDocument problem = DemoProblems.toProblem(m);
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        LocalDate easterMonday = LocalDate.of(2026, 4, 6);
        assertThat(problem.bankHolidays()).containsExactly(goodFriday, easterMonday);
        for (LocalDate holiday : List.of(goodFriday, easterMonday)) {
            List<Shift> onHoliday = problem.shifts().stream()
                    .filter(s -> s.start().toLocalDate().equals(holiday)).toList();
            assertThat(onHoliday).hasSize(7).allSatisfy(s -> {
                assertThat(s.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
                assertThat(s.end().toLocalTime()).isEqualTo(java.time.LocalTime.of(13, 0));
            });
            assertThat(problem.clinicians()).allSatisfy(c -> assertThat(c.commitments())
                    .noneMatch(interval -> interval.start().toLocalDate().equals(holiday)));
        }
        assertThat(shift(problem, "ALN-2026-04-06-0900")).isNotNull();
        assertThat(problem.shifts()).noneMatch(s -> s.id().equals("ALN-2026-04-06-0800"));

        ProblemDocument may = DemoProblems.toProblem(DemoEconomyGenerator.generate("M", 17, LocalDate.of(2026, 4, 27)));
        assertThat(may.bankHolidays()).containsExactly(LocalDate.of(2026, 5, 4)); // horizon ends 24 May
        ProblemDocument august = DemoProblems.toProblem(DemoEconomyGenerator.generate("S", 17, LocalDate.of(2026, 8,
                31)));
        assertThat(august.bankHolidays()).containsExactly(LocalDate.of(2026, 8, 31));
    }

    @Test
    void commitmentsAreExpandedOnEveryWorkingDay() {
        DemoEconomy m = DemoEconomyGenerator.generate("M", 17, MARCH_2);
        ProblemDocument problem = DemoProblems.toProblem(m);
        Clinician clinician = m.clinicians().get(0);
        List<Interval> dated = problem.clinicians().get(0).commitments();
        assertThat(dated).hasSize(clinician.commitments().size() * 4);
        int weekly = clinician.commitments().stream().mapToInt(DemoEconomyGeneratorTests::minutes).sum();
        long total = dated.stream().mapToLong(i -> Duration.between(i.start(), i.end()).toMinutes()).sum();
        assertThat(total).isEqualTo(4L * weekly);
    }

    private static Shift shift(ProblemDocument problem, String id) {
        return problem.shifts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static long population(DemoEconomy economy) {
        return economy.practices().stream().mapToLong(Practice::listSize).sum();
    }

    private static int free(Clinician clinician) {
        return clinician.baselineWeeklyMinutes()
                - clinician.commitments().stream().mapToInt(DemoEconomyGeneratorTests::minutes).sum();
    }

    private static int minutes(Commitment commitment) {
        return (int) Duration.between(commitment.start(), commitment.end()).toMinutes();
    }
}

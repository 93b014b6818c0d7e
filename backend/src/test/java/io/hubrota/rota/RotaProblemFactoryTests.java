package io.hubrota.rota;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.clinicians.Clinician;
import io.hubrota.database.DatabaseTest;
import io.hubrota.hubs.Hub;
import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemMapper;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({ RotaProblemFactory.class, RotaProblemFactoryTests.FlatHourWeights.class })
class RotaProblemFactoryTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Monday 4 May 2026 is the Early May bank holiday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    @Autowired
    ApplicationContext context;

    @Autowired
    RotaRepository rotas;

    @Autowired
    ShiftRepository shifts;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    RotaProblemFactory factory;

    @Test
    void mapsShiftsLinesCliniciansCommitmentsTravelAndPins() {
        RotaTestData data = RotaTestData.create(context);
        Hub hub = data.hubs().get(0);
        Rota rota = rotas.save(new Rota("Problem test", MONDAY, MONDAY.plusDays(6), new HashSet<>(List.of(hub)), null,
                Instant.now()));
        Shift wednesday = new Shift(rota, hub, MONDAY.plusDays(2), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(13, 0), LONDON);
        ShiftRequirement gpLine = wednesday.addRequirement(io.hubrota.shared.Role.GP, java.util.Set.of(), 1, 2);
        wednesday.addRequirement(io.hubrota.shared.Role.PRACTICE_NURSE, java.util.Set.of("minor injuries"), 1, 1);
        shifts.save(wednesday);
        Clinician gp = data.clinicians().get(0);
        Assignment pinned = new Assignment(gpLine, gp, AssignmentSource.MANUAL);
        assignments.save(pinned);
        assignments.flush();

        ProblemDocument problem = factory.problemFor(rota);

        assertThat(problem.firstDate()).isEqualTo(MONDAY);
        assertThat(problem.bankHolidays()).containsExactly(MONDAY);
        assertThat(problem.hubs()).extracting(ProblemDocument.Hub::id).containsExactly(String.valueOf(hub.getId()));
        assertThat(problem.shifts()).singleElement().satisfies(shift -> {
            assertThat(shift.id()).isEqualTo(String.valueOf(wednesday.getId()));
            assertThat(shift.start()).isEqualTo(MONDAY.plusDays(2).atTime(9, 0));
            assertThat(shift.requirements()).extracting(ProblemDocument.Requirement::role)
                    .containsExactly("GP", "PRACTICE_NURSE");
            assertThat(shift.requirements().get(1).skills()).containsExactly("minor injuries");
            assertThat(shift.requirements().get(0).desired()).isEqualTo(2);
        });
        ProblemDocument.Clinician mapped = problem.clinicians().stream()
                .filter(c -> c.id().equals(String.valueOf(gp.getId()))).findFirst().orElseThrow();
        // Practice days Monday and Tuesday; Monday is a bank holiday, so only Tuesday's session is held.
        assertThat(gp.getCode()).isNotBlank();
        assertThat(mapped.commitments()).extracting(c -> c.start().getDayOfWeek())
                .containsExactly(DayOfWeek.TUESDAY);
        assertThat(mapped.travelMinutes()).containsKey(String.valueOf(hub.getId()));
        assertThat(mapped.maxTravelMinutes()).isEqualTo(60);
        assertThat(problem.pinned()).containsExactly(
                new ProblemDocument.Assignment(String.valueOf(gp.getId()), String.valueOf(wednesday.getId())));
        assertThat(problem.previous()).isEmpty();
        assertThat(problem.hourWeights()).isEmpty();

        // The problem is one the solver accepts, with the pinned assignment on the GP line.
        var solution = ProblemMapper.toSolution(problem);
        assertThat(solution.getClinicianDays()).filteredOn(day -> day.isPinned())
                .singleElement().satisfies(day -> assertThat(day.getPost().line()).isZero());
    }

    /** Every hour weighs 1: this test is about the mapping, not the ED load. */
    @TestConfiguration
    static class FlatHourWeights {
        @Bean
        HourWeightsProvider flatHourWeights() {
            return (hubIds, firstDate, lastDate) -> List.of();
        }
    }
}

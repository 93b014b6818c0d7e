package io.hubrota.hubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.database.DatabaseTest;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class HubRepositoryTests {

    @Autowired
    private HubRepository hubs;

    @Autowired
    private ShiftTemplateRepository templates;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void keepsOpeningHoursPerWeekday() {
        Hub hub = new Hub("T-BLY", "Blyth hub", "Blyth", 55.13, -1.51, 4, 60_000);
        hub.setOpeningHours(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        hub.setOpeningHours(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        hub.setOpeningHours(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 30), LocalTime.of(22, 0)));
        hubs.saveAndFlush(hub);
        entityManager.clear();

        Hub found = hubs.findByCode("T-BLY").orElseThrow();

        assertThat(found.getOpeningHours()).containsExactly(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 30), LocalTime.of(22, 0)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(found.openingHoursOn(DayOfWeek.SUNDAY)).isEmpty();
        // Stored as ISO weekday numbers, so SQL sorts them in week order.
        assertThat(jdbc.queryForList("select weekday from hub_opening_hours where hub_id = ? order by weekday",
                Integer.class, found.getId())).containsExactly(1, 6);
    }

    @Test
    void keepsTemplatesWithTheirRequirementLines() {
        Hub hub = hubs.save(new Hub("T-HEX", "Hexham hub", "Hexham", 54.97, -2.10, 3, 40_000));
        ShiftTemplate evening = new ShiftTemplate(hub, DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(21, 0));
        evening.addRequirement(Role.GP, Set.of(), 1, 2);
        evening.addRequirement(Role.ADVANCED_NURSE_PRACTITIONER, Set.of("minor injuries", "paediatrics"), 1, 1);
        ShiftTemplate morning = new ShiftTemplate(hub, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
        morning.addRequirement(Role.PRACTICE_NURSE, Set.of(), 0, 1);
        templates.saveAll(List.of(evening, morning));
        templates.flush();
        entityManager.clear();

        List<ShiftTemplate> found = templates.findByHubInOrderByWeekdayAscStartAsc(List.of(hub));

        assertThat(found).extracting(ShiftTemplate::getWeekday).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        ShiftTemplate friday = found.get(1);
        assertThat(friday.getHub().getCode()).isEqualTo("T-HEX");
        assertThat(friday.duration().toMinutes()).isEqualTo(180);
        assertThat(friday.getRequirements()).hasSize(2);
        assertThat(friday.getRequirements().get(0).getRole()).isEqualTo(Role.GP);
        assertThat(friday.getRequirements().get(0).getDesired()).isEqualTo(2);
        assertThat(friday.getRequirements().get(1).getSkills()).containsExactlyInAnyOrder("minor injuries",
                "paediatrics");
    }

    @Test
    void removingARequirementLineDeletesIt() {
        Hub hub = hubs.save(new Hub("T-MOR", "Morpeth hub", "Morpeth", 55.17, -1.69, 2, 30_000));
        ShiftTemplate template = new ShiftTemplate(hub, DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        template.addRequirement(Role.GP, Set.of(), 1, 1);
        template.addRequirement(Role.PARAMEDIC, Set.of("minor injuries"), 1, 1);
        Long id = templates.saveAndFlush(template).getId();
        entityManager.clear();

        ShiftTemplate found = templates.findById(id).orElseThrow();
        ShiftTemplateRequirement paramedic = found.getRequirements().get(1);
        found.removeRequirement(paramedic);
        templates.saveAndFlush(found);

        assertThat(jdbc.queryForObject("select count(*) from shift_template_requirements where template_id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from shift_template_requirement_skills where requirement_id = ?", Integer.class,
                paramedic.getId())).isZero();
    }

    @Test
    void theSchemaRejectsADesiredCountBelowTheMinimum() {
        Hub hub = hubs.save(new Hub("T-CRA", "Cramlington hub", "Cramlington", 55.09, -1.58, 5, 50_000));
        ShiftTemplate template = templates.saveAndFlush(
                new ShiftTemplate(hub, DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));

        assertThatThrownBy(() -> jdbc.update("""
                insert into shift_template_requirements (id, template_id, role, min_count, desired_count)
                values (nextval('shift_template_requirements_seq'), ?, 'GP', 2, 1)""", template.getId()))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSchemaRejectsASessionEndingBeforeItStarts() {
        Hub hub = hubs.saveAndFlush(new Hub("T-ASH", "Ashington hub", "Ashington", 55.18, -1.57, 3, 45_000));

        assertThatThrownBy(() -> jdbc.update("""
                insert into shift_templates (id, version, hub_id, weekday, start_time, end_time)
                values (nextval('shift_templates_seq'), 0, ?, 1, '21:00', '18:00')""", hub.getId()))
            .isInstanceOf(DataIntegrityViolationException.class);
    }
}

package io.hubrota.demo;

import io.hubrota.demo.DemoEconomy.OpeningHours;
import io.hubrota.demo.DemoEconomy.Requirement;
import io.hubrota.demo.DemoEconomy.ShiftTemplate;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A hub's weekly sessions and their staffing. Every session needs a GP, so that a GP is physically on site whenever the
 * hub is open (the Enhanced Access condition for clinical oversight of the wider team). The rest of the team scales
 * with the population served; Saturday morning is the busiest weekend session and Sunday is thin, because patients ask
 * for Saturdays far more than Sundays (Ford, BJGP 2015; GP Access Fund wave 1).
 */
final class HubTemplates {

    /** Population that one "standard" hub team serves; a hub serving more gets proportionally more nurses etc. */
    static final int STANDARD_HUB_POPULATION = 45_000;

    static final LocalTime WEEKDAY_OPENS = LocalTime.of(8, 0);
    static final LocalTime WEEKDAY_CLOSES = LocalTime.of(20, 0);
    static final LocalTime WEEKEND_OPENS = LocalTime.of(9, 0);
    static final LocalTime SATURDAY_CLOSES = LocalTime.of(17, 0);
    static final LocalTime SUNDAY_CLOSES = LocalTime.of(13, 0);

    private HubTemplates() {
    }

    static List<OpeningHours> openingHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day == DayOfWeek.SATURDAY) {
                hours.add(new OpeningHours(day, WEEKEND_OPENS, SATURDAY_CLOSES));
            } else if (day == DayOfWeek.SUNDAY) {
                hours.add(new OpeningHours(day, WEEKEND_OPENS, SUNDAY_CLOSES));
            } else {
                hours.add(new OpeningHours(day, WEEKDAY_OPENS, WEEKDAY_CLOSES));
            }
        }
        return hours;
    }

    static List<ShiftTemplate> forHub(String hubCode, int populationServed) {
        double scale = (double) populationServed / STANDARD_HUB_POPULATION;
        boolean busy = scale >= 1.2;
        List<ShiftTemplate> templates = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            templates.add(new ShiftTemplate(hubCode, day, time(8, 0), time(13, 0), weekdayMorning(day, scale, busy)));
            templates.add(new ShiftTemplate(hubCode, day, time(13, 0), time(18, 30), weekdayAfternoon(day, scale, busy)));
            // The Enhanced Access network standard hours: a GP and a practitioner for on-the-day problems.
            templates.add(new ShiftTemplate(hubCode, day, time(18, 30), time(20, 0), List.of(
                    line(Role.GP, 1, 1),
                    line(Role.ADVANCED_NURSE_PRACTITIONER, 1, 1),
                    line(Role.PARAMEDIC, Set.of("minor injuries"), 0, 1))));
        }
        templates.add(new ShiftTemplate(hubCode, DayOfWeek.SATURDAY, time(9, 0), time(13, 0), List.of(
                line(Role.GP, 1, 2),
                line(Role.ADVANCED_NURSE_PRACTITIONER, 1, 1),
                line(Role.PARAMEDIC, Set.of("minor injuries"), 1, 1),
                line(Role.PRACTICE_NURSE, 0, 1))));
        templates.add(new ShiftTemplate(hubCode, DayOfWeek.SATURDAY, time(13, 0), time(17, 0), List.of(
                line(Role.GP, 1, 1),
                line(Role.PARAMEDIC, Set.of("minor injuries"), 1, 1),
                line(Role.ADVANCED_NURSE_PRACTITIONER, 0, 1))));
        templates.add(new ShiftTemplate(hubCode, DayOfWeek.SUNDAY, time(9, 0), time(13, 0), List.of(
                line(Role.GP, 1, 1))));
        return templates;
    }

    /** Mornings: GP plus practice nurse clinics (immunisations, reviews), with a healthcare assistant if available. */
    private static List<Requirement> weekdayMorning(DayOfWeek day, double scale, boolean busy) {
        List<Requirement> lines = new ArrayList<>();
        lines.add(line(Role.GP, 1, busy ? 2 : 1));
        int nurses = Math.max(1, (int) Math.round(scale));
        lines.add(line(Role.PRACTICE_NURSE, Set.of("immunisations"), nurses, nurses + 1));
        lines.add(line(Role.HEALTHCARE_ASSISTANT, 0, 1));
        if (day == DayOfWeek.MONDAY || day == DayOfWeek.WEDNESDAY) {
            lines.add(line(Role.PHYSICIAN_ASSOCIATE, 0, 1));
        }
        return lines;
    }

    /** Afternoons: GP plus advanced nurse practitioners for on-the-day demand, a pharmacist for medication work. */
    private static List<Requirement> weekdayAfternoon(DayOfWeek day, double scale, boolean busy) {
        List<Requirement> lines = new ArrayList<>();
        lines.add(line(Role.GP, 1, busy ? 2 : 1));
        int practitioners = Math.max(1, (int) Math.round(scale));
        lines.add(line(Role.ADVANCED_NURSE_PRACTITIONER, practitioners, practitioners + (busy ? 1 : 0)));
        lines.add(line(Role.CLINICAL_PHARMACIST, Set.of("prescribing"), 0, 1));
        if (day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY) {
            lines.add(line(Role.MENTAL_HEALTH_PRACTITIONER, 0, 1));
        }
        return lines;
    }

    private static Requirement line(Role role, int min, int desired) {
        return new Requirement(role, Set.of(), min, desired);
    }

    private static Requirement line(Role role, Set<String> skills, int min, int desired) {
        return new Requirement(role, skills, min, desired);
    }

    private static LocalTime time(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}

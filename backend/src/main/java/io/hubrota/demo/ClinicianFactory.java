package io.hubrota.demo;

import io.hubrota.demo.DemoEconomy.Clinician;
import io.hubrota.demo.DemoEconomy.Commitment;
import io.hubrota.demo.DemoEconomy.Hub;
import io.hubrota.demo.DemoEconomy.Leave;
import io.hubrota.demo.DemoEconomy.Practice;
import io.hubrota.demo.DemoEconomy.Preference;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Makes one clinician: baseline hours, the weekly practice sessions that use most of them, skills, travel limit, leave,
 * preferences and a login. Every random draw comes from the one seeded generator, in a fixed order.
 */
final class ClinicianFactory {

    /** A GP session is 4 h 10 min (BMA model contract); practice sessions of every role use the same length. */
    static final int SESSION_MINUTES = 250;
    static final LocalTime MORNING_START = LocalTime.of(8, 0);
    static final LocalTime MORNING_END = LocalTime.of(12, 10);
    static final LocalTime AFTERNOON_START = LocalTime.of(13, 50);
    static final LocalTime AFTERNOON_END = LocalTime.of(18, 0);
    /** A practice day for the Agenda for Change roles: 7.5 h in two parts around an unpaid half-hour lunch. */
    static final LocalTime DAY_START = LocalTime.of(8, 30);
    static final LocalTime LUNCH_START = LocalTime.of(12, 30);
    static final LocalTime LUNCH_END = LocalTime.of(13, 0);
    static final LocalTime DAY_END = LocalTime.of(16, 30);
    static final int DAY_MINUTES = 450;
    /** Left free by a clinician with "no hub session": enough for one 18:30-20:00 evening at most. */
    static final int EVENING_ONLY_MINUTES = 90;

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final SplittableRandom random;
    private final SizeProfile profile;
    private final LocalDate firstDate;
    private final List<Hub> hubs;
    private final Set<String> usernames = new HashSet<>();

    ClinicianFactory(SplittableRandom random, SizeProfile profile, LocalDate firstDate, List<Hub> hubs) {
        this.random = random;
        this.profile = profile;
        this.firstDate = firstDate;
        this.hubs = hubs;
    }

    Clinician create(int number, Role role, Practice practice) {
        String given = pick(Names.GIVEN);
        String surname = pick(Names.SURNAMES);
        String name = (role == Role.GP ? "Dr " : "") + given + " " + surname;
        int baseline = baselineMinutes(role);
        int hubSessions = draw(role == Role.GP ? profile.gpHubSessions() : profile.otherHubSessions());
        List<Commitment> commitments = role == Role.GP
                ? gpSessions(baseline, hubSessions)
                : agendaForChangeDays(baseline, hubSessions);
        List<Hub> byDistance = hubsByTravel(practice);
        int nearestTravel = travel(practice, byDistance.get(0));
        // A limit below the nearest hub would make the clinician useless to the scheme; nobody signs up for that.
        int maxTravel = Math.max(pick(List.of(30, 40, 45, 60)), roundUpToFive(nearestTravel));
        return new Clinician(String.format(Locale.ROOT, "C%04d", number), name, role, skills(role), practice.code(),
                baseline, maxTravel, commitments, leave(), preferences(byDistance, practice, maxTravel),
                username(role, given, surname));
    }

    /**
     * Baseline weekly minutes, the ceiling hub work must fit under. GPs: 6-9 sessions, mostly part time (only 9.5% of
     * GPs worked 9 sessions in 2021, Pulse). Other roles: Agenda for Change full time 37.5 h or common part-time
     * contracts.
     */
    private int baselineMinutes(Role role) {
        return switch (role) {
            case GP -> SESSION_MINUTES * weighted(new int[] {6, 7, 8, 9}, new double[] {0.30, 0.25, 0.30, 0.15});
            case PRACTICE_NURSE -> hours(weighted(new int[] {375, 300, 225}, new double[] {0.35, 0.35, 0.30}));
            case HEALTHCARE_ASSISTANT -> hours(weighted(new int[] {375, 225}, new double[] {0.5, 0.5}));
            case ADVANCED_NURSE_PRACTITIONER -> hours(weighted(new int[] {375, 300}, new double[] {0.6, 0.4}));
            case CLINICAL_PHARMACIST -> hours(weighted(new int[] {375, 300}, new double[] {0.7, 0.3}));
            default -> hours(375);
        };
    }

    private static int hours(int tenthsOfHour) {
        return tenthsOfHour * 6;
    }

    /**
     * GPs contract in sessions: weekly practice sessions (08:00-12:10, 13:50-18:00), mostly whole days, leaving
     * {@code hubSessions} sessions of the baseline free for the hub. With none, one morning session is short so that
     * just {@value #EVENING_ONLY_MINUTES} minutes remain: commitments always stay below the baseline.
     */
    private List<Commitment> gpSessions(int baseline, int hubSessions) {
        int wholeSessions = baseline / SESSION_MINUTES;
        int remainder = baseline % SESSION_MINUTES;
        int sessions;
        int shortSessionMinutes = 0;
        if (hubSessions > 0) {
            sessions = wholeSessions - hubSessions;
        } else if (remainder >= 60) {
            sessions = wholeSessions;
        } else {
            sessions = wholeSessions - 1;
            shortSessionMinutes = SESSION_MINUTES - EVENING_ONLY_MINUTES + remainder;
        }
        List<DayOfWeek> days = shuffledWeekdays();
        List<Commitment> commitments = new ArrayList<>();
        int dayIndex = 0;
        for (int fullDays = sessions / 2; fullDays > 0; fullDays--, dayIndex++) {
            commitments.add(new Commitment(days.get(dayIndex), MORNING_START, MORNING_END));
            commitments.add(new Commitment(days.get(dayIndex), AFTERNOON_START, AFTERNOON_END));
        }
        if (sessions % 2 == 1) {
            boolean morning = random.nextBoolean();
            commitments.add(new Commitment(days.get(dayIndex++), morning ? MORNING_START : AFTERNOON_START,
                    morning ? MORNING_END : AFTERNOON_END));
        }
        if (shortSessionMinutes > 0) {
            commitments.add(new Commitment(days.get(dayIndex), MORNING_START,
                    MORNING_START.plusMinutes(shortSessionMinutes)));
        }
        return sorted(commitments);
    }

    /**
     * Nurses, pharmacists and the other Agenda for Change roles contract in hours and work whole days at the practice,
     * 08:30-12:30 and 13:00-16:30 (7.5 h, half an hour unpaid lunch). {@code hubDays} days of the baseline are left for
     * the hub; with none, one afternoon ends early so that {@value #EVENING_ONLY_MINUTES} minutes remain.
     */
    private List<Commitment> agendaForChangeDays(int baseline, int hubDays) {
        int contractedDays = baseline / DAY_MINUTES;
        int committedDays = Math.max(0, contractedDays - hubDays);
        int shortenBy = 0;
        if (hubDays == 0 && baseline - contractedDays * DAY_MINUTES < EVENING_ONLY_MINUTES) {
            shortenBy = EVENING_ONLY_MINUTES - (baseline - contractedDays * DAY_MINUTES);
        }
        List<DayOfWeek> days = shuffledWeekdays();
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < committedDays; i++) {
            LocalTime afternoonEnd = i == committedDays - 1 ? DAY_END.minusMinutes(shortenBy) : DAY_END;
            commitments.add(new Commitment(days.get(i), DAY_START, LUNCH_START));
            commitments.add(new Commitment(days.get(i), LUNCH_END, afternoonEnd));
        }
        return sorted(commitments);
    }

    private List<DayOfWeek> shuffledWeekdays() {
        List<DayOfWeek> days = new ArrayList<>(WEEKDAYS);
        shuffle(days);
        return days;
    }

    private static List<Commitment> sorted(List<Commitment> commitments) {
        commitments.sort(Comparator.comparing(Commitment::day).thenComparing(Commitment::start));
        return List.copyOf(commitments);
    }

    private Set<String> skills(Role role) {
        Set<String> skills = new TreeSet<>();
        switch (role) {
            case GP -> {
                skills.add("prescribing");
                maybe(skills, "paediatrics", 0.35);
                maybe(skills, "minor injuries", 0.20);
                maybe(skills, "women's health", 0.25);
                maybe(skills, "frailty", 0.20);
                maybe(skills, "mental health", 0.10);
            }
            case ADVANCED_NURSE_PRACTITIONER -> {
                maybe(skills, "prescribing", 0.90);
                maybe(skills, "minor injuries", 0.50);
                maybe(skills, "paediatrics", 0.30);
            }
            case PRACTICE_NURSE -> {
                maybe(skills, "immunisations", 0.90);
                maybe(skills, "cervical screening", 0.70);
                maybe(skills, "wound care", 0.60);
                maybe(skills, "prescribing", 0.15);
            }
            case CLINICAL_PHARMACIST -> {
                skills.add("medication review");
                maybe(skills, "prescribing", 0.75);
            }
            case PARAMEDIC -> {
                skills.add("minor injuries");
                maybe(skills, "home visits", 0.60);
                maybe(skills, "prescribing", 0.30);
            }
            case PHYSICIAN_ASSOCIATE -> skills.add("minor illness");
            case HEALTHCARE_ASSISTANT -> {
                skills.add("phlebotomy");
                maybe(skills, "blood pressure", 0.80);
            }
            case MENTAL_HEALTH_PRACTITIONER -> skills.add("mental health");
        }
        return Collections.unmodifiableSortedSet((TreeSet<String>) skills);
    }

    /** About one clinician in ten takes a whole week (Monday to Sunday) of leave somewhere in the horizon. */
    private List<Leave> leave() {
        if (random.nextDouble() >= profile.leaveShare()) {
            return List.of();
        }
        LocalDate monday = firstDate.plusWeeks(random.nextInt(profile.weeks()));
        return List.of(new Leave(monday, monday.plusDays(6), "Annual leave"));
    }

    /**
     * Soft wishes: many would rather not work Sundays, fewer Saturdays (Ford, BJGP 2015 asked patients, but staff say
     * the same); some favour the hub near home or avoid one across the county.
     */
    private List<Preference> preferences(List<Hub> byDistance, Practice practice, int maxTravel) {
        List<Preference> preferences = new ArrayList<>();
        if (random.nextDouble() < 0.30) {
            preferences.add(new Preference("AVOID_WEEKDAY", DayOfWeek.SUNDAY, null, 3 + random.nextInt(4)));
        }
        if (random.nextDouble() < 0.15) {
            preferences.add(new Preference("AVOID_WEEKDAY", DayOfWeek.SATURDAY, null, 2 + random.nextInt(4)));
        }
        if (random.nextDouble() < 0.10) {
            preferences.add(new Preference("AVOID_WEEKDAY", WEEKDAYS.get(random.nextInt(WEEKDAYS.size())), null,
                    1 + random.nextInt(3)));
        }
        if (random.nextDouble() < 0.10) {
            preferences.add(new Preference("PREFER_HUB", null, byDistance.get(0).code(), 2 + random.nextInt(4)));
        }
        if (byDistance.size() > 1 && random.nextDouble() < 0.05) {
            Hub second = byDistance.get(1);
            if (travel(practice, second) <= maxTravel) {
                preferences.add(new Preference("AVOID_HUB", null, second.code(), 1 + random.nextInt(3)));
            }
        }
        return List.copyOf(preferences);
    }

    /** GPs as "dr.ashah", others as "aisha.shah"; a number makes a repeat unique. */
    private String username(Role role, String given, String surname) {
        String cleanSurname = surname.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String cleanGiven = given.toLowerCase(Locale.ROOT);
        String base = role == Role.GP ? "dr." + cleanGiven.charAt(0) + cleanSurname : cleanGiven + "." + cleanSurname;
        String username = base;
        for (int n = 2; !usernames.add(username); n++) {
            username = base + n;
        }
        return username;
    }

    private List<Hub> hubsByTravel(Practice practice) {
        List<Hub> sorted = new ArrayList<>(hubs);
        sorted.sort(Comparator.comparingInt((Hub hub) -> travel(practice, hub)).thenComparing(Hub::code));
        return sorted;
    }

    static int travel(Practice practice, Hub hub) {
        return GeoDistance.travelMinutes(practice.latitude(), practice.longitude(), hub.latitude(), hub.longitude());
    }

    private static int roundUpToFive(int minutes) {
        return (minutes + 4) / 5 * 5;
    }

    private void maybe(Set<String> skills, String skill, double probability) {
        if (random.nextDouble() < probability) {
            skills.add(skill);
        }
    }

    private int draw(double[] shares) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private int weighted(int[] values, double[] weights) {
        return values[draw(weights)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> void shuffle(List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            Collections.swap(values, i, random.nextInt(i + 1));
        }
    }
}

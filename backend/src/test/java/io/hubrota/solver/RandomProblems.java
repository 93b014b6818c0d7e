package io.hubrota.solver;

import static io.hubrota.solver.ProblemBuilder.line;

import io.hubrota.solver.problem.ProblemDocument;
import io.hubrota.solver.problem.ProblemDocument.Assignment;
import io.hubrota.solver.problem.ProblemDocument.Requirement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random rota problems over two weeks that contain a clock change, with random (often bad) assignments: at
 * most one shift per clinician per day, which is all the solver's model can express.
 */
public final class RandomProblems {

    private static final String[] ROLES = {"GP", "PRACTICE_NURSE"};
    private static final String[] SKILLS = {"paediatrics", "prescribing"};
    private static final int[] START_HOURS = {0, 1, 7, 8, 12, 14, 18, 20, 22};

    private RandomProblems() {
    }

    public record Case(ProblemDocument problem, List<Assignment> assignments) {
    }

    public static Case generate(long seed) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.parse(random.nextBoolean() ? "2026-03-20" : "2026-10-17");
        LocalDate last = first.plusDays(13);
        ProblemBuilder builder = ProblemBuilder.horizon(first.toString(), last.toString());
        if (random.nextInt(3) == 0) {
            builder.settings(480 + random.nextInt(300), 3 + random.nextInt(4), 1200 + random.nextInt(600));
        }
        int hubs = 2;
        for (int hub = 0; hub < hubs; hub++) {
            builder.hub("h" + hub, 1 + random.nextInt(2));
        }
        int clinicians = 3 + random.nextInt(3);
        List<String> roles = new ArrayList<>();
        for (int index = 0; index < clinicians; index++) {
            String id = "c" + index;
            List<String> skills = new ArrayList<>();
            for (String skill : SKILLS) {
                if (random.nextBoolean()) {
                    skills.add(skill);
                }
            }
            String role = ROLES[random.nextInt(ROLES.length)];
            roles.add(role);
            builder.clinician(id, role, 1200 + random.nextInt(1050), skills.toArray(String[]::new));
            for (LocalDate date = first.minusDays(1); !date.isAfter(last.plusDays(1)); date = date.plusDays(1)) {
                if (random.nextInt(10) < 3) {
                    int startHour = random.nextBoolean() ? 8 : 13;
                    builder.commitment(id, time(date, startHour), time(date, startHour + 3 + random.nextInt(3)));
                }
            }
            if (random.nextInt(3) == 0) {
                LocalDate leave = first.plusDays(random.nextInt(14));
                builder.leave(id, time(leave, 0), time(leave.plusDays(1 + random.nextInt(3)), 0));
            }
            if (random.nextBoolean()) {
                builder.maxTravel(id, 30);
            }
            for (int hub = 0; hub < hubs; hub++) {
                builder.travel(id, "h" + hub, 10 + random.nextInt(50));
            }
        }
        List<String> shiftIds = new ArrayList<>();
        List<LocalDate> shiftDates = new ArrayList<>();
        List<List<Requirement>> shiftLines = new ArrayList<>();
        int shifts = 10 + random.nextInt(11);
        for (int index = 0; index < shifts; index++) {
            LocalDate date = first.plusDays(random.nextInt(14));
            int startHour = START_HOURS[random.nextInt(START_HOURS.length)];
            // At least 2 hours so that no shift collapses to zero length in the spring-forward gap.
            int hours = 2 + random.nextInt(9);
            List<Requirement> lines = new ArrayList<>();
            lines.add(line("GP", random.nextInt(3), 2 + random.nextInt(2)));
            if (random.nextBoolean()) {
                lines.add(random.nextBoolean() ? line("PRACTICE_NURSE", 1, 2)
                        : line("PRACTICE_NURSE", 1, 1, SKILLS[random.nextInt(SKILLS.length)]));
            }
            String id = "s" + index;
            builder.shift(id, "h" + random.nextInt(hubs), time(date, startHour),
                    LocalDateTime.of(date, LocalTime.of(startHour, 0)).plusHours(hours).toString(),
                    lines.toArray(Requirement[]::new));
            shiftIds.add(id);
            shiftDates.add(date);
            shiftLines.add(lines);
        }
        // Some rotas sparse and role-aware (often legal), most dense and blind (usually breaking something).
        boolean careful = seed % 4 == 0;
        int assignPercent = careful ? 10 : 45;
        List<Assignment> assignments = new ArrayList<>();
        for (int index = 0; index < clinicians; index++) {
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                List<String> onDate = new ArrayList<>();
                for (int shift = 0; shift < shiftIds.size(); shift++) {
                    String role = roles.get(index);
                    boolean roleFits = shiftLines.get(shift).stream().anyMatch(line -> line.role().equals(role)
                            && line.skills().isEmpty());
                    if (shiftDates.get(shift).equals(date) && (roleFits || !careful)) {
                        onDate.add(shiftIds.get(shift));
                    }
                }
                if (!onDate.isEmpty() && random.nextInt(100) < assignPercent) {
                    assignments.add(new Assignment("c" + index, onDate.get(random.nextInt(onDate.size()))));
                }
            }
        }
        return new Case(builder.build(), assignments);
    }

    private static String time(LocalDate date, int hour) {
        return LocalDateTime.of(date, LocalTime.of(hour, 0)).toString();
    }
}

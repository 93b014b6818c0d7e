package io.hubrota.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The import's weekly commitments cell: {@code MON 08:00-12:10;TUE 13:50-18:00}. */
final class CommitmentsCell {

    private static final Pattern SESSION = Pattern
            .compile("([A-Za-z]+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private CommitmentsCell() {
    }

    /** The sessions, or the first problem found as an error message. */
    record Parsed(List<CommitmentRequest> sessions, Optional<String> problem) {
    }

    static Parsed parse(String cell) {
        List<CommitmentRequest> sessions = new ArrayList<>();
        for (String part : cell.split(";")) {
            String session = part.strip();
            if (session.isEmpty()) {
                continue;
            }
            Matcher matcher = SESSION.matcher(session);
            if (!matcher.matches()) {
                return problem("'" + session + "' is not like MON 08:00-12:10");
            }
            Optional<DayOfWeek> day = weekday(matcher.group(1));
            if (day.isEmpty()) {
                return problem("'" + matcher.group(1) + "' is not a weekday (MON, TUE, WED, THU, FRI, SAT, SUN)");
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.parse(matcher.group(2), TIME);
                end = LocalTime.parse(matcher.group(3), TIME);
            } catch (DateTimeParseException e) {
                return problem("'" + session + "' has a time that does not exist");
            }
            if (!end.isAfter(start)) {
                return problem("'" + session + "' ends before it starts");
            }
            sessions.add(CommitmentRequest.weekly(day.get(), start, end));
        }
        return new Parsed(sessions, Optional.empty());
    }

    private static Optional<DayOfWeek> weekday(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Parsed problem(String message) {
        return new Parsed(List.of(), Optional.of(message));
    }
}

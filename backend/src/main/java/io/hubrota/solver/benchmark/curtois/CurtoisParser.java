package io.hubrota.solver.benchmark.curtois;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text format of FORMAT.md: {@code SECTION_*} headers, comma-separated fields, {@code #} comment lines,
 * blank lines, LF or CRLF line ends. Everything malformed or inconsistent is reported as a
 * {@link CurtoisFormatException} naming the line, because a silently misread instance would make every benchmark
 * number computed from it wrong.
 *
 * <p>Sections are collected first and interpreted afterwards in dependency order (horizon, shifts, staff, …) so that
 * cross-references can be checked regardless of where a section appears. {@code SECTION_DAYS_OFF} and the two request
 * sections may be absent (meaning none); the others are required.
 */
public final class CurtoisParser {

    private enum Section {
        HORIZON(true), SHIFTS(true), STAFF(true), DAYS_OFF(false), SHIFT_ON_REQUESTS(false),
        SHIFT_OFF_REQUESTS(false), COVER(true);

        final boolean required;

        Section(boolean required) {
            this.required = required;
        }

        String header() {
            return "SECTION_" + name();
        }
    }

    private record Line(int number, String text) {
    }

    private CurtoisParser() {
    }

    /** Parses an instance file; the instance name is the file name without extension (e.g. {@code Instance1}). */
    public static CurtoisInstance parse(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses instance text; {@code sourceName} appears in error messages and, without extension, as the name. */
    public static CurtoisInstance parse(String sourceName, String text) {
        return new Reading(sourceName, text).instance();
    }

    /** The state of one parse: the source name for messages and the values read so far, for cross-checks. */
    private static final class Reading {

        private final String sourceName;
        private final Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
        private int lastLineNumber;
        private int days;
        private final Map<String, CurtoisShiftType> shiftTypes = new LinkedHashMap<>();
        private final Map<String, Line> staffLines = new LinkedHashMap<>();
        private final Map<String, Set<Integer>> daysOffByStaff = new HashMap<>();

        Reading(String sourceName, String text) {
            this.sourceName = sourceName;
            collectSections(text);
        }

        private void collectSections(String text) {
            Section current = null;
            List<String> rawLines = text.lines().toList();
            for (int index = 0; index < rawLines.size(); index++) {
                Line line = new Line(index + 1, rawLines.get(index).strip());
                lastLineNumber = line.number();
                if (line.text().isEmpty() || line.text().startsWith("#")) {
                    continue;
                }
                if (line.text().startsWith("SECTION_")) {
                    current = sectionOf(line);
                    if (sections.containsKey(current)) {
                        throw error(line, "section " + current.header() + " appears a second time");
                    }
                    sections.put(current, new ArrayList<>());
                } else if (current == null) {
                    throw error(line, "data before the first SECTION_ header: '" + line.text() + "'");
                } else {
                    sections.get(current).add(line);
                }
            }
            for (Section section : Section.values()) {
                if (section.required && !sections.containsKey(section)) {
                    throw new CurtoisFormatException(sourceName, lastLineNumber,
                            "end of input reached without a " + section.header() + " section");
                }
            }
        }

        private Section sectionOf(Line line) {
            for (Section section : Section.values()) {
                if (section.header().equals(line.text())) {
                    return section;
                }
            }
            throw error(line, "unknown section header '" + line.text() + "'");
        }

        CurtoisInstance instance() {
            readHorizon();
            readShiftTypes();
            for (Line line : lines(Section.STAFF)) {
                String id = fields(line, 8, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, "
                        + "MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends")[0];
                requireNonEmpty(line, id, "staff ID");
                if (staffLines.putIfAbsent(id, line) != null) {
                    throw error(line, "staff ID '" + id + "' is defined twice");
                }
            }
            readDaysOff();
            List<CurtoisStaff> staff = new ArrayList<>();
            staffLines.forEach((id, line) -> staff.add(staffOf(line)));
            List<CurtoisShiftRequest> onRequests = readRequests(Section.SHIFT_ON_REQUESTS);
            List<CurtoisShiftRequest> offRequests = readRequests(Section.SHIFT_OFF_REQUESTS);
            List<CurtoisCoverRequirement> cover = readCover();
            return new CurtoisInstance(withoutExtension(sourceName), days, List.copyOf(shiftTypes.values()), staff,
                    onRequests, offRequests, cover);
        }

        private void readHorizon() {
            List<Line> lines = lines(Section.HORIZON);
            if (lines.size() != 1) {
                int at = lines.isEmpty() ? lastLineNumber : lines.get(1).number();
                throw new CurtoisFormatException(sourceName, at,
                        "SECTION_HORIZON must hold exactly one line (the number of days), found " + lines.size());
            }
            Line line = lines.get(0);
            days = number(line, line.text(), "horizon length in days");
            // FORMAT.md: "Day 0 is a Monday; h is a whole number of weeks" - the weekend rule relies on it.
            if (days == 0 || days % 7 != 0) {
                throw error(line, "the horizon must be a positive whole number of weeks, found " + days + " days");
            }
        }

        private void readShiftTypes() {
            Map<String, Line> lineByShiftType = new HashMap<>();
            for (Line line : lines(Section.SHIFTS)) {
                String[] fields = fields(line, 3, "ShiftID, length in minutes, IDs that cannot follow this shift");
                String id = fields[0];
                requireNonEmpty(line, id, "shift ID");
                int length = number(line, fields[1], "shift length in minutes");
                Set<String> forbidden = new LinkedHashSet<>(idList(line, fields[2], "forbidden successor"));
                if (shiftTypes.putIfAbsent(id, new CurtoisShiftType(id, length, forbidden)) != null) {
                    throw error(line, "shift ID '" + id + "' is defined twice");
                }
                lineByShiftType.put(id, line);
            }
            if (shiftTypes.isEmpty()) {
                throw new CurtoisFormatException(sourceName, lastLineNumber, "SECTION_SHIFTS defines no shift type");
            }
            // Successors may name shift types defined on later lines, so they are checked once all are known.
            for (CurtoisShiftType type : shiftTypes.values()) {
                for (String successor : type.forbiddenSuccessorIds()) {
                    requireShiftType(lineByShiftType.get(type.id()), successor);
                }
            }
        }

        private void readDaysOff() {
            for (Line line : lines(Section.DAYS_OFF)) {
                String[] fields = line.text().split(",", -1);
                String staffId = fields[0].strip();
                requireStaff(line, staffId);
                Set<Integer> daysOff = daysOffByStaff.computeIfAbsent(staffId, id -> new HashSet<>());
                for (int index = 1; index < fields.length; index++) {
                    daysOff.add(day(line, fields[index].strip()));
                }
            }
        }

        private CurtoisStaff staffOf(Line line) {
            String[] fields = line.text().split(",", -1);
            for (int index = 0; index < fields.length; index++) {
                fields[index] = fields[index].strip();
            }
            String id = fields[0];
            return new CurtoisStaff(id, maxShifts(line, fields[1]),
                    number(line, fields[2], "MaxTotalMinutes"),
                    number(line, fields[3], "MinTotalMinutes"),
                    number(line, fields[4], "MaxConsecutiveShifts"),
                    number(line, fields[5], "MinConsecutiveShifts"),
                    number(line, fields[6], "MinConsecutiveDaysOff"),
                    number(line, fields[7], "MaxWeekends"),
                    daysOffByStaff.getOrDefault(id, Set.of()));
        }

        /**
         * FORMAT.md gives no meaning to a shift type left out of MaxShifts (all twelve instances list every type), so
         * rather than guess "unlimited" or "never" the parser insists on a complete list.
         */
        private Map<String, Integer> maxShifts(Line line, String field) {
            Map<String, Integer> maxShifts = new HashMap<>();
            for (String pair : idList(line, field, "MaxShifts entry")) {
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    throw error(line, "MaxShifts entry '" + pair + "' is not of the form ShiftID=max");
                }
                String shiftTypeId = pair.substring(0, equals).strip();
                requireShiftType(line, shiftTypeId);
                int max = number(line, pair.substring(equals + 1).strip(), "MaxShifts of " + shiftTypeId);
                if (maxShifts.put(shiftTypeId, max) != null) {
                    throw error(line, "MaxShifts names shift type '" + shiftTypeId + "' twice");
                }
            }
            for (String shiftTypeId : shiftTypes.keySet()) {
                if (!maxShifts.containsKey(shiftTypeId)) {
                    throw error(line, "MaxShifts has no entry for shift type '" + shiftTypeId + "'");
                }
            }
            return maxShifts;
        }

        private List<CurtoisShiftRequest> readRequests(Section section) {
            List<CurtoisShiftRequest> requests = new ArrayList<>();
            for (Line line : lines(section)) {
                String[] fields = fields(line, 4, "EmployeeID, Day, ShiftID, Weight");
                requireStaff(line, fields[0]);
                requireShiftType(line, fields[2]);
                requests.add(new CurtoisShiftRequest(fields[0], day(line, fields[1]), fields[2],
                        number(line, fields[3], "request weight")));
            }
            return requests;
        }

        private List<CurtoisCoverRequirement> readCover() {
            List<CurtoisCoverRequirement> cover = new ArrayList<>();
            Set<String> dayAndShiftSeen = new HashSet<>();
            for (Line line : lines(Section.COVER)) {
                String[] fields = fields(line, 5, "Day, ShiftID, Requirement, Weight for under, Weight for over");
                int day = day(line, fields[0]);
                requireShiftType(line, fields[1]);
                // Two lines for one day and shift would make "the" cover of that slot ambiguous.
                if (!dayAndShiftSeen.add(day + "/" + fields[1])) {
                    throw error(line, "a second cover line for day " + day + " and shift '" + fields[1] + "'");
                }
                cover.add(new CurtoisCoverRequirement(day, fields[1], number(line, fields[2], "cover requirement"),
                        number(line, fields[3], "weight for under"), number(line, fields[4], "weight for over")));
            }
            return cover;
        }

        private List<Line> lines(Section section) {
            return sections.getOrDefault(section, List.of());
        }

        private String[] fields(Line line, int expected, String layout) {
            String[] fields = line.text().split(",", -1);
            if (fields.length != expected) {
                throw error(line, "expected " + expected + " comma-separated fields (" + layout + ") but found "
                        + fields.length + ": '" + line.text() + "'");
            }
            for (int index = 0; index < fields.length; index++) {
                fields[index] = fields[index].strip();
            }
            return fields;
        }

        /** A '|'-separated list that may be empty as a whole but has no empty items. */
        private List<String> idList(Line line, String field, String what) {
            if (field.isEmpty()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : field.split("\\|", -1)) {
                requireNonEmpty(line, item.strip(), what);
                items.add(item.strip());
            }
            return items;
        }

        private int number(Line line, String text, String what) {
            try {
                int value = Integer.parseInt(text);
                if (value < 0) {
                    throw error(line, what + " must not be negative, found " + value);
                }
                return value;
            } catch (NumberFormatException notANumber) {
                throw error(line, "expected a whole number for " + what + " but found '" + text + "'");
            }
        }

        private int day(Line line, String text) {
            int day = number(line, text, "day index");
            if (day >= days) {
                throw error(line, "day " + day + " is outside the horizon 0.." + (days - 1));
            }
            return day;
        }

        private void requireShiftType(Line line, String id) {
            if (!shiftTypes.containsKey(id)) {
                throw error(line, "unknown shift ID '" + id + "' (known: " + String.join(", ", shiftTypes.keySet()) + ")");
            }
        }

        private void requireStaff(Line line, String id) {
            if (!staffLines.containsKey(id)) {
                throw error(line, "unknown staff ID '" + id + "'");
            }
        }

        private void requireNonEmpty(Line line, String value, String what) {
            if (value.isEmpty()) {
                throw error(line, "empty " + what);
            }
        }

        private CurtoisFormatException error(Line line, String problem) {
            return new CurtoisFormatException(sourceName, line.number(), problem);
        }

        private static String withoutExtension(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(0, dot) : fileName;
        }
    }
}

package io.hubrota.solver.benchmark.curtois;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the solution text format of {@link CurtoisSolutionWriter} for a given instance. Staff must appear in the
 * instance's order with exactly {@code days} TABs each; an empty cell is a day off. LF or CRLF line ends and trailing
 * empty lines are accepted; anything else malformed is a {@link CurtoisFormatException} naming the line.
 */
public final class CurtoisSolutionReader {

    private CurtoisSolutionReader() {
    }

    public static CurtoisRoster read(CurtoisInstance instance, Path file) throws IOException {
        return read(instance, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static CurtoisRoster read(CurtoisInstance instance, String sourceName, String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> staffIds = instance.staffIds();
        List<List<String>> grid = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            if (index >= staffIds.size()) {
                throw new CurtoisFormatException(sourceName, lineNumber,
                        "more lines than the " + staffIds.size() + " staff of " + instance.name());
            }
            String[] cells = lines.get(index).split("\t", -1);
            if (!cells[0].equals(staffIds.get(index))) {
                throw new CurtoisFormatException(sourceName, lineNumber, "expected staff ID '" + staffIds.get(index)
                        + "' (instance order) but found '" + cells[0] + "'");
            }
            if (cells.length != instance.days() + 1) {
                throw new CurtoisFormatException(sourceName, lineNumber, "expected " + instance.days()
                        + " TABs (one per day) but found " + (cells.length - 1));
            }
            List<String> row = new ArrayList<>();
            for (int day = 0; day < instance.days(); day++) {
                String shift = cells[day + 1];
                if (!shift.isEmpty() && !instance.hasShiftType(shift)) {
                    throw new CurtoisFormatException(sourceName, lineNumber,
                            "unknown shift ID '" + shift + "' on day " + day);
                }
                row.add(shift.isEmpty() ? null : shift);
            }
            grid.add(row);
        }
        if (grid.size() < staffIds.size()) {
            throw new CurtoisFormatException(sourceName, lines.size() + 1,
                    "missing line for staff '" + staffIds.get(grid.size()) + "'");
        }
        return CurtoisRoster.fromShiftGrid(staffIds, instance.days(), grid);
    }
}

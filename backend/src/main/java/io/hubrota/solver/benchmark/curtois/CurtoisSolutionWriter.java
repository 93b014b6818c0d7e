package io.hubrota.solver.benchmark.curtois;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a roster in the benchmark's solution text format: one line per staff member in the instance's staff order,
 * the staff ID, then for each day a TAB followed by the shift ID worked that day or nothing for a day off — so every
 * line has exactly {@code days} TABs. Lines end with LF. {@link CurtoisSolutionReader} reads it back.
 */
public final class CurtoisSolutionWriter {

    private CurtoisSolutionWriter() {
    }

    public static void write(CurtoisInstance instance, CurtoisRoster roster, Path file) throws IOException {
        Files.writeString(file, format(instance, roster), StandardCharsets.UTF_8);
    }

    /** The solution text; fails on a day with several shifts, which the format cannot express. */
    public static String format(CurtoisInstance instance, CurtoisRoster roster) {
        if (!roster.staffIds().equals(instance.staffIds()) || roster.days() != instance.days()) {
            throw new IllegalArgumentException("The roster does not belong to instance " + instance.name());
        }
        StringBuilder text = new StringBuilder();
        for (int staffIndex = 0; staffIndex < roster.staffIds().size(); staffIndex++) {
            text.append(roster.staffIds().get(staffIndex));
            for (int day = 0; day < roster.days(); day++) {
                String shift = roster.shiftOn(staffIndex, day);
                text.append('\t').append(shift == null ? "" : shift);
            }
            text.append('\n');
        }
        return text.toString();
    }
}

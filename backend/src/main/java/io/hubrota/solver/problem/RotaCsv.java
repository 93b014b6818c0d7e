package io.hubrota.solver.problem;

import io.hubrota.solver.problem.ProblemDocument.Assignment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code rota.csv}: header {@code clinicianId,shiftId}, one row per assignment. */
public final class RotaCsv {

    public static final String HEADER = "clinicianId,shiftId";

    private RotaCsv() {
    }

    public static void write(List<Assignment> assignments, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (Assignment assignment : assignments) {
            out.write(field(assignment.clinicianId()) + "," + field(assignment.shiftId()) + "\n");
        }
        out.flush();
    }

    public static List<Assignment> read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        String header = lines.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException("rota.csv must start with the header " + HEADER);
        }
        List<Assignment> assignments = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 2) {
                throw new IllegalArgumentException("rota.csv row needs two fields: " + line);
            }
            assignments.add(new Assignment(unquote(fields[0].strip()), unquote(fields[1].strip())));
        }
        return assignments;
    }

    /** Ids are plain tokens; a comma or quote in one would break the two-column format, so refuse it. */
    private static String field(String id) {
        if (id.contains(",") || id.contains("\"") || id.contains("\n")) {
            throw new IllegalArgumentException("id not allowed in rota.csv: " + id);
        }
        return id;
    }

    private static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1)
                : field;
    }
}

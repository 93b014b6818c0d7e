package io.hubrota.cli;

import io.hubrota.solver.checker.CheckReport;
import io.hubrota.solver.checker.RotaChecker;
import io.hubrota.solver.checker.Violation;
import io.hubrota.solver.problem.ProblemJson;
import io.hubrota.solver.problem.RotaCsv;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: re-check a rota against every hard rule with the independent checker (exit 1 if any breaks). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check rota.csv against problem.json's hard rules; prints one JSON line.")
class CheckCommand implements Callable<Integer> {

    @Option(names = "--problem", required = true, paramLabel = "FILE")
    Path problem;

    @Option(names = "--rota", required = true, paramLabel = "FILE")
    Path rota;

    @Override
    public Integer call() throws Exception {
        CheckReport report;
        try (Reader in = Files.newBufferedReader(rota)) {
            report = RotaChecker.check(ProblemJson.read(problem), RotaCsv.read(in));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("valid", report.isValid());
        line.put("hardPenalty", report.hardPenalty());
        line.put("violations", report.violations().stream().map(CheckCommand::describe).toList());
        System.out.println(Json.line(line));
        return report.isValid() ? 0 : 1;
    }

    private static Map<String, Object> describe(Violation violation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rule", violation.rule());
        fields.put("clinicianId", violation.clinicianId());
        fields.put("description", violation.description());
        fields.put("penalty", violation.penalty());
        return fields;
    }
}

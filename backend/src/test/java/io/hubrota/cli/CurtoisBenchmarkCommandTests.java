package io.hubrota.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hubrota.solver.benchmark.curtois.CurtoisEvaluation;
import io.hubrota.solver.benchmark.curtois.CurtoisEvaluator;
import io.hubrota.solver.benchmark.curtois.CurtoisInstance;
import io.hubrota.solver.benchmark.curtois.CurtoisParser;
import io.hubrota.solver.benchmark.curtois.CurtoisRoster;
import io.hubrota.solver.heuristics.BestLineDescent;
import io.hubrota.solver.heuristics.CoverFirstSolve;
import io.hubrota.solver.heuristics.CoverPriceDescent;
import io.hubrota.solver.heuristics.LineLateAcceptance;
import io.hubrota.solver.heuristics.PhaseSeeds;
import io.hubrota.solver.run.TimedSolve;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark curtois} end to end on a small hand-made instance (so that it runs without the shared benchmark
 * folder): one JSON line on standard output, and a roster file whose objective, re-computed independently, is the one
 * the line reports.
 */
class CurtoisBenchmarkCommandTests {

    private static final String INSTANCE = """
            SECTION_HORIZON
            7

            SECTION_SHIFTS
            E,480,
            L,600,E

            SECTION_STAFF
            A,E=7|L=7,3600,1440,5,1,1,1
            B,E=7|L=3,3600,960,4,1,1,1
            C,E=0|L=7,2400,0,3,1,2,1

            SECTION_DAYS_OFF
            A,2

            SECTION_SHIFT_ON_REQUESTS
            B,0,E,3

            SECTION_SHIFT_OFF_REQUESTS
            C,4,L,2

            SECTION_COVER
            0,E,1,100,1
            0,L,1,100,1
            1,E,2,100,1
            2,L,1,100,1
            3,E,1,100,1
            4,L,2,100,1
            5,E,1,100,1
            6,L,1,100,1
            """;

    @TempDir
    Path folder;

    @Test
    void printsOneJsonLineAndWritesARosterWithTheSameObjective() throws Exception {
        Path instanceFile = folder.resolve("Tiny.txt");
        Files.writeString(instanceFile, INSTANCE);
        Path solution = folder.resolve("Tiny.sol");

        String out = run("benchmark", "curtois", instanceFile.toString(), "--seconds", "1", "--seed", "7",
                "--solution-out", solution.toString());

        Matcher json = Pattern.compile("\\{\"instance\":\"Tiny\",\"seconds\":1,\"objective\":(\\d+),"
                + "\"hardViolations\":0,\"firstFeasibleSeconds\":[0-9.]+}").matcher(out.strip());
        assertThat(json.matches()).as(out).isTrue();
        CurtoisInstance instance = CurtoisParser.parse(instanceFile);
        List<String> lines = Files.readAllLines(solution);
        assertThat(lines).extracting(line -> line.split("\t", -1)[0]).containsExactly("A", "B", "C");
        assertThat(lines).allSatisfy(line -> assertThat(line.chars().filter(c -> c == '\t').count()).isEqualTo(7));
        long objective = CurtoisEvaluator.evaluate(instance, roster(instance, lines)).objective();
        assertThat(objective).isEqualTo(Long.parseLong(json.group(1)));
    }

    @Test
    void startsFromAGivenRosterAndImprovesOnIt() throws Exception {
        Path instanceFile = folder.resolve("Tiny.txt");
        Files.writeString(instanceFile, INSTANCE);
        CurtoisInstance instance = CurtoisParser.parse(instanceFile);
        // Feasible (A and B at their minimum minutes, A off on day 2) but poor: most posts short.
        Path start = folder.resolve("start.sol");
        Files.writeString(start, "A\tE\tE\t\tE\t\t\t\nB\tE\tE\t\t\t\t\t\nC\t\t\t\t\t\t\t\n");
        CurtoisEvaluation startEvaluation = CurtoisEvaluator.evaluate(instance,
                roster(instance, Files.readAllLines(start)));
        assertThat(startEvaluation.isFeasible()).as(startEvaluation.hardViolations().toString()).isTrue();
        Path solution = folder.resolve("Tiny.sol");

        String out = run("benchmark", "curtois", instanceFile.toString(), "--seconds", "1", "--seed", "7",
                "--solution-in", start.toString(), "--solution-out", solution.toString());

        long objective = CurtoisEvaluator.evaluate(instance, roster(instance, Files.readAllLines(solution))).objective();
        assertThat(out).contains("\"objective\":" + objective + ",");
        assertThat(objective).isLessThan(startEvaluation.objective());
    }

    @Test
    void refusesAStartRosterThatBreaksAHardRule() throws Exception {
        Path instanceFile = folder.resolve("Tiny.txt");
        Files.writeString(instanceFile, INSTANCE);
        // A works day 2, A's day off.
        Path start = folder.resolve("start.sol");
        Files.writeString(start, "A\tE\tE\tE\t\t\t\t\nB\t\t\t\t\t\t\t\nC\t\t\t\t\t\t\t\n");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = CommandLineTool.run(new String[] {"benchmark", "curtois", instanceFile.toString(), "--seconds", "1",
                    "--solution-in", start.toString()});
        } finally {
            System.setErr(originalErr);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("start.sol breaks").contains("hard rule");
    }

    @Test
    void theSeedAlsoSeedsThePriceCoverFirstAndLateAcceptancePhasesAndNoOtherCustomPhase() {
        SolverConfig config = PhaseSeeds.withSeed(
                TimedSolve.config(CurtoisBenchmarkCommand.SOLVER_CONFIG, Duration.ofSeconds(1)), 7);

        assertThat(config.getRandomSeed()).isEqualTo(7);
        List<CustomPhaseConfig> custom = config.getPhaseConfigList().stream()
                .filter(CustomPhaseConfig.class::isInstance).map(CustomPhaseConfig.class::cast).toList();
        assertThat(custom).filteredOn(phase -> phase.getCustomPhaseCommandClassList().contains(CoverPriceDescent.class))
                .singleElement().satisfies(phase -> assertThat(phase.getCustomProperties()).containsEntry("seed", "7"));
        assertThat(custom).filteredOn(phase -> phase.getCustomPhaseCommandClassList().contains(CoverFirstSolve.class))
                .singleElement().satisfies(phase -> assertThat(phase.getCustomProperties()).containsEntry("seed", "7")
                        .containsEntry("solverConfig", "solver/curtois-cover-first-solver.xml"));
        assertThat(custom)
                .filteredOn(phase -> phase.getCustomPhaseCommandClassList().contains(LineLateAcceptance.class))
                .singleElement().satisfies(phase -> assertThat(phase.getCustomProperties()).containsEntry("seed", "7"));
        assertThat(custom).filteredOn(phase -> phase.getCustomPhaseCommandClassList().contains(BestLineDescent.class))
                .singleElement().satisfies(phase -> assertThat(phase.getCustomProperties()).isNull());
    }

    private static CurtoisRoster roster(CurtoisInstance instance, List<String> lines) {
        List<List<String>> grid = new ArrayList<>();
        for (String line : lines) {
            List<String> days = new ArrayList<>(Arrays.asList(line.split("\t", -1)).subList(1, 8));
            days.replaceAll(shift -> shift.isEmpty() ? null : shift);
            grid.add(days);
        }
        return CurtoisRoster.fromShiftGrid(instance.staffIds(), 7, grid);
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(CommandLineTool.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}

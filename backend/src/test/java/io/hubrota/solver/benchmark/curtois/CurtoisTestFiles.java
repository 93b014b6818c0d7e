package io.hubrota.solver.benchmark.curtois;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Access to the shared benchmark files; tests skip only when the folder is genuinely absent from this machine. */
final class CurtoisTestFiles {

    private CurtoisTestFiles() {
    }

    static Path instanceFile(String instanceName) {
        Optional<Path> folder = CurtoisBenchmarkDirectory.locate();
        assumeTrue(folder.isPresent(), "Curtois benchmark folder not found (set -D" + CurtoisBenchmarkDirectory.PROPERTY
                + " or " + CurtoisBenchmarkDirectory.ENVIRONMENT_VARIABLE + ")");
        Path file = folder.get().resolve(instanceName + ".txt");
        // The folder exists, so a missing file is a real problem, not a reason to skip.
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return file;
    }

    static CurtoisInstance instance(String instanceName) {
        try {
            return CurtoisParser.parse(instanceFile(instanceName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

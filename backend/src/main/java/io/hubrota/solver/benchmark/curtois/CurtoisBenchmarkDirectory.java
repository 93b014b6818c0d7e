package io.hubrota.solver.benchmark.curtois;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared folder with the benchmark's instance files, which are never copied into the repository.
 *
 * <p>Order: system property {@value #PROPERTY}, environment variable {@value #ENVIRONMENT_VARIABLE}, then a walk up
 * from the working directory looking for {@code shared/benchmarks/curtois} next to each ancestor. The walk finds
 * {@code /work/shared/benchmarks/curtois} both from a checkout such as {@code /work/main} (where it is
 * {@code <repo root>/../shared/...}) and from a worktree such as {@code /work/wt/curtois} (one level further up), and
 * from a module directory such as {@code backend/}, where Maven runs the tests.
 */
public final class CurtoisBenchmarkDirectory {

    public static final String PROPERTY = "curtois.dir";
    public static final String ENVIRONMENT_VARIABLE = "CURTOIS_DIR";
    private static final Path RELATIVE_LOCATION = Path.of("shared", "benchmarks", "curtois");

    private CurtoisBenchmarkDirectory() {
    }

    /**
     * The benchmark folder, or empty if none is configured and none is found. An explicitly configured folder that
     * does not exist is a configuration mistake and fails rather than passing as "absent".
     */
    public static Optional<Path> locate() {
        Optional<Path> configured = configured(System.getProperty(PROPERTY), PROPERTY)
                .or(() -> configured(System.getenv(ENVIRONMENT_VARIABLE), ENVIRONMENT_VARIABLE));
        if (configured.isPresent()) {
            return configured;
        }
        for (Path ancestor = Path.of("").toAbsolutePath(); ancestor != null; ancestor = ancestor.getParent()) {
            Path candidate = ancestor.resolve(RELATIVE_LOCATION);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> configured(String value, String source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(source + " points to " + folder + ", which is not a folder");
        }
        return Optional.of(folder);
    }
}

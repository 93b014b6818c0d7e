package io.hubrota.cli;

import picocli.CommandLine.Command;

/** {@code benchmark}: the product's own rota benchmark and the external Curtois–Qu benchmark. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, description = "Run a benchmark.",
        subcommands = { RotaBenchmarkCommand.class, CurtoisBenchmarkCommand.class })
class BenchmarkCommand {
}

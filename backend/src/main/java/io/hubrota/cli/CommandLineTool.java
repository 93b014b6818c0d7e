package io.hubrota.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command-line uses. Each command is plain Java on top of the solver core: no Spring context, no web
 * server, no database.
 */
@Command(name = "java -jar hub-rota.jar", mixinStandardHelpOptions = true,
        description = "Hub Rota: solve and check rotas, run benchmarks. Without a command, starts the web app.",
        subcommands = { SolveCommand.class, CheckCommand.class, BenchmarkCommand.class })
public final class CommandLineTool {

    private static final Set<String> COMMANDS = Set.of("solve", "check", "benchmark", "help");

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return new CommandLine(new CommandLineTool()).execute(args);
    }
}

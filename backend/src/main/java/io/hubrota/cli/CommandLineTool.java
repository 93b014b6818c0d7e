package io.hubrota.cli;

import java.util.Arrays;
import java.util.Map;

/**
 * Entry point for the jar's command-line uses. Each command is plain Java on top of the solver core: no Spring
 * context, no database.
 */
public final class CommandLineTool {

    private static final Map<String, Command> COMMANDS = Map.of();

    private CommandLineTool() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    public static int run(String[] args) {
        Command command = COMMANDS.get(args[0]);
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(command.usage());
            return 2;
        }
    }

    /** One sub-command of the jar. */
    public interface Command {
        int run(String[] args) throws IllegalArgumentException;

        String usage();
    }
}

package io.hubrota;

import io.hubrota.cli.CommandLineTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HubRotaApplication {

    public static void main(String[] args) {
        // The same jar is a command-line tool (solve, benchmark) that starts no web server and no database.
        if (CommandLineTool.handles(args)) {
            System.exit(CommandLineTool.run(args));
        }
        SpringApplication.run(HubRotaApplication.class, args);
    }
}

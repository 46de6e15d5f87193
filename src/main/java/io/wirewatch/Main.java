package io.wirewatch;

import io.wirewatch.cli.AnalyzeCommand;
import io.wirewatch.cli.BenchCommand;
import io.wirewatch.cli.DemoCommand;
import io.wirewatch.cli.EvalCommand;
import io.wirewatch.cli.FeedCommand;
import io.wirewatch.cli.GlobalOptions;
import io.wirewatch.cli.ReconcileCommand;
import io.wirewatch.cli.ReferenceCommand;
import io.wirewatch.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code wirewatch} command line: wires the subcommands, nothing else. */
@Command(name = "wirewatch", mixinStandardHelpOptions = true, version = "wirewatch 0.1.0",
        description = "News wires → topic tags, drone-count claims, daily ledgers and alerts (Kafka Streams).",
        subcommands = {RunCommand.class, DemoCommand.class, FeedCommand.class, AnalyzeCommand.class, EvalCommand.class, BenchCommand.class,
            ReferenceCommand.class, ReconcileCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Settings: defaults < config/application.properties < KAFKA_*/WIREWATCH_* environment < --set/flags."})
public final class Main implements Runnable {
    @Mixin
    public GlobalOptions global;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::onFailure).execute(args);
    }

    /**
     * A failed command prints one line saying why (the stack trace goes to the debug log): a wrong password
     * or a missing token is an operator's problem to fix, not a crash to read.
     */
    static int onFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        cmd.getErr().println("wirewatch " + cmd.getCommandName() + ": " + message.lines().findFirst().orElse(message));
        cmd.getErr().flush();
        return 1;
    }
}

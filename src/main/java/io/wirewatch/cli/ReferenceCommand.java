package io.wirewatch.cli;

import io.wirewatch.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code reference}: the curated reference dataset the ledger is reconciled with. Subcommands only. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "The reference dataset (the Air Force's daily figures) the ledger is reconciled with.",
        subcommands = {ReferenceLoadCommand.class})
public final class ReferenceCommand implements Runnable {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}

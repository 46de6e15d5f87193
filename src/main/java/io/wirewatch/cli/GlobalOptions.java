package io.wirewatch.cli;

import io.wirewatch.config.AppConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --config DIR} and {@code --set key=value}, accepted before or after the subcommand name. */
public final class GlobalOptions {
    @Option(names = "--config", paramLabel = "DIR",
            description = "Directory with application.properties, lexicons and rules (default: config, or WIREWATCH_CONFIG_DIR).")
    Path configDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override any setting (highest precedence); repeatable. E.g. --set wirewatch.http.port=9090")
    Map<String, String> sets = new LinkedHashMap<>();

    /** The root's options with this command's on top (the later on the command line wins). */
    static AppConfig load(GlobalOptions root, GlobalOptions own, Map<String, String> flags) {
        Map<String, String> cli = new LinkedHashMap<>();
        if (root != null) {
            cli.putAll(root.sets);
        }
        if (own != null) {
            cli.putAll(own.sets);
        }
        cli.putAll(flags);
        Path dir = own != null && own.configDir != null ? own.configDir : root == null ? null : root.configDir;
        return AppConfig.load(dir, cli);
    }
}

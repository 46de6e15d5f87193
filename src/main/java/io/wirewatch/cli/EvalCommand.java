package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.config.AppConfig;
import io.wirewatch.eval.Evaluator;
import io.wirewatch.streams.TopologySettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eval}: scores the analyzer against a gold file with {@link Evaluator}, using the same config dir
 * and day zone ({@code wirewatch.day.zone}) as the service, so its figures are the service's.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate tagging and claim extraction against a gold standard.",
            "Exit code 0 when the evaluation ran (whatever the scores), 1 when an input could not be read."})
public final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR",
            description = {"Gold annotations: a .jsonl file or a directory of them; repeatable.",
                "e.g. --gold dev/gold.jsonl --gold dev/wires"})
    List<Path> gold;

    @Option(names = "--misses", defaultValue = "tune", paramLabel = "SPLIT",
            description = "Whose misses to list: tune (default), check, all or none. The check split is held out:"
                    + " read its misses only to report them, never to write rules.")
    String misses;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The corpus directory (or the shared dir holding corpus/ and seed/).")
    Path corpus;

    @Override
    public Integer call() {
        AppConfig config = GlobalOptions.load(parent.global, global, Map.of());
        TopologySettings settings = TopologySettings.from(config.appKeys());
        return Evaluator.run(gold, corpus, config.configDir(), settings.zone(), misses, System.out);
    }
}

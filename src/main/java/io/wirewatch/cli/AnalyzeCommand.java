package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.config.AppConfig;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Json;
import io.wirewatch.streams.TopologySettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code analyze}: offline, no broker. Each input message goes through the same {@link ArticleParser} and
 * {@link Analyzer} as the topology; each article comes out as one line of JSON, the {@code news.tagged}
 * value. A message without a usable {@code published} gets the time the command started, as the topology
 * would give it the record's timestamp.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze wires offline: NDJSON (or .json/.txt) in, one enriched article per line out.",
            "Rejected messages are reported on stderr; exit code 1 if any was rejected."})
public final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-", description = "Input (default: stdin).")
    List<String> inputs = List.of();

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        AppConfig config = GlobalOptions.load(parent.global, global, Map.of());
        TopologySettings settings = TopologySettings.from(config.appKeys());
        Analyzer analyzer = Analyzer.load(config.configDir(), settings.zone());
        ArticleParser parser = new ArticleParser(settings.maxBodyChars());
        Instant fallback = Instant.now();
        int[] counts = new int[2];
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        WireReader reader = new WireReader(null, null);
        java.util.function.Consumer<WireReader.Message> sink = m -> {
            try {
                w.write(Json.mapper().writeValueAsString(analyzer.analyze(parser.parse(m.json(), fallback))));
                w.write('\n');
                counts[0]++;
            } catch (BadInputException e) {
                err.println(m.origin() + ": rejected: " + e.reason());
                counts[1]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
                WireReader.readLines("stdin", System.in, sink);
            } else {
                for (Path f : WireReader.expand(inputs.stream().map(Path::of).toList())) {
                    reader.read(f, sink);
                }
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            w.flush();
            err.println("analyze: " + e.getMessage());
            return 2;
        }
        w.flush();
        err.println("analyze: " + counts[0] + " analyzed, " + counts[1] + " rejected");
        return counts[1] == 0 ? 0 : 1;
    }
}

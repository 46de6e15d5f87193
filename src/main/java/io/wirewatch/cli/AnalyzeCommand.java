package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.config.AppConfig;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Article;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code analyze}: offline, no broker. Each input message goes through the same {@link ArticleParser} and
 * {@link Analyzer} as the topology; each article comes out as one line of JSON, the {@code news.tagged}
 * value (a NewsML-G2 newsMessage gives one line per text item). A message without a usable {@code published} gets the time the command started, as the topology
 * would give it the record's timestamp.
 *
 * <p>Wires are analysed on {@code --threads} threads while one thread reads the input and this one writes
 * the results strictly in input order ({@link OrderedParallel}): stdout and stderr are those of a
 * sequential run, byte for byte, and memory stays bounded by a window of batches of wires in flight.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze wires offline: NDJSON (or .json/.txt/.xml/.rss/.atom) in, one enriched article per line out.",
            "Rejected messages are reported on stderr; exit code 1 if any was rejected."})
public final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-", description = "Input (default: stdin).")
    List<String> inputs = List.of();

    @Option(names = "--threads", paramLabel = "N",
            description = "Wires analysed at once (default: the number of processors, here ${DEFAULT-VALUE}). "
                    + "Output order is input order whatever N is.")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Wires handed to a worker at a time, at most: one hand-over between threads per 32 wires rather than
     * per wire (a wake-up on a busy machine waits for a time slice; short wires take ~1 ms).
     */
    static final int BATCH_WIRES = 32;

    /**
     * A batch is closed early once its lines hold this many characters: 32 short wires (~1 KB each) fit,
     * a long wire travels alone, so memory follows the batch count rather than the wires' length.
     */
    static final int BATCH_CHARS = 64 * 1024;

    /**
     * Batches read ahead of the one being written, per thread. Output waits for the oldest batch, so a slow
     * one at the head stalls the other workers once they have run this far ahead (4 batches, ~128 short
     * wires each). Memory: at most {@code threads × 4 + 2} batches are held — under 1 MB of short wires on
     * two threads; at the 1 MB body limit, one wire per batch, a few MB each (line, then output JSON).
     */
    static final int WINDOW_BATCHES_PER_THREAD = 4;

    PrintStream out = System.out;
    PrintStream err = System.err;

    /**
     * What one message became: its {@code news.tagged} JSON lines (one per article), or the reason it was
     * rejected (the message itself is not kept).
     */
    private record Outcome(String origin, List<String> json, String rejected) {
    }

    /** Carries a failure to read stdin from the reader thread to {@link #call()}, which throws it as it is. */
    private static final class StdinFailure extends RuntimeException {
        StdinFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            err.println("analyze: --threads must be at least 1, not " + threads);
            return 2;
        }
        AppConfig config = GlobalOptions.load(parent.global, global, Map.of());
        TopologySettings settings = TopologySettings.from(config.appKeys());
        Analyzer analyzer = Analyzer.load(config.configDir(), settings.zone());
        ArticleParser parser = new ArticleParser(settings.maxBodyChars());
        Instant fallback = Instant.now();
        int[] counts = new int[2];
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        WireReader reader = new WireReader(null, null);
        // On the pool: parse, analyse, serialise (the parser, the analyzer and the mapper are thread-safe).
        Function<WireReader.Message, Outcome> work = m -> {
            try {
                List<String> json = new ArrayList<>();
                for (Article a : parser.parseAll(m.payload(), fallback)) {
                    json.add(Json.mapper().writeValueAsString(analyzer.analyze(a)));
                }
                return new Outcome(m.origin(), json, null);
            } catch (BadInputException e) {
                return new Outcome(m.origin(), null, e.reason());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        // On this thread, in input order: stdout and stderr read as in a sequential run.
        Consumer<Outcome> sink = o -> {
            if (o.rejected() != null) {
                err.println(o.origin() + ": rejected: " + o.rejected());
                counts[1]++;
                return;
            }
            try {
                for (String line : o.json()) {
                    w.write(line);
                    w.write('\n');
                    counts[0]++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            List<Path> files = inputs.isEmpty() || inputs.equals(List.of("-"))
                    ? null : WireReader.expand(inputs.stream().map(Path::of).toList());
            Consumer<Consumer<WireReader.Message>> source = emit -> {
                if (files == null) {
                    try {
                        WireReader.readLines("stdin", System.in, emit);
                    } catch (IOException e) {
                        throw new StdinFailure(e);
                    }
                } else {
                    files.forEach(f -> reader.read(f, emit));
                }
            };
            OrderedParallel.Limits limits = new OrderedParallel.Limits(
                    threads, threads * WINDOW_BATCHES_PER_THREAD, BATCH_WIRES, BATCH_CHARS);
            OrderedParallel.run(source, m -> m.payload().length(), work, sink, limits, "analyze");
        } catch (StdinFailure e) {
            throw e.getCause(); // as before the reader had its own thread
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

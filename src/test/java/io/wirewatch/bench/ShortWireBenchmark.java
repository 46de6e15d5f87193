package io.wirewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Analyzer#analyze} alone, single thread, over the short wires of {@code dev/wires/} (Arabic, English,
 * Russian, Ukrainian; ~0.6 KB each): the desk's everyday traffic, where per-article overhead shows. Figures:
 * {@code wires} and {@code bytes} per second, beside the primary passes per second. Run like
 * {@link AnalyzerBenchmark} (docs/PERFORMANCE.md), with {@code ShortWireBenchmark} as the pattern.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class ShortWireBenchmark {
    private Analyzer analyzer;
    private List<Article> wires;
    private long bytesPerPass;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long wires;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            wires = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        analyzer = Analyzer.load(Path.of(System.getProperty("wirewatch.config", "config")), ZoneOffset.UTC);
        wires = shortWires(Path.of(System.getProperty("wirewatch.wires", "dev/wires")));
        bytesPerPass = wires.stream().mapToLong(BenchCorpus::utf8Bytes).sum();
    }

    static List<Article> shortWires(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode w = json.readTree(line);
                if (!"short".equals(w.path("kind").asText())) {
                    continue;
                }
                out.add(new Article(w.path("id").asText(), w.path("source").asText(null),
                        Instant.parse(w.path("published").asText("2025-01-01T00:00:00Z")), w.path("language").asText(null),
                        w.path("title").asText(null), w.path("body").asText(), null));
            }
        }
        return out;
    }

    @Benchmark
    public void shortWirePass(Counters c, Blackhole bh) {
        for (Article a : wires) {
            bh.consume(analyzer.analyze(a));
        }
        c.bytes += bytesPerPass;
        c.wires += wires.size();
    }
}

package io.wirewatch.bench;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * {@link Analyzer#analyze} alone, single thread, over every corpus and sample text (the whole set per
 * invocation, so long and short, Arabic and English articles weigh as they do in the corpus).
 *
 * <p>Figures: {@code corpusPass} is passes over the whole set per second; the {@code bytes} and
 * {@code articles} counters are UTF-8 bytes of {@link Article#text()} and articles per second. Run (see
 * docs/PERFORMANCE.md):
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.openjdk.jmh.Main AnalyzerBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class AnalyzerBenchmark {
    private Analyzer analyzer;
    private List<Article> articles;
    private long bytesPerPass;

    /** Per-second counters JMH reports beside the primary figure. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long articles;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            articles = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        Path config = Path.of(System.getProperty("wirewatch.config", "config"));
        analyzer = Analyzer.load(config, ZoneOffset.UTC);
        articles = BenchCorpus.load(BenchCorpus.locate(null), Path.of(System.getProperty("wirewatch.samples", "samples")));
        bytesPerPass = articles.stream().mapToLong(BenchCorpus::utf8Bytes).sum();
    }

    @Benchmark
    public void corpusPass(Counters c, Blackhole bh) {
        for (Article a : articles) {
            EnrichedArticle e = analyzer.analyze(a);
            bh.consume(e);
        }
        c.bytes += bytesPerPass;
        c.articles += articles.size();
    }
}

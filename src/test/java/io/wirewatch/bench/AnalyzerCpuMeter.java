package io.wirewatch.bench;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The analyzer's speed per CPU-second of its own thread, for machines that are not quiet: wall-clock
 * throughput (what {@link AnalyzerBenchmark} reports) drops when other processes take the cores, CPU time
 * spent per byte does not (much). Same work as the JMH benchmark: every corpus and sample text per pass.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) io.wirewatch.bench.AnalyzerCpuMeter [warmupCpuSeconds=20] [measureCpuSeconds=20] [short]
 * </pre>
 */
public final class AnalyzerCpuMeter {
    private AnalyzerCpuMeter() {
    }

    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        Analyzer analyzer = Analyzer.load(Path.of(System.getProperty("wirewatch.config", "config")), ZoneOffset.UTC);
        // A third argument "short": the short wires of dev/wires (ShortWireBenchmark's set) instead of the corpus.
        boolean shortWires = args.length > 2 && args[2].equals("short");
        List<Article> articles = shortWires
                ? ShortWireBenchmark.shortWires(Path.of(System.getProperty("wirewatch.wires", "dev/wires")))
                : BenchCorpus.load(BenchCorpus.locate(null), Path.of(System.getProperty("wirewatch.samples", "samples")));
        long bytesPerPass = articles.stream().mapToLong(BenchCorpus::utf8Bytes).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long start = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - start < warmup * 1e9) {
            sink += pass(analyzer, articles);
        }
        long passes = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long cpu;
        while ((cpu = threads.getCurrentThreadCpuTime()) - cpu0 < measure * 1e9) {
            sink += pass(analyzer, articles);
            passes++;
        }
        double cpuSecs = (cpu - cpu0) / 1e9;
        double wallSecs = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(Locale.ROOT, "analyzer: %d passes over %d texts (%.2f MB UTF-8 each) in %.1f CPU s (%.1f wall s): "
                        + "%.2f MB/s per core, %.0f articles/s per core (checksum %d)%n",
                passes, articles.size(), bytesPerPass / 1e6, cpuSecs, wallSecs,
                passes * bytesPerPass / 1e6 / cpuSecs, passes * articles.size() / cpuSecs, sink % 1000);
    }

    private static long pass(Analyzer analyzer, List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            EnrichedArticle e = analyzer.analyze(a);
            n += e.topics().size() + e.claims().size();
        }
        return n;
    }
}

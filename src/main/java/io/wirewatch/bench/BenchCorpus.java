package io.wirewatch.bench;

import io.wirewatch.eval.CorpusReader;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts the benchmarks run on: every {@code corpus/*.ndjson} of the shared data dir (real wires, not
 * part of the repository) plus the repository's {@code samples/*.ndjson}, parsed into {@link Article}s.
 * Lines the service would reject (the samples carry a few on purpose) are left out.
 *
 * <p>Shared dir, first found: the {@code --corpus} flag, system property {@code wirewatch.shared},
 * environment {@code WIREWATCH_SHARED}, {@code ../shared}, {@code /work/shared}. Either the shared dir
 * or its {@code corpus/} dir may be named.
 */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    /** The corpus dir ({@code .../corpus}), or an exception listing where it looked. */
    public static Path locate(Path flag) {
        List<Path> candidates = new ArrayList<>();
        if (flag != null) {
            candidates.add(flag);
        }
        String prop = System.getProperty("wirewatch.shared");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        String env = System.getenv("WIREWATCH_SHARED");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of("..", "shared"));
        candidates.add(Path.of("/work/shared"));
        for (Path c : candidates) {
            Path dir = CorpusReader.locateSharedDir(c).resolve("corpus");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalArgumentException("no corpus dir (…/corpus with *.ndjson) found; looked in " + candidates
                + ". Pass --corpus DIR or set WIREWATCH_SHARED.");
    }

    /** Corpus articles then sample articles, in file order. */
    public static List<Article> load(Path corpusDir, Path samplesDir) throws IOException {
        List<Article> out = new ArrayList<>();
        for (Path f : ndjson(corpusDir)) {
            out.addAll(CorpusReader.readNdjson(f));
        }
        if (samplesDir != null && Files.isDirectory(samplesDir)) {
            ArticleParser parser = new ArticleParser();
            Instant fallback = Instant.parse("2024-09-13T00:00:00Z");
            for (Path f : ndjson(samplesDir)) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        out.add(parser.parse(line, fallback));
                    } catch (BadInputException rejected) {
                        // a deliberately bad sample: the benchmark measures articles, not the dead-letter path
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no articles in " + corpusDir + " or " + samplesDir);
        }
        return out;
    }

    /** UTF-8 size of the analysed text ({@link Article#text()}). */
    public static long utf8Bytes(Article a) {
        return a.text().getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<Path> ndjson(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
    }
}

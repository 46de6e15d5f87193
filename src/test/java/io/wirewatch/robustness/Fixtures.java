package io.wirewatch.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Article;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.TopicTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the robustness tests share: the analyzer over the repository's {@code config/}, the real corpus
 * read at test time (never copied into the repository), and the invariants every analysis must keep.
 */
final class Fixtures {
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Instant FALLBACK_TIME = Instant.parse("2026-01-01T00:00:00Z");

    private static Analyzer analyzer;
    private static List<String> corpusLines;
    private static List<Article> corpusArticles;

    private Fixtures() {
    }

    /** One analyzer for all tests: loading parses every rule file. */
    static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            try {
                analyzer = Analyzer.load(Path.of("config"), ZoneId.of("Europe/Kyiv"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load analyzer from config/", e);
            }
        }
        return analyzer;
    }

    /**
     * The shared data dir: system property {@code wirewatch.shared}, else env {@code WIREWATCH_SHARED},
     * else {@code ../shared} from the working dir, else {@code /work/shared}; it counts only if it holds
     * {@code corpus/}.
     */
    static Optional<Path> sharedDir() {
        return io.wirewatch.testing.SharedDir.locate();
    }

    /** Every line of every {@code corpus/*.ndjson}; empty when the shared dir is absent. */
    static synchronized List<String> corpusLines() {
        if (corpusLines == null) {
            List<String> lines = new ArrayList<>();
            sharedDir().ifPresent(dir -> {
                try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                                .filter(l -> !l.isBlank()).forEach(lines::add);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read corpus under " + dir, e);
                }
            });
            corpusLines = List.copyOf(lines);
        }
        return corpusLines;
    }

    /** The corpus lines that parse, as articles; empty when the shared dir is absent. */
    static synchronized List<Article> corpusArticles() {
        if (corpusArticles == null) {
            ArticleParser parser = new ArticleParser();
            List<Article> articles = new ArrayList<>();
            for (String line : corpusLines()) {
                try {
                    articles.add(parser.parse(line, FALLBACK_TIME));
                } catch (BadInputException e) {
                    // A corpus line the parser rejects is the parser tests' business, not a mutation base.
                }
            }
            corpusArticles = List.copyOf(articles);
        }
        return corpusArticles;
    }

    static Article article(String id, String language, String title, String body, Instant published) {
        return new Article(id, "robustness-test", published, language, title, body, null);
    }

    /** Every evidence quotes the original text at its offsets; every claim is complete and sane. */
    static void assertInvariants(Article article, EnrichedArticle result) {
        String text = article.text();
        assertThat(result).isNotNull();
        assertThat(result.id()).isEqualTo(article.id());
        for (TopicTag tag : result.topics()) {
            assertThat(tag.topic()).isNotBlank();
            assertThat(tag.evidence()).as("evidence of topic %s", tag.topic()).isNotNull();
            for (Evidence e : tag.evidence()) {
                assertSpan(text, e, "topic " + tag.topic());
            }
        }
        for (DroneClaim claim : result.claims()) {
            String what = "claim " + claim;
            assertThat(claim.evidence()).as(what).isNotNull();
            assertSpan(text, claim.evidence(), what);
            assertThat(claim.launched() == null || claim.launched() >= 0).as(what + ": launched >= 0").isTrue();
            assertThat(claim.destroyed() == null || claim.destroyed() >= 0).as(what + ": destroyed >= 0").isTrue();
            assertThat(claim.scope()).as(what + ": scope").isNotNull();
            assertThat(claim.qualifier()).as(what + ": qualifier").isNotNull();
            assertThat(claim.claimant()).as(what + ": claimant").isNotBlank();
            assertThat(claim.claimantCountry()).as(what + ": claimant country").isNotNull().matches(COUNTRY);
        }
    }

    private static void assertSpan(String text, Evidence e, String owner) {
        assertThat(e).as("evidence of %s", owner).isNotNull();
        assertThat(e.start()).as("start of %s in text of length %d", owner, text.length())
                .isBetween(0, e.end());
        assertThat(e.end()).as("end of %s in text of length %d", owner, text.length())
                .isLessThanOrEqualTo(text.length());
        assertThat(e.text()).as("text of evidence [%d,%d) of %s", e.start(), e.end(), owner)
                .isEqualTo(text.substring(e.start(), e.end()));
    }
}

package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirewatch.eval.GoldSet.GoldArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The committed dev set: well formed, big enough, and pointing at texts that exist. */
class DevGoldTest {
    static final Path GOLD = Path.of("dev", "gold.jsonl");

    @Test
    void shouldParseAndCoverAtLeastSixtyArticles() throws IOException {
        GoldSet gold = GoldSet.load(GOLD);

        assertThat(gold.size()).isGreaterThanOrEqualTo(60);
        assertThat(gold.articles()).allSatisfy(a -> {
            assertThat(a.file()).matches("(corpus/[^/]+\\.ndjson|seed/[^/]+\\.txt)");
            assertThat(a.language()).isIn("ar", "en");
            assertThat(a.note()).isNotBlank();
        });
    }

    @Test
    void shouldReferToArticlesThatExistWithTheSameLanguage() throws IOException {
        Optional<Path> shared = SharedDirs.locate();
        assumeTrue(shared.isPresent(), "shared dir with corpus/ not found");
        GoldSet gold = GoldSet.load(GOLD);
        CorpusReader reader = new CorpusReader(shared.get());

        for (GoldArticle a : gold.articles()) {
            assertThat(reader.article(a.file(), a.id()).language()).as(a.id()).isEqualTo(a.language());
        }
    }

    @Test
    void shouldLabelEveryCorpusArticle() throws IOException {
        Optional<Path> shared = SharedDirs.locate();
        assumeTrue(shared.isPresent(), "shared dir with corpus/ not found");
        GoldSet gold = GoldSet.load(GOLD);
        CorpusReader reader = new CorpusReader(shared.get());

        try (var files = Files.list(shared.get().resolve("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).toList()) {
                String rel = "corpus/" + f.getFileName();
                assertThat(reader.articles(rel).keySet()).as(rel)
                        .allSatisfy(id -> assertThat(gold.byId(id)).as(id).isPresent());
            }
        }
    }
}

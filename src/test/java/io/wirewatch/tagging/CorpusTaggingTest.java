package io.wirewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.model.TopicTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tags the real shared texts (read at test time, never copied) and writes a review table. */
class CorpusTaggingTest {
    private static final Path CONFIG = Path.of("config");

    @Test
    void shouldTagSeedPageWithExactlyTheThreeTopics() throws IOException {
        String seed = Files.readString(SharedData.dir().resolve("seed/000_2329f2d9bf21e903.txt"));

        List<TopicTag> tags = TopicTagger.load(CONFIG).tag(seed, null);

        assertThat(tags).extracting(TopicTag::topic).containsExactly("diplomacy", "drone_strikes", "naval_events");
    }

    @Test
    void shouldGiveEvidenceThatQuotesTheCorpusTextExactly() throws IOException {
        TopicTagger tagger = TopicTagger.load(CONFIG);
        List<String> bad = new ArrayList<>();
        for (JsonNode article : articles()) {
            String text = text(article);
            for (TopicTag tag : tagger.tag(text, article.path("language").asText(null))) {
                tag.evidence().stream()
                        .filter(e -> !text.substring(e.start(), e.end()).equals(e.text()))
                        .forEach(e -> bad.add(article.get("id").asText() + " " + e));
            }
        }
        assertThat(bad).isEmpty();
    }

    /** Not an assertion: writes target/corpus-tags.tsv (id, tags, evidence) for a human to review. */
    @Test
    void shouldWriteReviewTableForEveryCorpusArticle() throws IOException {
        TopicTagger tagger = TopicTagger.load(CONFIG);
        List<String> rows = new ArrayList<>();
        for (JsonNode article : articles()) {
            List<TopicTag> tags = tagger.tag(text(article), article.path("language").asText(null));
            rows.add(article.get("id").asText() + "\t"
                    + tags.stream().map(t -> t.topic() + "(" + t.score() + ")").collect(Collectors.joining(","))
                    + "\t" + tags.stream().map(t -> t.topic().charAt(0) + ":" + t.evidence().stream()
                            .map(e -> e.text().replace('\n', ' ')).collect(Collectors.joining("|")))
                            .collect(Collectors.joining("  ")));
        }
        Path out = Path.of("target/corpus-tags.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        assertThat(rows).hasSizeGreaterThan(0);
    }

    private static String text(JsonNode article) {
        String title = article.path("title").asText("");
        String body = article.path("body").asText("");
        return title.isBlank() ? body : title + "\n\n" + body;
    }

    private static List<JsonNode> articles() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.dir().resolve("corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(mapper.readTree(line));
                    }
                }
            }
        }
        return out;
    }
}

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tags the real shared texts (read at test time, never copied). */
class CorpusTaggingTest {
    private static final Path CONFIG = Path.of("config");
    private static final List<String> KNOWN_TOPICS = List.of("diplomacy", "drone_strikes", "naval_events");

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

    /**
     * Every tag on a real article is explained: a known topic, a positive score and at least one evidence
     * span. (This method used to only write a review table, so it could not fail; the per-article listing
     * of misses is {@code bin/wirewatch eval}'s job.)
     */
    @Test
    void shouldExplainEveryTagOnEveryCorpusArticle() throws IOException {
        TopicTagger tagger = TopicTagger.load(CONFIG);
        List<String> unexplained = new ArrayList<>();
        int tagged = 0;
        for (JsonNode article : articles()) {
            List<TopicTag> tags = tagger.tag(text(article), article.path("language").asText(null));
            tagged += tags.isEmpty() ? 0 : 1;
            tags.stream()
                    .filter(t -> !KNOWN_TOPICS.contains(t.topic()) || !(t.score() > 0) || t.evidence().isEmpty())
                    .forEach(t -> unexplained.add(article.get("id").asText() + " " + t));
        }
        assertThat(unexplained).isEmpty();
        assertThat(tagged).as("corpus articles with at least one topic").isPositive();
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

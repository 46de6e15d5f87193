package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts here are written for the test; no corpus text is copied. */
class CorpusReaderTest {
    @TempDir
    Path shared;

    @BeforeAll
    static void tmp() throws IOException {
        SharedDirs.ensureTmpDir();
    }

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(shared.resolve("corpus"));
        Files.createDirectories(shared.resolve("seed"));
        Files.writeString(shared.resolve("corpus/t.ndjson"), String.join("\n",
                "{\"id\":\"t-1\",\"source\":\"s\",\"url\":null,\"published\":\"2026-06-06T22:40+03:30\",\"language\":\"ar\",\"title\":null,\"body\":\"نص تجريبي\"}",
                "{\"id\":\"t-2\",\"source\":\"s\",\"url\":\"u\",\"published\":\"2025-05-25T05:46:54\",\"language\":\"en\",\"title\":\"T\",\"body\":\"B\"}",
                "{\"id\":\"t-3\",\"source\":\"s\",\"url\":\"u\",\"published\":\"2026-01-26\",\"language\":\"en\",\"title\":\"T\",\"body\":\"B\"}",
                "{\"id\":\"t-4\",\"source\":\"s\",\"url\":\"u\",\"published\":null,\"language\":null,\"title\":null,\"body\":\"plain English\"}",
                ""), StandardCharsets.UTF_8);
        Files.writeString(shared.resolve("seed/000_abc.txt"),
                "عنوان تجريبي\nتاريخ النشر: 1st, January 2024 GMT\nالسطر الأول\nالسطر الثاني\n", StandardCharsets.UTF_8);
    }

    @Test
    void shouldParseEveryPublishedForm() throws IOException {
        CorpusReader reader = new CorpusReader(shared);

        assertThat(reader.article("corpus/t.ndjson", "t-1").published()).isEqualTo(Instant.parse("2026-06-06T19:10:00Z"));
        assertThat(reader.article("corpus/t.ndjson", "t-2").published()).isEqualTo(Instant.parse("2025-05-25T05:46:54Z"));
        assertThat(reader.article("corpus/t.ndjson", "t-3").published()).isEqualTo(Instant.parse("2026-01-26T00:00:00Z"));
        assertThat(reader.article("corpus/t.ndjson", "t-4").published()).isEqualTo(CorpusReader.UNKNOWN_PUBLISHED);
    }

    @Test
    void shouldKeepFieldsAndDetectMissingLanguage() throws IOException {
        Article a = new CorpusReader(shared).article("corpus/t.ndjson", "t-4");

        assertThat(a.language()).isEqualTo("en");
        assertThat(a.title()).isNull();
        assertThat(a.text()).isEqualTo("plain English");
    }

    @Test
    void shouldReadSeedDroppingDateLine() throws IOException {
        Article a = new CorpusReader(shared).article("seed/000_abc.txt", "seed-000_abc");

        assertThat(a.id()).isEqualTo("seed-000_abc");
        assertThat(a.title()).isEqualTo("عنوان تجريبي");
        assertThat(a.body()).isEqualTo("السطر الأول\nالسطر الثاني");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-09-13T00:00:00Z"));
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void shouldKeepSecondLineWhenItIsNotADate() throws IOException {
        Path f = shared.resolve("seed/001_x.txt");
        Files.writeString(f, "Title\nFirst line of body\nSecond", StandardCharsets.UTF_8);

        Article a = CorpusReader.readSeed(f, Instant.EPOCH);

        assertThat(a.body()).isEqualTo("First line of body\nSecond");
    }

    @Test
    void shouldNameMissingArticle() {
        assertThatThrownBy(() -> new CorpusReader(shared).article("corpus/t.ndjson", "nope"))
                .isInstanceOf(IOException.class).hasMessageContaining("nope");
    }

    @Test
    void shouldAcceptSharedDirOrCorpusDir() {
        assertThat(CorpusReader.locateSharedDir(shared)).isEqualTo(shared.toAbsolutePath().normalize());
        assertThat(CorpusReader.locateSharedDir(shared.resolve("corpus"))).isEqualTo(shared.toAbsolutePath().normalize());
    }
}

package io.wirewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class RuleFileParserTest {
    private Path dir;

    /** Under target/, not @TempDir: surefire points java.io.tmpdir at a folder that may not exist yet. */
    @BeforeEach
    void makeDir(TestInfo test) throws IOException {
        dir = Files.createDirectories(Path.of("target", "rule-tests", test.getTestMethod().orElseThrow().getName()));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void shouldNameFileAndLineOfBadWeight() throws IOException {
        Path file = write("en.rules", "topic diplomacy threshold 3\n3 envoy\nheavy summit\n");

        assertThatThrownBy(() -> RuleFileParser.parse(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("en.rules:3:");
    }

    @Test
    void shouldRejectUnknownSet() throws IOException {
        Path file = write("en.rules", "topic diplomacy threshold 3\n2 met | near $LEADERS\n");

        assertThatThrownBy(() -> RuleFileParser.parse(file)).hasMessageContaining(":2: unknown set $LEADERS");
    }

    @Test
    void shouldRejectTermBeforeTopic() throws IOException {
        Path file = write("ar.rules", "# header\n3 مبعوث\n");

        assertThatThrownBy(() -> RuleFileParser.parse(file)).hasMessageContaining("ar.rules:2:");
    }

    @Test
    void shouldTakeLanguageFromFileName() throws IOException {
        Path file = write("uk.rules", "topic diplomacy threshold 3\n3 переговор*\n");

        assertThat(RuleFileParser.parse(file).language()).isEqualTo("uk");
    }

    @Test
    void shouldFailLoadingWhenTopicsDirectoryIsMissing() {
        assertThatThrownBy(() -> TopicTagger.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("topics");
    }
}

package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimConfigTest {

    @BeforeAll
    static void tmpDir() throws IOException {
        // Why: the build points java.io.tmpdir into target/, which may not exist yet.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static Path config(Path dir, String claimants, String lexicon) throws IOException {
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("claimants.tsv"), claimants, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claims/en.properties"), lexicon, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void shouldNameFileAndLineOfMalformedClaimantRow(@TempDir Path dir) throws IOException {
        config(dir, "# header\nua-air-force\tUA\tRU\tUkraine's air force\nru-mod\tRU\tRussia's defence ministry\n",
                "drone.nouns = drones\n");
        assertThatThrownBy(() -> ClaimExtractor.load(dir))
                .isInstanceOf(ClaimConfigException.class)
                .hasMessageContaining("claimants.tsv:3")
                .hasMessageContaining("4 tab-separated columns");
    }

    @Test
    void shouldRejectCountryThatIsNotIsoAlpha2(@TempDir Path dir) throws IOException {
        config(dir, "ru-mod\tRussia\tUA\tRussia's defence ministry\n", "drone.nouns = drones\n");
        assertThatThrownBy(() -> ClaimExtractor.load(dir)).hasMessageContaining("claimants.tsv:1")
                .hasMessageContaining("ISO 3166");
    }

    @Test
    void shouldNameFileAndLineOfUnknownLexiconKey(@TempDir Path dir) throws IOException {
        config(dir, "ru-mod\tRU\tUA\tRussia's defence ministry\n", "# c\ndrone.nouns = drones\ndrone.noun = uav\n");
        assertThatThrownBy(() -> ClaimExtractor.load(dir)).hasMessageContaining("en.properties:3")
                .hasMessageContaining("drone.noun");
    }

    @Test
    void shouldRejectTooShortPrefixEntry(@TempDir Path dir) throws IOException {
        config(dir, "ru-mod\tRU\tUA\tRussia's defence ministry\n", "destroy.cues = d*\n");
        assertThatThrownBy(() -> ClaimExtractor.load(dir)).hasMessageContaining("en.properties:1");
    }

    @Test
    void shouldReportMissingGazetteer(@TempDir Path dir) {
        assertThatThrownBy(() -> ClaimExtractor.load(dir)).isInstanceOf(ClaimConfigException.class)
                .hasMessageContaining("claimants.tsv");
    }
}

package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.eval.GoldSet.GoldClaim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void tmp() throws IOException {
        SharedDirs.ensureTmpDir();
    }

    @Test
    void shouldReadSnakeCaseRecordsAndSkipBlankLines() throws IOException {
        Path f = write("""
                {"id":"a","file":"corpus/x.ndjson","language":"en","topics":["drone_strikes"],"claims":[{"claimant_country":"UA","claimant":"ua-air-force","metric":"launched","value":83,"scope":"total","qualifier":"exact"}],"note":"n"}

                {"id":"b","file":"seed/y.txt","language":"ar","topics":[],"claims":[{"claimant_country":"RU","claimant":"ru-mod","metric":"destroyed","value":36,"scope":"region","qualifier":"exact","region":"Bryansk"}],"note":"n"}
                """);

        GoldSet gold = GoldSet.load(f);

        assertThat(gold.size()).isEqualTo(2);
        assertThat(gold.byId("a").orElseThrow().claims())
                .containsExactly(new GoldClaim("UA", "ua-air-force", "launched", 83, "total", "exact", null));
        assertThat(gold.byId("b").orElseThrow().claims("region")).extracting(GoldClaim::region).containsExactly("Bryansk");
        assertThat(gold.byId("b").orElseThrow().claims("total")).isEmpty();
    }

    @Test
    void shouldRejectUnknownScopeWithLineNumber() throws IOException {
        Path f = write("""
                {"id":"a","file":"f","topics":[],"claims":[]}
                {"id":"b","file":"f","topics":[],"claims":[{"claimant_country":"UA","claimant":"ua-air-force","metric":"launched","value":1,"scope":"daily","qualifier":"exact"}]}
                """);

        assertThatThrownBy(() -> GoldSet.load(f)).isInstanceOf(IOException.class)
                .hasMessageContaining(":2:").hasMessageContaining("unknown scope daily");
    }

    @Test
    void shouldRejectUnknownTopic() throws IOException {
        Path f = write("{\"id\":\"a\",\"file\":\"f\",\"topics\":[\"sports\"],\"claims\":[]}\n");

        assertThatThrownBy(() -> GoldSet.load(f)).hasMessageContaining("unknown topic sports");
    }

    @Test
    void shouldRejectLowerCaseCountry() throws IOException {
        Path f = write("{\"id\":\"a\",\"file\":\"f\",\"topics\":[],\"claims\":[{\"claimant_country\":\"ua\","
                + "\"claimant\":\"ua-air-force\",\"metric\":\"launched\",\"value\":1,\"scope\":\"total\",\"qualifier\":\"exact\"}]}\n");

        assertThatThrownBy(() -> GoldSet.load(f)).hasMessageContaining("claimant_country");
    }

    @Test
    void shouldRejectDuplicateIds() throws IOException {
        Path f = write("""
                {"id":"a","file":"f","topics":[],"claims":[]}
                {"id":"a","file":"f","topics":[],"claims":[]}
                """);

        assertThatThrownBy(() -> GoldSet.load(f)).hasMessageContaining("already on line 1");
    }

    private Path write(String content) throws IOException {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void shouldLoadEveryFileOfADirectoryAndRefuseAnIdTwice() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), """
                {"id":"w-1","language":"en","body":"text one","topics":[],"claims":[]}
                """);
        Files.writeString(dir.resolve("b.jsonl"), """
                {"id":"w-2","language":"en","kind":"long","body":"text two","topics":[],"claims":[]}
                """);

        GoldSet gold = GoldSet.load(dir);
        assertThat(gold.articles()).extracting(GoldSet.GoldArticle::id).containsExactly("w-1", "w-2");
        assertThat(gold.byId("w-2").orElseThrow().kind()).isEqualTo("long");
        assertThat(gold.byId("w-1").orElseThrow().inline()).isTrue();

        Files.writeString(dir.resolve("c.jsonl"), """
                {"id":"w-1","language":"en","body":"again","topics":[],"claims":[]}
                """);
        assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(IOException.class).hasMessageContaining("w-1");
    }

    @Test
    void shouldSplitByTheIdAloneAndKeepCorpusRecordsInTune() {
        GoldSet.GoldArticle corpus = new GoldSet.GoldArticle("x", "corpus/x.ndjson", "en", List.of(), List.of(), null);
        assertThat(corpus.split()).isEqualTo("tune");
        long check = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> GoldSet.split("id-" + i))
                .filter("check"::equals).count();
        assertThat(check).isBetween(300L, 400L);
        assertThat(GoldSet.split("en-b1-001")).isEqualTo(GoldSet.split("en-b1-001"));
    }

    @Test
    void shouldAcceptLostAndHitRolesAndRefuseOthers() throws IOException {
        Path ok = write("""
                {"id":"a","body":"t","topics":[],"claims":[{"claimant_country":"UA","claimant":"ua-air-force","metric":"lost","value":5,"scope":"total","qualifier":"exact"},{"claimant_country":"UA","claimant":"ua-air-force","metric":"hit","value":2,"scope":"total","qualifier":"exact"}]}
                """);
        assertThat(GoldSet.load(ok).byId("a").orElseThrow().claims()).hasSize(2);
        Path bad = write("""
                {"id":"a","body":"t","topics":[],"claims":[{"claimant_country":"UA","claimant":"ua-air-force","metric":"airborne","value":5,"scope":"total","qualifier":"exact"}]}
                """);
        assertThatThrownBy(() -> GoldSet.load(bad)).isInstanceOf(IOException.class).hasMessageContaining("unknown metric");
    }
}

package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.eval.GoldSet.GoldClaim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}

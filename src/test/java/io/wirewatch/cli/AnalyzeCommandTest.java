package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.Main;
import io.wirewatch.model.Json;
import io.wirewatch.testing.TestDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AnalyzeCommandTest {
    /** The real lexicons and rules: the analyzer needs them. */
    private static final String CONFIG = "config";
    private final Path dir = TestDirs.newDir("analyze");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int analyze(String... args) {
        CommandLine cli = new CommandLine(new Main());
        AnalyzeCommand cmd = cli.getSubcommands().get("analyze").getCommand();
        cmd.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        return cli.execute(args);
    }

    private Path ndjson(String... lines) throws IOException {
        return Files.writeString(dir.resolve("in.ndjson"), String.join("\n", lines) + "\n");
    }

    @Test
    void shouldWriteOneEnrichedArticlePerInputLine() throws IOException {
        Path in = ndjson(
                "{\"id\":\"ap-1\",\"published\":\"2026-01-26T06:00:00Z\",\"title\":\"Overnight attack\","
                        + "\"body\":\"Russian forces launched 138 drones at Ukraine overnight, 110 of which were shot down.\"}",
                "{\"id\":\"naya-2\",\"body\":\"الدفاع الروسية: أسقطت قوات الدفاع الجوي 555 طائرة درون أوكرانية خلال الليل\"}");

        int code = analyze("--config", CONFIG, "analyze", in.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = Json.mapper().readTree(lines.get(0));
        JsonNode second = Json.mapper().readTree(lines.get(1));
        assertThat(first.get("id").asText()).isEqualTo("ap-1");
        assertThat(first.get("published").asText()).isEqualTo("2026-01-26T06:00:00Z");
        assertThat(first.has("topics")).isTrue();
        assertThat(first.has("claims")).isTrue();
        assertThat(second.get("id").asText()).isEqualTo("naya-2");
        assertThat(second.get("language").asText()).isEqualTo("ar");
    }

    @Test
    void shouldReportRejectedLinesOnStderrAndExitOne() throws IOException {
        Path in = ndjson("{\"id\":\"ok\",\"body\":\"fine\"}", "{\"id\":\"no-body\"}");

        int code = analyze("--config", CONFIG, "analyze", in.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("in.ndjson:2: rejected: missing required field 'body'");
    }

    @Test
    void shouldExitTwoWithMessageOnMissingInput() {
        int code = analyze("analyze", dir.resolve("absent.ndjson").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent.ndjson: no such file or directory");
    }
}

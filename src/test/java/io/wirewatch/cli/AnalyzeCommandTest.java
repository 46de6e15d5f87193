package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.Main;
import io.wirewatch.model.Json;
import io.wirewatch.testing.TestDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
    void shouldWriteOneLinePerTextItemOfANewsMessageFile() {
        int code = analyze("--config", CONFIG, "analyze", "src/test/resources/xml/newsml-message-mixed.xml");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return Json.mapper().readTree(l).path("id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).containsExactly("urn:newsml:capital-wire.example:20240914:airforce-64@1",
                "urn:newsml:capital-wire.example:20240918:istanbul-talks");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("analyze: 2 analyzed, 0 rejected");
    }

    @Test
    void shouldExitTwoNamingTheFileOfAnXmlAttack() throws IOException {
        Path xxe = Files.writeString(dir.resolve("xxe.xml"),
                io.wirewatch.testing.XmlAttacks.externalEntity("newsItem", "file:///etc/passwd"));

        int code = analyze("--config", CONFIG, "analyze", xxe.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("analyze: " + xxe + ": DTD not allowed")
                .doesNotContain("root:");
    }

    @Test
    void shouldExitTwoWithMessageOnMissingInput() {
        int code = analyze("analyze", dir.resolve("absent.ndjson").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent.ndjson: no such file or directory");
    }

    /**
     * Every sample wire twelve times (fresh ids), Arabic and English, short and long, with a blank line and
     * three rejected lines among them: 171 lines, several batches per worker.
     */
    private Path mixedInput() throws IOException {
        List<String> samples = new ArrayList<>();
        for (String sample : List.of("samples/wires-en.ndjson", "samples/wires-ar.ndjson")) {
            Files.readAllLines(Path.of(sample), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(samples::add);
        }
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < 12; copy++) {
            for (String line : samples) {
                lines.add(line.replaceFirst("\"id\": \"", "\"id\": \"" + copy + "-"));
            }
        }
        lines.add(3, "{\"id\":\"no-body\"}");
        lines.add(7, "");
        lines.add(100, "not json at all");
        lines.add(170, "{\"id\":\"no-body-either\",\"body\":\"  \"}");
        return ndjson(lines.toArray(String[]::new));
    }

    @Test
    void shouldWriteTheSameBytesOnFourThreadsAsOnOne() throws IOException {
        Path in = mixedInput();
        int oneCode = analyze("--config", CONFIG, "analyze", "--threads", "1", in.toString());
        byte[] oneOut = out.toByteArray();
        String oneErr = err.toString(StandardCharsets.UTF_8);
        out.reset();
        err.reset();

        int fourCode = analyze("--config", CONFIG, "analyze", "--threads", "4", in.toString());

        assertThat(oneCode).isEqualTo(1);
        assertThat(fourCode).isEqualTo(1);
        assertThat(new String(oneOut, StandardCharsets.UTF_8).lines()).hasSize(168);
        assertThat(out.toByteArray()).isEqualTo(oneOut);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(oneErr).contains("168 analyzed, 3 rejected");
    }

    @Test
    void shouldKeepInputOrderOverManyLinesOfMixedLength() throws IOException {
        // Long and short bodies alternate irregularly, so workers finish out of order.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String body = "Russian forces launched " + i + " drones at Ukraine overnight. ".repeat(1 + (i * 7919) % 40);
            lines.add("{\"id\":\"w-" + i + "\",\"published\":\"2026-01-26T06:00:00Z\",\"body\":\"" + body + "\"}");
        }
        Path in = ndjson(lines.toArray(String[]::new));

        int code = analyze("--config", CONFIG, "analyze", "--threads", "3", in.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> ids = out.toString(StandardCharsets.UTF_8).lines().map(this::id).toList();
        assertThat(ids).containsExactlyElementsOf(IntStream.range(0, 3000).mapToObj(i -> "w-" + i).toList());
    }

    @Test
    void shouldReportABadLineInTheMiddleAndWriteTheLinesAroundItInOrder() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(i == 100 ? "{\"id\":\"no-body\"}" : "{\"id\":\"w-" + i + "\",\"body\":\"fine " + i + "\"}");
        }
        Path in = ndjson(lines.toArray(String[]::new));

        int code = analyze("--config", CONFIG, "analyze", "--threads", "4", in.toString());

        assertThat(code).isEqualTo(1);
        List<String> ids = out.toString(StandardCharsets.UTF_8).lines().map(this::id).toList();
        assertThat(ids).containsExactlyElementsOf(
                IntStream.range(0, 200).filter(i -> i != 100).mapToObj(i -> "w-" + i).toList());
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                in + ":101: rejected: missing required field 'body'", "analyze: 199 analyzed, 1 rejected");
    }

    @Test
    void shouldRefuseFewerThanOneThread() throws IOException {
        Path in = ndjson("{\"id\":\"ok\",\"body\":\"fine\"}");

        int code = analyze("--config", CONFIG, "analyze", "--threads", "0", in.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threads must be at least 1");
        assertThat(out.toByteArray()).isEmpty();
    }

    private String id(String line) {
        try {
            return Json.mapper().readTree(line).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

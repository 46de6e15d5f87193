package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.Main;
import io.wirewatch.model.Json;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
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

/**
 * {@code reconcile} offline on {@code analyze} output of wires written for this test, against the synthetic
 * attacks file of {@code src/test/resources/reference}; and {@code reference load}'s checks, which run before
 * any broker is asked.
 */
class ReconcileCommandTest {
    private static final String CONFIG = "config";
    private static final Path REFERENCE = Path.of("src/test/resources/reference/attacks.csv");
    private final Path dir = TestDirs.newDir("reconcile");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String wire(String id, String published, String body) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id).put("source", "test-wire").put("published", published).put("language", "en")
                .put("title", "Drones").put("body", body);
        return n.toString();
    }

    /** The wires through the real {@code analyze}: its output is what {@code reconcile} reads. */
    private Path enriched() throws IOException {
        Path in = Files.write(dir.resolve("wires.ndjson"), List.of(
                wire("night", "2026-01-26T09:00:00Z",
                        "Russia launched 90 drones at Ukraine overnight and 80 of them were shot down, Ukraine's air force said."),
                wire("day", "2026-01-26T16:00:00Z",
                        "Ukraine's air force said it shot down 12 of 14 drones launched by Russia during the day."),
                wire("evening", "2026-01-26T20:00:00Z",
                        "Ukraine's air force said air defences shot down 20 of 30 drones launched in the evening."),
                wire("later", "2026-01-28T08:00:00Z",
                        "Russia launched 50 drones at Ukraine overnight and 45 of them were shot down, Ukraine's air force said.")),
                StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new Main());
        AnalyzeCommand analyze = cli.getSubcommands().get("analyze").getCommand();
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        analyze.out = new PrintStream(tagged, true, StandardCharsets.UTF_8);
        analyze.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(cli.execute("--config", CONFIG, "analyze", in.toString())).isZero();
        return Files.write(dir.resolve("enriched.ndjson"), tagged.toByteArray());
    }

    private int run(String command, String... args) {
        CommandLine cli = new CommandLine(new Main());
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        if (command.equals("reconcile")) {
            ReconcileCommand c = cli.getSubcommands().get("reconcile").getCommand();
            c.out = o;
            c.err = e;
        } else {
            ReferenceLoadCommand c = cli.getSubcommands().get("reference").getSubcommands().get("load").getCommand();
            c.err = e;
        }
        return cli.execute(args);
    }

    @Test
    void shouldPrintEveryPairAndAnAgreementSummaryLine() throws IOException {
        Path enriched = enriched();

        int code = run("reconcile", "--config", CONFIG, "reconcile", "--reference", REFERENCE.toString(), enriched.toString());

        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isZero();
        assertThat(stdout.lines()).anySatisfy(l -> assertThat(l).startsWith("2026-01-26  within_tolerance")
                .contains("reference 92/80 (kpszsu 2026-01-25 18:00 → 2026-01-26 08:00)", "ledger 90/80", "difference -2/0",
                        "articles night"));
        assertThat(stdout.lines()).anySatisfy(l -> assertThat(l).startsWith("2026-01-26  match")
                .contains("PvKPivden", "ledger 14/12"));
        assertThat(stdout.lines()).anySatisfy(l -> assertThat(l).startsWith("2026-01-26  mismatch")
                .contains("reference 40/38", "ledger 30/20", "difference -10/-18"));
        assertThat(stdout.lines()).anySatisfy(l -> assertThat(l).startsWith("2026-01-28  only_ledger").contains("ledger 50/45"));
        assertThat(stderr).contains("4 distinct claims on 2 days; 3 found a reference window: 1 match, 1 within tolerance (10%), "
                + "1 mismatch; 1 without a window; 0 reference windows of those days unpaired; agreement 66.7% (2 of 3 paired)");
    }

    @Test
    void shouldPrintTheApisAnswerWithJson() throws IOException {
        Path enriched = enriched();

        run("reconcile", "--config", CONFIG, "reconcile", "--json", "--reference", REFERENCE.toString(), enriched.toString());

        List<Reconciliation> days = out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return Json.mapper().readValue(l, Reconciliation.class);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(days).extracting(r -> r.day().toString()).containsExactly("2026-01-26", "2026-01-28");
        assertThat(days.get(1).pairs()).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(ReconcileStatus.ONLY_LEDGER));
    }

    @Test
    void shouldNameFileAndLineOfABadRowAndSendNothing() {
        // No broker listens on this port: the file is refused before any client exists.
        int code = run("load", "--config", CONFIG, "reference", "load",
                "src/test/resources/reference/attacks-bad-number.csv", "--bootstrap-servers", "127.0.0.1:1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("attacks-bad-number.csv:3: destroyed 'twelve' is not a whole number", "nothing sent");
    }

    @Test
    void shouldSayWhatADryRunWouldLoadAndWhatItLeavesOut() {
        int code = run("load", "--config", CONFIG, "reference", "load", REFERENCE.toString(), "--dry-run",
                "--models", "src/test/resources/reference/missiles_and_uavs.csv");

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("8 rows; 5 drone rows in 3 windows",
                "left out: 2 missile and bomb rows (ballistic missile 1, mixed missiles 1)",
                "1 rows of models the weapon table does not know (Mystery-7 1)", "dry run, 3 windows not sent to news.reference");
    }
}

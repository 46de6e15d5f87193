package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.testing.TestDirs;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst dashboard in a real browser: the service on an embedded broker, the sample wires fed through
 * Kafka, then Debian's headless Chromium loads {@code /}, and the DOM it dumps must show the seed's figures
 * in the daily table, a chart with the reference series and its mismatch marks, the reconciliation table, and
 * the alerts; a second run saves {@code target/dashboard.png}.
 *
 * <p>Without Chromium ({@code /usr/bin/chromium}, or {@code -Dwirewatch.chromium=PATH}) the test is skipped
 * with a loud warning; {@code .ci/run} installs it so that CI always runs this test.
 */
class DashboardBrowserIT {
    static final String CHROMIUM = System.getProperty("wirewatch.chromium", "/usr/bin/chromium");
    private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=\"']+)=\"([^\"]*)\"");

    private static EmbeddedKafkaBroker broker;
    private static Service service;

    private static final boolean CHROMIUM_PRESENT = Files.isExecutable(Path.of(CHROMIUM));

    @BeforeAll
    static void start() {
        if (!CHROMIUM_PRESENT) {
            warnLoudly();
            return; // the test itself reports the skip, so that Maven counts it as skipped
        }
        broker = EmbeddedKafkaBroker.builder().freePorts().dataDir(TestDirs.newDir("dash-broker")).build().start();
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", broker.bootstrapServers());
        flags.put("application.id", "wirewatch-dashboard-it");
        flags.put("state.dir", TestDirs.newDir("dash-state").toString());
        flags.put("commit.interval.ms", "200");
        flags.put(AppConfig.HTTP_PORT, "0");
        try {
            service = Service.start(ItSupport.config(flags), null);
        } catch (IOException e) {
            throw new IllegalStateException("service did not start", e);
        }
        // A synthetic reference row that disagrees with the seed's ua-air-force figures (100/95 against 83/78).
        int loaded = io.wirewatch.Main.execute("--config", "config", "reference", "load",
                "src/test/resources/reference/seed-reference-mismatch.csv", "--bootstrap-servers", broker.bootstrapServers());
        if (loaded != 0) {
            throw new IllegalStateException("reference load exited " + loaded);
        }
        ItSupport.produce(broker.bootstrapServers(), ItSupport.sampleWires());
    }

    /**
     * The build redirects test output to files, so a plain {@code System.err} line would go unseen: this
     * writes to the forked JVM's own stderr too, which Maven prints on the console.
     */
    private static void warnLoudly() {
        String bar = "!".repeat(100);
        String text = String.join(System.lineSeparator(), bar,
                "!!! DashboardBrowserIT SKIPPED: the dashboard browser test did NOT run (no Chromium at " + CHROMIUM + ").",
                "!!! Enable it: sudo apt-get install -y --no-install-recommends chromium",
                "!!!   (or point -Dwirewatch.chromium=/path/to/chromium at another Chromium; .ci/run installs it)",
                bar);
        System.err.println(text);
        @SuppressWarnings("resource") // never close the process's stderr
        PrintStream raw = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        raw.println(text);
        raw.flush();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static String dashboardUrl() {
        return "http://127.0.0.1:" + service.httpPort() + "/";
    }

    /**
     * Waits until the API itself shows what the page should show (the reference's mismatch with the seed included),
     * so a failure below is the page's.
     */
    private static void awaitSeedFiguresInTheApi() {
        await("the seed's daily figures (ua-air-force 83/78, ru-mod 99) and its alerts in the API")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    ItSupport.Answer daily = ItSupport.get(service.httpPort(),
                            "/api/drones/daily?from=2024-09-13&to=2024-09-13");
                    ItSupport.Answer alerts = ItSupport.get(service.httpPort(), "/api/alerts?limit=100");
                    if (daily.status() != 200 || alerts.status() != 200) {
                        return false;
                    }
                    Map<String, JsonNode> rows = new HashMap<>();
                    daily.json().forEach(r -> rows.put(r.path("claimant").asText(), r));
                    Set<String> types = new TreeSet<>();
                    alerts.json().forEach(a -> types.add(a.path("type").asText()));
                    ItSupport.Answer reconcile = ItSupport.get(service.httpPort(),
                            "/api/reconcile?from=2024-09-13&to=2024-09-13");
                    if (reconcile.status() != 200 || reconcile.json().size() != 1) {
                        return false;
                    }
                    boolean mismatch = reconcile.json().get(0).path("pairs").findValuesAsText("status").contains("mismatch");
                    return mismatch && types.contains("reconcile_mismatch")
                            && rows.containsKey("ua-air-force") && rows.containsKey("ru-mod")
                            && rows.get("ua-air-force").path("launched").asInt() == 83
                            && rows.get("ua-air-force").path("destroyed").asInt() == 78
                            && rows.get("ru-mod").path("destroyed").asInt() == 99
                            && types.containsAll(List.of("mass_drone_attack", "naval_incident"));
                });
    }

    /** Runs headless Chromium with these extra arguments on the dashboard; returns what it wrote to stdout. */
    private static String chromium(String... extra) throws IOException, InterruptedException {
        Path profile = TestDirs.newDir("chromium-profile");
        Path out = profile.resolveSibling(profile.getFileName() + ".stdout");
        Path err = profile.resolveSibling(profile.getFileName() + ".stderr");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--virtual-time-budget=15000"));
        cmd.addAll(List.of(extra));
        cmd.add(dashboardUrl());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + BROWSER_TIMEOUT + "; stderr:\n" + tail(err));
        }
        assertThat(p.exitValue()).as("Chromium exit code; stderr:\n%s", tail(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    /** Attributes of every start tag {@code <name ...>} in document order (Chromium quotes every value with "). */
    private static List<Map<String, String>> startTags(String html, String name) {
        List<Map<String, String>> tags = new ArrayList<>();
        Matcher m = START_TAG.matcher(html);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                tags.add(attributes(m.group(2)));
            }
        }
        return tags;
    }

    private static Map<String, String> attributes(String inside) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(inside);
        while (a.find()) {
            out.put(a.group(1), a.group(2));
        }
        return out;
    }

    /** The markup of the first {@code <tr>} with these claimant and day attributes, up to its {@code </tr>}. */
    private static String row(String html, String claimant, String day) {
        Matcher m = Pattern.compile("<tr\\b[^>]*>").matcher(html);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group());
            if (claimant.equals(attrs.get("data-claimant")) && day.equals(attrs.get("data-day"))) {
                int end = html.indexOf("</tr>", m.end());
                return html.substring(m.start(), end < 0 ? html.length() : end);
            }
        }
        return null;
    }

    /** The markup of the first {@code #reconcile-table} row of {@code day} with {@code data-status=status}. */
    private static String reconcileRow(String html, String day, String status) {
        int table = html.indexOf("id=\"reconcile-table\"");
        if (table < 0) {
            return null;
        }
        Matcher m = Pattern.compile("<tr\\b[^>]*>").matcher(html);
        m.region(table, html.length());
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group());
            if (day.equals(attrs.get("data-day")) && status.equals(attrs.get("data-status"))) {
                int end = html.indexOf("</tr>", m.end());
                return html.substring(m.start(), end < 0 ? html.length() : end);
            }
        }
        return null;
    }

    /** {@code data-value} of the cell with class {@code cls} in a row's markup. */
    private static String cell(String rowHtml, String cls) {
        for (Map<String, String> td : startTags(rowHtml, "td")) {
            if (List.of(td.getOrDefault("class", "").split("\\s+")).contains(cls)) {
                return td.get("data-value");
            }
        }
        return null;
    }

    @Test
    void shouldShowTheSeedFiguresTheReferenceWithItsMismatchAndTheAlertsInHeadlessChromium() throws Exception {
        assumeTrue(CHROMIUM_PRESENT, "BROWSER TEST SKIPPED: no Chromium at " + CHROMIUM
                + "; install it with: apt-get install -y --no-install-recommends chromium");
        awaitSeedFiguresInTheApi();

        long t0 = System.nanoTime();
        String dom = chromium("--dump-dom");
        long domMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        Files.writeString(Path.of("target", "dashboard-dom.html"), dom, StandardCharsets.UTF_8);

        Map<String, String> body = startTags(dom, "body").stream().findFirst().orElseThrow(
                () -> new AssertionError("no <body> in the dumped DOM:\n" + dom));
        assertThat(body).as("body attributes after the first load").containsEntry("data-loaded", "true");

        int chartAt = dom.indexOf("id=\"daily-chart\"");
        int tableAt = dom.indexOf("id=\"daily-table\"");
        assertThat(chartAt).as("#daily-chart in the DOM").isPositive();
        assertThat(tableAt).as("#daily-table after the chart").isGreaterThan(chartAt);
        assertThat(dom.substring(chartAt, tableAt)).as("#daily-chart holds a drawn chart").contains("<canvas");

        String ua = row(dom, "ua-air-force", "2024-09-13");
        assertThat(ua).as("daily table row ua-air-force 2024-09-13").isNotNull();
        assertThat(cell(ua, "launched")).as("ua-air-force launched").isEqualTo("83");
        assertThat(cell(ua, "destroyed")).as("ua-air-force destroyed").isEqualTo("78");
        String ru = row(dom, "ru-mod", "2024-09-13");
        assertThat(ru).as("daily table row ru-mod 2024-09-13").isNotNull();
        assertThat(cell(ru, "destroyed")).as("ru-mod destroyed (regions and 'about 100' not added)").isEqualTo("99");

        String chart = dom.substring(chartAt, tableAt);
        assertThat(chart).as("the reference drawn as its own series beside ua-air-force, with mismatch marks")
                .contains("reference destroyed", "reference launched", "mismatch", "ua-air-force destroyed");
        String mismatch = reconcileRow(dom, "2024-09-13", "mismatch");
        assertThat(mismatch).as("#reconcile-table row 2024-09-13 marked mismatch").isNotNull();
        assertThat(cell(mismatch, "reference-launched")).isEqualTo("100");
        assertThat(cell(mismatch, "reference-destroyed")).isEqualTo("95");
        assertThat(cell(mismatch, "ledger-launched")).isEqualTo("83");
        assertThat(cell(mismatch, "ledger-destroyed")).isEqualTo("78");

        Set<String> alertTypes = new TreeSet<>();
        startTags(dom, "li").forEach(li -> {
            if (li.containsKey("data-alert-type")) {
                alertTypes.add(li.get("data-alert-type"));
            }
        });
        assertThat(alertTypes).as("alert types listed in #alerts").contains("mass_drone_attack", "naval_incident",
                "reconcile_mismatch");

        Path png = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(png);
        t0 = System.nanoTime();
        chromium("--screenshot=" + png, "--window-size=1400,1100", "--hide-scrollbars");
        long shotMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        assertThat(png).as("screenshot").exists();
        assertThat(Files.size(png)).as("screenshot size in bytes (a blank page is a few KB)").isGreaterThan(30_000);
        System.out.printf("DashboardBrowserIT: DOM dump %d ms, screenshot %d ms (%d bytes, %s)%n", domMillis, shotMillis,
                Files.size(png), png);
    }
}

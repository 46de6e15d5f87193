package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.XmlAttacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XML files for {@code feed}: NewsML-G2 sent as it is, RSS and Atom one simple-form wire per item, attacks refused. */
class FeedFilesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/xml");
    private static final String SECRET = "wirewatch-secret-9d2e";
    private final Path dir = TestDirs.newDir("feed-files");
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startListener() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/leak";
    }

    @AfterEach
    void stopListener() {
        server.stop(0);
    }

    private static List<WireReader.Message> read(Path file) {
        List<WireReader.Message> out = new ArrayList<>();
        new WireReader(null, null).read(file, out::add);
        return out;
    }

    private static List<JsonNode> wires(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (WireReader.Message m : read(file)) {
            out.add(Json.mapper().readTree(m.payload()));
        }
        return out;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    // ---- RSS ---------------------------------------------------------------------------------------

    @Test
    void shouldGiveAnItemWithoutGuidAStableIdFromItsLinkAndDate() throws IOException {
        List<JsonNode> first = wires(FIXTURES.resolve("rss-no-guid.rss"));
        List<JsonNode> again = wires(FIXTURES.resolve("rss-no-guid.rss"));
        assertThat(first).extracting(w -> w.path("id").asText()).allMatch(id -> id.startsWith("feed:"))
                .doesNotHaveDuplicates()
                .isEqualTo(again.stream().map(w -> w.path("id").asText()).toList());
        assertThat(first.get(0).path("id").asText()).isEqualTo(FeedFiles.stableId(
                "https://city-desk.example/2024/09/16/bus-fleet", "2024-09-16T09:30:00Z"));
    }

    @Test
    void shouldTellTwoItemsWithOneLinkApartByTheirDates() throws IOException {
        List<JsonNode> w = wires(FIXTURES.resolve("rss-no-guid.rss"));
        assertThat(w.get(0).path("url").asText()).isEqualTo(w.get(1).path("url").asText());
        assertThat(w.get(0).path("id").asText()).isNotEqualTo(w.get(1).path("id").asText());
        assertThat(w.get(1).path("published").asText()).isEqualTo("2024-09-16T11:00:00Z");
    }

    @Test
    void shouldPreferFullContentOverTheDescriptionAndStripItsHtml() throws IOException {
        JsonNode updated = wires(FIXTURES.resolve("rss-no-guid.rss")).get(1);
        assertThat(updated.path("body").asText()).isEqualTo(
                "The city council unveiled a fleet of 120 electric buses on Monday.\nThey replace diesel buses & cut noise.");
    }

    @Test
    void shouldTakeTheChannelLanguageAndTheFeedHostAsSource() throws IOException {
        JsonNode w = wires(FIXTURES.resolve("rss-no-guid.rss")).get(0);
        assertThat(w.path("language").asText()).isEqualTo("en-us");
        assertThat(w.path("source").asText()).isEqualTo("city-desk.example");
        assertThat(w.path("title").asText()).isEqualTo("Council unveils fleet of 120 electric buses");
    }

    @Test
    void shouldSendTheTitleAsBodyOfAnItemWithNothingElse() throws IOException {
        JsonNode w = wires(FIXTURES.resolve("rss-no-guid.rss")).get(2);
        assertThat(w.path("body").asText()).isEqualTo("Headline only, no link, no date");
        assertThat(w.has("title")).isFalse();
        assertThat(w.has("published")).isFalse();
    }

    @Test
    void shouldReadTheGuidAndAnArabicCdataBodyWithDirAttributes() throws IOException {
        Path rss = write("ar.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>المرصاد</title><link>https://al-mirsad.example/ar/</link>
                <language>ar</language>
                <item><title>إسقاط طائرات مسيّرة</title><guid isPermaLink="false">al-mirsad-123</guid>
                <description><![CDATA[<p dir="rtl">قالت الوزارة إن الدفاعات أسقطت ٢٥ طائرة مسيّرة.</p>]]></description>
                </item></channel></rss>
                """);
        JsonNode w = wires(rss).get(0);
        assertThat(w.path("id").asText()).isEqualTo("al-mirsad-123");
        assertThat(w.path("body").asText()).isEqualTo("قالت الوزارة إن الدفاعات أسقطت ٢٥ طائرة مسيّرة.");
        assertThat(w.path("language").asText()).isEqualTo("ar");
        assertThat(w.path("source").asText()).isEqualTo("al-mirsad.example");
    }

    @Test
    void shouldReadAnRssFeedInTheEncodingItsDeclarationNames() throws IOException {
        Path rss = dir.resolve("cp1256.rss");
        Files.write(rss, ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel>"
                + "<title>t</title><link>https://a.example/</link><item><guid>g1</guid>"
                + "<description>قالت الوزارة</description></item></channel></rss>").getBytes("windows-1256"));
        assertThat(wires(rss).get(0).path("body").asText()).isEqualTo("قالت الوزارة");
    }

    // ---- Atom --------------------------------------------------------------------------------------

    @Test
    void shouldResolveAtomLinksAgainstXmlBase() throws IOException {
        List<JsonNode> w = wires(FIXTURES.resolve("atom-xml-base.atom"));
        assertThat(w.get(0).path("url").asText()).isEqualTo("https://levant-wire.example/en/2024/09/13/drone-tallies");
        assertThat(w.get(1).path("url").asText()).isEqualTo("https://levant-wire.example/ar/2024/09/18/istanbul-talks");
    }

    @Test
    void shouldTakeAtomIdsAndPublishedBeforeUpdated() throws IOException {
        List<JsonNode> w = wires(FIXTURES.resolve("atom-xml-base.atom"));
        assertThat(w).extracting(x -> x.path("id").asText()).containsExactly("urn:uuid:levant-wire-20240913-tallies",
                "urn:uuid:levant-wire-20240918-istanbul-ar", "urn:uuid:levant-wire-plain");
        assertThat(w.get(0).path("published").asText()).isEqualTo("2024-09-13T12:40:00Z");
        assertThat(w.get(1).path("published").asText()).isEqualTo("2024-09-18T10:00:00Z");
        assertThat(w.get(0).path("body").asText()).startsWith("Ukraine's air force said"); // content over summary
    }

    @Test
    void shouldTakeEachAtomEntrysXmlLangAndReadRightToLeftXhtmlAsText() throws IOException {
        List<JsonNode> w = wires(FIXTURES.resolve("atom-xml-base.atom"));
        assertThat(w).extracting(x -> x.path("language").asText()).containsExactly("en", "ar", "en");
        assertThat(w.get(1).path("body").asText()).isEqualTo("التقى مفاوضون روس وأوكرانيون في إسطنبول يوم الأربعاء "
                + "بوساطة تركية.\nوقالت الخارجية التركية إن الجولة المقبلة ستعقد الشهر المقبل.");
    }

    @Test
    void shouldKeepAnAtomTextSummaryAsWritten() throws IOException {
        assertThat(wires(FIXTURES.resolve("atom-xml-base.atom")).get(2).path("body").asText())
                .isEqualTo("Prices rose < 5% & fell again.");
    }

    @Test
    void shouldProduceWiresTheServicesParserAccepts() throws Exception {
        ArticleParser parser = new ArticleParser();
        for (Path f : List.of(FIXTURES.resolve("rss-no-guid.rss"), FIXTURES.resolve("atom-xml-base.atom"))) {
            for (WireReader.Message m : read(f)) {
                List<Article> a = parser.parseAll(m.payload(), Instant.EPOCH);
                assertThat(a).as(m.origin()).hasSize(1);
            }
        }
    }

    // ---- NewsML-G2 and other XML -------------------------------------------------------------------

    @Test
    void shouldSendANewsMlFileAsItIs() throws IOException {
        Path file = FIXTURES.resolve("newsml-message-mixed.xml");
        List<WireReader.Message> m = read(file);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).payload()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseANewsMlFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.xml");
        Files.write(file, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><newsItem guid=\"a\">caf\u00e9</newsItem>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(file + ": a NewsML-G2 file must be UTF-8, the encoding of news.raw");
    }

    @Test
    void shouldNameTheFileOfAnXmlDocumentOfAnotherKind() throws IOException {
        Path file = write("svg.xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThatThrownBy(() -> read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(file + ": XML root <svg> is neither NewsML-G2");
    }

    @Test
    void shouldNameTheFileAndLineOfMalformedXml() throws IOException {
        Path file = write("broken.rss", "<rss version=\"2.0\">\n<channel>\n<item></channel></rss>");
        assertThatThrownBy(() -> read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(file + ": not well-formed XML at line 3");
    }

    // ---- attacks -----------------------------------------------------------------------------------

    @Test
    void shouldRefuseAnRssFileWithAnExternalEntityWithoutFetchingIt() throws IOException {
        Path file = write("xxe.rss", XmlAttacks.externalEntity("rss", url));
        assertThatThrownBy(() -> read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(file + ": DTD not allowed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldRefuseAnAtomFileWithALocalFileEntityWithoutReadingIt() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path file = write("xxe.atom", XmlAttacks.externalEntity("feed", secret.toUri().toString()));
        assertThatThrownBy(() -> read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(file + ": DTD not allowed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void shouldRefuseAFeedFileWithBillionLaughs() throws IOException {
        Path file = write("laughs.xml", XmlAttacks.billionLaughs("rss"));
        assertThatThrownBy(() -> read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(file + ": DTD not allowed");
    }

    /** ROME's own settings, without SafeXml in front: a second line that must hold by itself. */
    @Test
    void shouldHaveRomeRefuseADoctypeAndFetchNothingOnItsOwn() {
        Path file = dir.resolve("direct.rss");
        byte[] xxe = XmlAttacks.externalEntity("rss", url).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedFiles.parse(file, xxe)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file + ": not a readable RSS or Atom feed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(requests).hasValue(0);
    }
}

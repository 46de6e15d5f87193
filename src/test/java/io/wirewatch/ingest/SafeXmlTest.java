package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.XmlAttacks;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * XML attacks on {@code news.raw} are refused before anything is resolved: a local HTTP server named as the
 * external entity counts every request it gets, and a local file's content must never show up.
 */
class SafeXmlTest {
    private static final Instant RECORD_TIME = Instant.parse("2026-01-02T03:04:05Z");
    private static final String SECRET = "wirewatch-secret-4f1c";
    private final ArticleParser parser = new ArticleParser();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startListener() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
    }

    @AfterEach
    void stopListener() {
        server.stop(0);
    }

    private void assertRefusedUnread(String xml) {
        assertThatThrownBy(() -> parser.parseAll(xml.getBytes(StandardCharsets.UTF_8), RECORD_TIME))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("DTD not allowed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(requests).as("requests the parser made to the entity's URL").hasValue(0);
    }

    @Test
    void shouldRefuseAnExternalEntityNamingAUrlWithoutFetchingIt() {
        assertRefusedUnread(XmlAttacks.externalEntity("newsItem", url));
    }

    @Test
    void shouldRefuseAnExternalParameterEntityWithoutFetchingIt() {
        assertRefusedUnread(XmlAttacks.externalParameterEntity("newsItem", url));
    }

    @Test
    void shouldRefuseAnExternalEntityNamingALocalFileWithoutReadingIt() throws Exception {
        Path secret = TestDirs.newDir("xxe").resolve("secret.txt");
        Files.writeString(secret, SECRET);
        assertRefusedUnread(XmlAttacks.externalEntity("newsItem", secret.toUri().toString()));
    }

    @Test
    void shouldRefuseBillionLaughsBeforeExpandingAnything() {
        assertThatThrownBy(() -> parser.parseAll(XmlAttacks.billionLaughs("newsItem").getBytes(StandardCharsets.UTF_8),
                RECORD_TIME)).isInstanceOf(BadInputException.class).hasMessageStartingWith("DTD not allowed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(XmlAttacks.LAUGH.repeat(2)));
    }

    @Test
    void shouldRefuseEvenAnEmptyDoctype() {
        assertThatThrownBy(() -> SafeXml.parse("<!DOCTYPE newsItem><newsItem/>"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("DTD not allowed (line 1)");
    }

    @Test
    void shouldInheritXmlLangAndMergeTextWithCdata() throws Exception {
        SafeXml.Element root = SafeXml.parse("<a xml:lang=\"ar\"><b>x <![CDATA[<y>]]> z</b></a>");
        SafeXml.Element b = root.child("b").orElseThrow();
        assertThat(b.lang()).isEqualTo("ar");
        assertThat(b.children()).containsExactly(new SafeXml.Text("x <y> z"));
    }
}

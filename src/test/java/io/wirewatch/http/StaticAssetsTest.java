package io.wirewatch.http;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StaticAssetsTest {

    private static HttpServer server;
    private static HttpClient client;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticAssets());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return client.send(builder.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Sends a request line verbatim, so that no client normalises the path; returns the status line. */
    private static String rawStatusLine(String requestTarget) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void rootServesTheDashboardPage() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(response, "ETag")).isNotBlank();
        assertThat(response.body()).contains("<!doctype html>").contains("id=\"daily-chart\"")
                .contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").contains("/assets/dashboard.js");
    }

    @Test
    void rootWithQueryStringStillServesThePage() throws Exception {
        HttpResponse<String> response = get("/?from=2024-09-01&to=2024-09-30");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void assetsServeScriptAndStyleWithTheirTypes() throws Exception {
        HttpResponse<String> js = get("/assets/dashboard.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(header(js, "Content-Type")).isEqualTo("application/javascript");
        assertThat(header(js, "Cache-Control")).isEqualTo("no-cache");
        assertThat(js.body()).contains("daily-table");

        HttpResponse<String> css = get("/assets/dashboard.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).isEqualTo("text/css");
        assertThat(css.body()).contains("unicode-bidi");
    }

    @Test
    void webjarsServeUplotFromTheClasspath() throws Exception {
        HttpResponse<String> js = get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(header(js, "Content-Type")).isEqualTo("application/javascript");
        assertThat(header(js, "Cache-Control")).contains("max-age=31536000");
        assertThat(js.body()).contains("uPlot");

        HttpResponse<String> css = get("/webjars/uplot/1.6.30/dist/uPlot.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).isEqualTo("text/css");
        assertThat(css.body()).contains(".uplot");
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertThat(get("/nope").statusCode()).isEqualTo(404);
        assertThat(get("/assets/missing.js").statusCode()).isEqualTo(404);
        assertThat(get("/assets/").statusCode()).isEqualTo(404);
        assertThat(get("/webjars/uplot/9.9.9/dist/uPlot.iife.min.js").statusCode()).isEqualTo(404);
        // Directories inside the jar are not files.
        assertThat(get("/webjars/uplot/1.6.30/dist").statusCode()).isEqualTo(404);
        assertThat(get("/webjars/uplot/1.6.30/dist/").statusCode()).isEqualTo(404);
        // Only web/ and the webjars are reachable, not the rest of the classpath.
        assertThat(get("/io/wirewatch/http/StaticAssets.class").statusCode()).isEqualTo(404);
        HttpResponse<String> missing = get("/assets/missing.js");
        assertThat(header(missing, "Content-Type")).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void pathTraversalIsRejected() throws Exception {
        assertThat(rawStatusLine("/assets/../../io/wirewatch/http/StaticAssets.class")).contains(" 400");
        assertThat(rawStatusLine("/webjars/../../../web/index.html")).contains(" 400");
        assertThat(rawStatusLine("/assets/%2e%2e/%2e%2e/etc/passwd")).contains(" 400");
        assertThat(rawStatusLine("/assets/%2E%2E%2Findex.html")).contains(" 400");
        assertThat(rawStatusLine("/assets/..%5cindex.html")).contains(" 400");
        assertThat(get("/assets/..%2f..%2fpom.xml").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(header(post, "Allow")).isEqualTo("GET, HEAD");

        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(base + "/assets/dashboard.js")).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
    }

    @Test
    void headSendsHeadersWithoutBody() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(base + "/assets/dashboard.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(header(head, "Content-Type")).isEqualTo("text/css");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void matchingEtagRevalidatesWithNotModified() throws Exception {
        HttpResponse<String> first = get("/assets/dashboard.js");
        String etag = header(first, "ETag");
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(base + "/assets/dashboard.js"))
                .header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> stale = send(HttpRequest.newBuilder(URI.create(base + "/assets/dashboard.js"))
                .header("If-None-Match", "\"stale\"").GET());
        assertThat(stale.statusCode()).isEqualTo(200);
    }
}

package io.wirewatch.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Serves the analyst dashboard and its libraries from the classpath.
 *
 * <ul>
 *   <li>{@code /} (and {@code /index.html}) → {@code web/index.html}</li>
 *   <li>{@code /assets/<file>} → {@code web/<file>}</li>
 *   <li>{@code /webjars/<path>} → {@code META-INF/resources/webjars/<path>} (e.g. uPlot)</li>
 * </ul>
 *
 * <p>GET and HEAD only (405 otherwise), 400 for path traversal or malformed paths, 404 for anything
 * else. Dashboard files are sent with {@code Cache-Control: no-cache} plus an ETag, so a redeploy is
 * seen at once while unchanged files revalidate with a 304; webjar paths carry their version, so they
 * are cached for a year. Meant to be mounted as the {@code "/"} context, behind the more specific
 * {@code /api} and {@code /health} contexts.
 */
public final class StaticAssets implements HttpHandler {

    private static final String WEB_ROOT = "web/";
    private static final String WEBJARS_ROOT = "META-INF/resources/webjars/";
    private static final String ASSETS_PREFIX = "/assets/";
    private static final String WEBJARS_PREFIX = "/webjars/";

    static final String CACHE_APP = "no-cache";
    static final String CACHE_WEBJAR = "public, max-age=31536000, immutable";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "application/javascript"),
            Map.entry("mjs", "application/javascript"),
            Map.entry("css", "text/css"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final ClassLoader loader;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    public StaticAssets() {
        this(StaticAssets.class.getClassLoader());
    }

    public StaticAssets(ClassLoader loader) {
        this.loader = loader;
    }

    private record Asset(byte[] body, String contentType, String cacheControl, String etag) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            String path;
            try {
                path = decode(rawPath);
            } catch (IllegalArgumentException e) {
                sendText(exchange, 400, "bad path");
                return;
            }
            if (isTraversal(rawPath) || isTraversal(path)) {
                sendText(exchange, 400, "bad path");
                return;
            }
            String resource = resourceFor(path);
            Optional<Asset> asset;
            try {
                asset = resource == null ? Optional.empty() : lookup(resource);
            } catch (UncheckedIOException e) {
                sendText(exchange, 500, "cannot read asset");
                return;
            }
            if (asset.isEmpty()) {
                sendText(exchange, 404, "not found");
                return;
            }
            send(exchange, asset.get(), head);
        }
    }

    /** The classpath resource a request path maps to, or null when it maps to none. */
    static String resourceFor(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return WEB_ROOT + "index.html";
        }
        if (path.startsWith(ASSETS_PREFIX)) {
            String file = path.substring(ASSETS_PREFIX.length());
            // Flat folder: a file name only.
            return file.isEmpty() || file.contains("/") ? null : WEB_ROOT + file;
        }
        if (path.startsWith(WEBJARS_PREFIX)) {
            String rest = path.substring(WEBJARS_PREFIX.length());
            return rest.isEmpty() || rest.endsWith("/") || rest.startsWith("/") || rest.contains("//")
                    ? null : WEBJARS_ROOT + rest;
        }
        return null;
    }

    private static String decode(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        // URLDecoder turns '+' into a space: protect it, a path is not a form.
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean isTraversal(String path) {
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return path.toLowerCase(Locale.ROOT).contains("%2e%2e");
    }

    /** Found assets are kept (they are few and small); misses are not, so random 404s cost no memory. */
    private Optional<Asset> lookup(String resource) {
        Asset cached = cache.get(resource);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Asset> loaded = load(resource);
        loaded.ifPresent(asset -> cache.put(resource, asset));
        return loaded;
    }

    private Optional<Asset> load(String resource) {
        URL url = loader.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            if (connection instanceof JarURLConnection jar
                    && (jar.getJarEntry() == null || jar.getJarEntry().isDirectory())) {
                return Optional.empty();
            }
            if ("file".equals(url.getProtocol()) && !Files.isRegularFile(Path.of(url.toURI()))) {
                return Optional.empty();
            }
            byte[] body;
            try (InputStream in = connection.getInputStream()) {
                body = in.readAllBytes();
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            String type = TYPES.getOrDefault(ext, "application/octet-stream");
            String cacheControl = resource.startsWith(WEBJARS_ROOT) ? CACHE_WEBJAR : CACHE_APP;
            CRC32 crc = new CRC32();
            crc.update(body);
            String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
            return Optional.of(new Asset(body, type, cacheControl, etag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, Asset asset, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", asset.contentType());
        headers.set("Cache-Control", asset.cacheControl());
        headers.set("ETag", asset.etag());
        headers.set("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, asset.etag())) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (head) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, asset.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(asset.body());
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void sendText(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

package io.wirewatch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.claims.SameClaim;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP API on the JDK's {@link HttpServer}; GET only, JSON out:
 * <ul>
 *   <li>{@code /health}: 200 {@code {"status":"UP","streams":"RUNNING"}}, else 503 with the state;</li>
 *   <li>{@code /api/drones/daily?from=&to=&claimant=&country=}: daily ledgers by day then claimant; without
 *       {@code claimant=}, a generic country claimant's claims that a named body of its country states the same
 *       day are folded into that body's row ({@link SameClaim}), so summing the rows counts each statement once;</li>
 *   <li>{@code /api/reconcile?from=&to=}: per day, every reference window and every ua-air-force ledger claim,
 *       paired, with their differences and a status ({@code Reconciliation});</li>
 *   <li>{@code /api/alerts?limit=}: newest first (default 50, at most 1000);</li>
 *   <li>{@code /api/articles/{id}}: one enriched article, or 404;</li>
 *   <li>{@code /metrics}: Prometheus text;</li>
 *   <li>{@code /} the dashboard ({@code web/index.html} on the classpath), {@code /web/*},
 *       {@code /webjars/*} static files.</li>
 * </ul>
 * Bad parameters answer 400 with a message; a store that is not ready answers 503.
 *
 * <p>Access ({@link BearerAuth}): with a token configured, {@code /api/*} and {@code /metrics} need
 * {@code Authorization: Bearer <token>} (else 401, JSON error, no data). {@code /health} stays open (status
 * only), and so do the dashboard's static files ({@code /}, {@code /assets/*}, {@code /webjars/*}): they are the
 * same bytes for everyone and hold no data; the page sends the token on every API call.
 */
public final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final int THREADS = 4;

    private final Supplier<KafkaStreams.State> state;
    private final Queries local;
    private final Queries routed;
    private final PrometheusMeterRegistry metrics;
    private final ZoneId zone;
    private final HttpServer server;
    private final ExecutorService executor;
    private final BearerAuth auth;

    /** Open (no token): binds loopback only, else {@link BearerAuth#forBinding} refuses. */
    public HttpApi(String host, int port, Supplier<KafkaStreams.State> state, Queries local, Queries routed,
                   PrometheusMeterRegistry metrics, ZoneId zone) {
        this(host, port, state, local, routed, metrics, zone, BearerAuth.forBinding(host, null));
    }

    /**
     * @param state   the Streams state for {@code /health}
     * @param local   this instance's stores ({@code local=true} requests from other instances)
     * @param routed  the same, or a {@link RoutingQueries} when {@code application.server} is set
     * @param metrics registry scraped by {@code /metrics}, or null for none
     * @param zone    zone of the ledger's days (the default {@code to} is today there)
     * @param auth    who may read: {@link BearerAuth#forBinding(String, String)} for this host
     */
    public HttpApi(String host, int port, Supplier<KafkaStreams.State> state, Queries local, Queries routed,
                   PrometheusMeterRegistry metrics, ZoneId zone, BearerAuth auth) {
        this.auth = java.util.Objects.requireNonNull(auth, "auth");
        this.state = state;
        this.local = local;
        this.routed = routed;
        this.metrics = metrics;
        this.zone = zone;
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind HTTP on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "wirewatch-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.assets = new StaticAssets();
    }

    public HttpApi start() {
        server.start();
        LOG.info("HTTP API on http://{}:{}/ (health, /api/drones/daily, /api/reconcile, /api/alerts, /api/articles/{{id}}, /metrics); {}",
                server.getAddress().getHostString(), port(),
                auth.required() ? "bearer token required except on /health and the dashboard's static files"
                        : "no token (loopback only)");
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final StaticAssets assets;

    private void handle(HttpExchange ex) throws IOException {
        // Not try-with-resources around the catches: resources close before a catch block runs.
        try {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().add("Allow", "GET, HEAD");
                sendError(ex, 405, "method " + ex.getRequestMethod() + " not allowed");
                return;
            }
            if (needsToken(ex.getRequestURI().getRawPath())
                    && !auth.allows(ex.getRequestHeaders().getFirst("Authorization"))) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wirewatch\"");
                sendError(ex, 401, "missing or invalid bearer token (send Authorization: Bearer <token>)");
                return;
            }
            route(ex);
        } catch (BadRequestException e) {
            sendError(ex, 400, e.getMessage());
        } catch (InvalidStateStoreException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "state store not ready: " + e.getMessage());
            body.put("streams", String.valueOf(state.get()));
            send(ex, 503, JSON, Json.mapper().writeValueAsBytes(body));
        } catch (RuntimeException e) {
            LOG.error("HTTP {} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
            sendError(ex, 500, "internal error: " + e.getClass().getSimpleName());
        } finally {
            ex.close();
        }
    }

    /** Data lives under {@code /api/} and {@code /metrics}; anything unknown is refused too, to be safe. */
    private static boolean needsToken(String path) {
        return !(path.equals("/health") || path.equals("/") || path.equals("/index.html")
                || path.startsWith("/assets/") || path.startsWith("/webjars/"));
    }

    private void route(HttpExchange ex) throws IOException, BadRequestException {
        String path = ex.getRequestURI().getRawPath();
        Map<String, String> params = queryParams(ex.getRequestURI().getRawQuery());
        Queries q = "true".equals(params.get(RoutingQueries.LOCAL_PARAM)) ? local : routed;
        if (q == local && params.containsKey(RoutingQueries.PARTITIONS_PARAM)) {
            q = local.onPartitions(partitions(params.get(RoutingQueries.PARTITIONS_PARAM)));
        }
        if (path.equals("/health")) {
            health(ex);
        } else if (path.equals("/api/drones/daily")) {
            DailyRange range = DailyRange.parse(params, LocalDate.now(zone));
            List<DailyDroneCount> rows = q.daily(range);
            // Why only the gathered answer and only without claimant=: a per-country view must count a
            // statement once (SameClaim rule 2); one instance's partitions may hold only half of a pair.
            sendJson(ex, 200, q == routed && range.claimant() == null ? SameClaim.perCountry(rows) : rows);
        } else if (path.equals("/api/reconcile")) {
            DailyRange range = DailyRange.parse(params, LocalDate.now(zone));
            sendJson(ex, 200, q.reconcile(range.from(), range.to()));
        } else if (path.equals("/api/alerts")) {
            sendJson(ex, 200, q.alerts(DailyRange.limit(params)));
        } else if (path.startsWith("/api/articles/") && path.length() > "/api/articles/".length()) {
            String id = URLDecoder.decode(path.substring("/api/articles/".length()), StandardCharsets.UTF_8);
            var article = q.article(id);
            if (article.isPresent()) {
                sendJson(ex, 200, article.get());
            } else {
                sendError(ex, 404, "no article with id '" + id + "'");
            }
        } else if (path.equals("/metrics") && metrics != null) {
            send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/api/topics/hourly")) {
            DailyRange.Hours hours = DailyRange.hours(params, Instant.now());
            sendJson(ex, 200, q.topicVolumes(hours.from(), hours.to()));
        } else if (path.startsWith("/api/")) {
            sendError(ex, 404, "no such endpoint: " + path);
        } else {
            assets.handle(ex);
        }
    }

    private void health(HttpExchange ex) throws IOException {
        KafkaStreams.State s = state.get();
        boolean up = s == KafkaStreams.State.RUNNING;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("streams", String.valueOf(s));
        sendJson(ex, up ? 200 : 503, body);
    }

    private void staticFile(HttpExchange ex, String resource) throws IOException {
        if (resource.contains("..") || resource.contains("//")) {
            sendError(ex, 400, "bad path");
            return;
        }
        try (InputStream in = HttpApi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                sendError(ex, 404, resource.equals("web/index.html") ? "no dashboard in this build" : "not found");
                return;
            }
            send(ex, 200, contentType(resource), in.readAllBytes());
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return JSON;
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    /** {@code partitions=0,2,3} of a {@code local=true} request from another instance. */
    static Set<Integer> partitions(String value) throws BadRequestException {
        Set<Integer> out = new TreeSet<>();
        for (String p : value.split(",", -1)) {
            try {
                int n = Integer.parseInt(p.trim());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                out.add(n);
            } catch (NumberFormatException e) {
                throw new BadRequestException("'partitions' must be a comma-separated list of partition numbers");
            }
        }
        return out;
    }

    /** Decoded query parameters; the last value wins for repeated names. */
    static Map<String, String> queryParams(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                out.put(k, "\u0000bad-encoding"); // fails validation downstream with a 400
            }
        }
        return out;
    }

    private void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise response", e);
        }
        send(ex, status, JSON, bytes);
    }

    private void sendError(HttpExchange ex, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        send(ex, status, JSON, Json.mapper().writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

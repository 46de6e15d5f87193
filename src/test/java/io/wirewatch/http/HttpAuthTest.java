package io.wirewatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicVolume;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Access control of the HTTP API ({@link BearerAuth}) and the validation of its range parameters. */
class HttpAuthTest {
    private static final String TOKEN = "s3cret-T0ken-for-tests-0123456789";
    private static final Queries DATA = new Queries() {
        @Override
        public List<DailyDroneCount> daily(DailyRange range) {
            return List.of(new DailyDroneCount(range.from(), "ua-air-force", "UA", 138, 110, null, null, List.of(), List.of(), 1, 1));
        }

        @Override
        public List<Alert> alerts(int limit) {
            return List.of();
        }

        @Override
        public Optional<EnrichedArticle> article(String id) {
            return Optional.empty();
        }

        @Override
        public List<TopicVolume> topicVolumes(Instant from, Instant to) {
            return List.of(new TopicVolume("drone_strikes", from, 3));
        }

        @Override
        public List<io.wirewatch.model.Reconciliation> reconcile(java.time.LocalDate from, java.time.LocalDate to) {
            return List.of();
        }
    };

    private final HttpClient client = HttpClient.newHttpClient();
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private HttpApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private HttpApi start(String host, String token) {
        api = new HttpApi(host, 0, () -> KafkaStreams.State.RUNNING, DATA, DATA, metrics, ZoneOffset.UTC,
                BearerAuth.forBinding(host, token)).start();
        return api;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRefuseToBindAllInterfacesWithoutAToken() {
        assertThatThrownBy(() -> start("0.0.0.0", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wirewatch.http.host=0.0.0.0")
                .hasMessageContaining("wirewatch.http.token").hasMessageContaining("WIREWATCH_HTTP_TOKEN");
        assertThatThrownBy(() -> BearerAuth.forBinding("0.0.0.0", "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BearerAuth.forBinding("", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTreatLoopbackNamesAsLoopbackOnly() {
        assertThat(BearerAuth.isLoopback("127.0.0.1")).isTrue();
        assertThat(BearerAuth.isLoopback("::1")).isTrue();
        assertThat(BearerAuth.isLoopback("localhost")).isTrue();
        assertThat(BearerAuth.isLoopback("0.0.0.0")).isFalse();
        assertThat(BearerAuth.isLoopback("::")).isFalse();
    }

    @Test
    void shouldAnswer401WithoutDataForMissingOrWrongToken() throws Exception {
        start("0.0.0.0", TOKEN);
        for (String auth : new String[] {null, "Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, "Bearer ",
            TOKEN}) {
            for (String path : List.of("/api/drones/daily?from=2026-01-26&to=2026-01-26", "/api/alerts",
                    "/api/articles/a1", "/api/topics/hourly", "/metrics", "/no-such-page")) {
                HttpResponse<String> r = get(path, auth);
                assertThat(r.statusCode()).as(path + " with " + auth).isEqualTo(401);
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                        ct -> assertThat(ct).startsWith("application/json"));
                assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"wirewatch\"");
                assertThat(r.body()).contains("\"error\":\"missing or invalid bearer token")
                        .doesNotContain("ua-air-force", "drone_strikes", TOKEN);
            }
        }
    }

    @Test
    void shouldAnswerWithTheRightToken() throws Exception {
        start("0.0.0.0", TOKEN);
        HttpResponse<String> daily = get("/api/drones/daily?from=2026-01-26&to=2026-01-26", "Bearer " + TOKEN);
        assertThat(daily.statusCode()).isEqualTo(200);
        assertThat(daily.body()).contains("ua-air-force");
        assertThat(get("/api/alerts", "bearer " + TOKEN).statusCode()).as("scheme is case-insensitive").isEqualTo(200);
        assertThat(get("/metrics", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldKeepHealthAndTheDashboardShellOpen() throws Exception {
        start("0.0.0.0", TOKEN);
        HttpResponse<String> health = get("/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"streams\":\"RUNNING\"}");
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        HttpResponse<String> js = get("/assets/dashboard.js", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).as("the page sends the token as a header")
                .contains("sessionStorage").contains("\"Bearer \" + t");
    }

    @Test
    void shouldEnforceAConfiguredTokenOnLoopbackToo() throws Exception {
        start("127.0.0.1", TOKEN);
        assertThat(get("/api/alerts", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/alerts", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldBeOpenOnLoopbackWithoutAToken() throws Exception {
        start("127.0.0.1", null);
        assertThat(get("/api/alerts", null).statusCode()).isEqualTo(200);
        assertThat(get("/metrics", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNeverShowTheTokenOnHealthOrMetrics() throws Exception {
        start("0.0.0.0", TOKEN);
        assertThat(get("/health", "Bearer " + TOKEN).body()).doesNotContain(TOKEN);
        assertThat(get("/metrics", "Bearer " + TOKEN).body()).doesNotContain(TOKEN);
        assertThat(BearerAuth.forBinding("0.0.0.0", TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Test
    void shouldValidateHourlyRanges() throws Exception {
        start("127.0.0.1", null);
        HttpResponse<String> reversed = get("/api/topics/hourly?from=2026-01-02&to=2026-01-01", null);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("is after");
        HttpResponse<String> tooLong = get("/api/topics/hourly?from=1900-01-01&to=2026-01-01", null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("exceeds the maximum");
        HttpResponse<String> bad = get("/api/topics/hourly?from=" + "9".repeat(500), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'from' must be an ISO-8601 instant").hasSizeLessThan(300);
        assertThat(get("/api/topics/hourly?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00%2B03:00", null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void shouldValidateDailyAndAlertParameters() throws Exception {
        start("127.0.0.1", null);
        assertThat(get("/api/drones/daily?from=2000-01-01&to=2026-01-01", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/drones/daily?from=2026-02-30", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/drones/daily?country=UKR", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/drones/daily?claimant=a%7Cb", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/drones/daily?from=%FF%FE", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/alerts?limit=0", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/alerts?limit=1001", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/alerts?limit=" + "9".repeat(30), null).statusCode()).isEqualTo(400);
    }
}

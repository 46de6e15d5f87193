package io.wirewatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import java.time.LocalDate;

class HttpApiTest {
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.RUNNING);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Queries queries = new Queries() {
        @Override
        public List<DailyDroneCount> daily(DailyRange range) {
            throwIfFailing();
            return List.of(new DailyDroneCount(range.from(), "ua-air-force", "UA", 138, 110, null, null, List.of(), List.of(), 1, 1));
        }

        @Override
        public List<Alert> alerts(int limit) {
            throwIfFailing();
            return List.of();
        }

        @Override
        public Optional<EnrichedArticle> article(String id) {
            throwIfFailing();
            return Optional.empty();
        }

        @Override
        public List<io.wirewatch.model.TopicVolume> topicVolumes(java.time.Instant from, java.time.Instant to) {
            throwIfFailing();
            return List.of(new io.wirewatch.model.TopicVolume("drone_strikes", from, 3));
        }

        @Override
        public List<Reconciliation> reconcile(LocalDate from, LocalDate to) {
            throwIfFailing();
            ReconcilePair pair = new ReconcilePair(ReconcileStatus.MATCH, "uav|2026-01-25 18:00|2026-01-26 08:00|kpszsu",
                    "kpszsu", "2026-01-25 18:00", "2026-01-26 08:00", 138, 110, 138, 110, Qualifier.EXACT, 0, 0,
                    null, "en-1", List.of("en-1"));
            return List.of(new Reconciliation(from, "ua-air-force", 0.1, List.of(pair)));
        }

        private void throwIfFailing() {
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    };
    private final HttpApi api = new HttpApi("127.0.0.1", 0, state::get, queries, queries, null, ZoneOffset.UTC).start();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldReportUpWhenRunning() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"UP\",\"streams\":\"RUNNING\"}");
    }

    @Test
    void shouldReport503WithStateWhenRebalancing() throws Exception {
        state.set(KafkaStreams.State.REBALANCING);
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("\"streams\":\"REBALANCING\"");
    }

    @Test
    void shouldAnswerDailyAsJsonArray() throws Exception {
        HttpResponse<String> r = get("/api/drones/daily?from=2026-01-26&to=2026-01-26");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("[{\"day\":\"2026-01-26\",\"claimant\":\"ua-air-force\"");
    }

    @Test
    void shouldAnswerReconcileAsOneJsonObjectPerDayWithItsPairs() throws Exception {
        HttpResponse<String> r = get("/api/reconcile?from=2026-01-26&to=2026-01-26");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("[{\"day\":\"2026-01-26\",\"claimant\":\"ua-air-force\"")
                .contains("\"status\":\"match\"", "\"reference_launched\":138", "\"ledger_destroyed\":110");
    }

    @Test
    void shouldAnswer400ForAReconcileRangeThatEndsBeforeItStarts() throws Exception {
        HttpResponse<String> r = get("/api/reconcile?from=2026-01-27&to=2026-01-26");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("is after");
    }

    @Test
    void shouldAnswer400ForBadDate() throws Exception {
        HttpResponse<String> r = get("/api/drones/daily?from=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'from' must be a date");
    }

    @Test
    void shouldAnswer503WhenStoreIsNotReady() throws Exception {
        failure.set(new InvalidStateStoreException("store is migrating"));
        HttpResponse<String> r = get("/api/alerts");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("state store not ready");
    }

    @Test
    void shouldAnswer404ForUnknownArticle() throws Exception {
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer405ForPost() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/health"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldRejectAMalformedPartitionList() throws Exception {
        HttpResponse<String> r = get("/api/alerts?local=true&partitions=0,x");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("partitions");
    }

    @Test
    void shouldAnswer503WhenQueriesCannotAnswerForSinglePartitions() throws Exception {
        // The fake does not override onPartitions: the default refuses, as any non-local Queries must.
        HttpResponse<String> r = get("/api/alerts?local=true&partitions=0,2");
        assertThat(r.statusCode()).isEqualTo(503);
    }
}

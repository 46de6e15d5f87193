package io.wirewatch.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicVolume;
import java.time.Instant;
import io.wirewatch.model.Json;
import io.wirewatch.streams.NewsTopology;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Queries across every instance of the application ({@code application.server} set on each): a key
 * lookup goes to the instance that hosts the key's partition; a scan asks every instance hosting the
 * store and merges. Remote calls carry {@code local=true} so the receiver answers from its own stores
 * and never forwards again. An instance that does not answer makes the query fail (503): a partial
 * ledger would look like a real, smaller one.
 */
public final class RoutingQueries implements Queries {
    static final String LOCAL_PARAM = "local";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Supplier<KafkaStreams> streams;
    private final HostInfo self;
    private final Queries local;
    private final HttpClient client;
    private final String token;

    public RoutingQueries(Supplier<KafkaStreams> streams, HostInfo self, Queries local) {
        this(streams, self, local, null);
    }

    /**
     * @param token the bearer token the other instances require ({@code wirewatch.http.token}, shared by all
     *              instances of the application), or null
     */
    public RoutingQueries(Supplier<KafkaStreams> streams, HostInfo self, Queries local, String token) {
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.streams = streams;
        this.self = self;
        this.local = local;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    private KafkaStreams ks() {
        KafkaStreams ks = streams.get();
        if (ks == null) {
            throw new InvalidStateStoreException("Kafka Streams is not started yet");
        }
        return ks;
    }

    private List<HostInfo> hostsOf(String store) {
        Collection<StreamsMetadata> all = ks().streamsMetadataForStore(store);
        List<HostInfo> hosts = new ArrayList<>();
        all.forEach(m -> hosts.add(m.hostInfo()));
        if (hosts.isEmpty()) {
            hosts.add(self); // metadata not there yet: local answers (or says 503) for itself
        }
        return hosts;
    }

    @Override
    public List<DailyDroneCount> daily(DailyRange range) {
        Map<String, DailyDroneCount> merged = new LinkedHashMap<>();
        for (HostInfo h : hostsOf(NewsTopology.DAILY_STORE)) {
            List<DailyDroneCount> part = h.equals(self) ? local.daily(range)
                    : remote(h, "/api/drones/daily?from=" + range.from() + "&to=" + range.to()
                            + param("claimant", range.claimant()) + param("country", range.country()),
                    new TypeReference<List<DailyDroneCount>>() { }).orElse(List.of());
            part.forEach(d -> merged.put(DailyDroneCount.key(d.claimant(), d.day()), d));
        }
        List<DailyDroneCount> out = new ArrayList<>(merged.values());
        out.sort(LocalStoreQueries.BY_DAY_THEN_CLAIMANT);
        return out;
    }

    @Override
    public List<Alert> alerts(int limit) {
        Map<String, Alert> merged = new LinkedHashMap<>();
        for (HostInfo h : hostsOf(NewsTopology.ALERTS_STORE)) {
            List<Alert> part = h.equals(self) ? local.alerts(limit)
                    : remote(h, "/api/alerts?limit=" + limit, new TypeReference<List<Alert>>() { }).orElse(List.of());
            part.forEach(a -> merged.put(a.id(), a));
        }
        return merged.values().stream().sorted(LocalStoreQueries.NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public Optional<EnrichedArticle> article(String id) {
        KeyQueryMetadata md = ks().queryMetadataForKey(NewsTopology.ARTICLES_STORE, id, Serdes.String().serializer());
        if (md == null || md == KeyQueryMetadata.NOT_AVAILABLE || md.activeHost().equals(self)) {
            return local.article(id);
        }
        return remote(md.activeHost(), "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                new TypeReference<EnrichedArticle>() { });
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET on another instance; empty on 404; InvalidStateStoreException (→ 503) on anything else. */
    private <T> Optional<T> remote(HostInfo host, String pathAndQuery, TypeReference<T> type) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery + sep + LOCAL_PARAM + "=true");
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 404) {
                return Optional.empty();
            }
            if (r.statusCode() != 200) {
                throw new InvalidStateStoreException("instance " + host + " answered " + r.statusCode() + " for " + uri.getPath());
            }
            return Optional.of(Json.mapper().readValue(r.body(), type));
        } catch (IOException e) {
            throw new InvalidStateStoreException("instance " + host + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while asking instance " + host);
        }
    }

    @Override
    public List<TopicVolume> topicVolumes(Instant from, Instant to) {
        // Each topic lives on one instance: the union of every instance's answer is complete.
        Map<String, TopicVolume> merged = new LinkedHashMap<>();
        for (HostInfo h : hostsOf(NewsTopology.TOPIC_HOURS_STORE)) {
            List<TopicVolume> part = h.equals(self) ? local.topicVolumes(from, to)
                    : remote(h, "/api/topics/hourly?from=" + from + "&to=" + to,
                            new TypeReference<List<TopicVolume>>() { }).orElse(List.of());
            part.forEach(v -> merged.put(v.topic() + "|" + v.hour(), v));
        }
        return merged.values().stream().sorted(LocalStoreQueries.BY_HOUR_THEN_TOPIC).toList();
    }
}

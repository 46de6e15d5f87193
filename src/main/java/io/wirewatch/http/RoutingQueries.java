package io.wirewatch.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Json;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.TopicVolume;
import io.wirewatch.streams.NewsTopology;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Queries across every instance of the application ({@code application.server} set on each): a key
 * lookup goes to the instance that hosts the key's partition; a scan finds the active host of every
 * partition of the store, asks each host for exactly its partitions and merges. Remote calls carry
 * {@code local=true&partitions=..} so the receiver answers from its own stores, never forwards again, and
 * fails rather than skip a partition it does not have ready. A partition without an active host (a
 * rebalance under way), a partition still restoring, or an instance that does not answer makes the query
 * fail (503): a partial ledger would look like a real, smaller one.
 */
public final class RoutingQueries implements Queries {
    static final String LOCAL_PARAM = "local";
    static final String PARTITIONS_PARAM = "partitions";
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

    /**
     * The active host of every partition of {@code store}, with the partitions it owns. The store's
     * partition count is the one Streams hands a partitioner for the store's source topic.
     *
     * @throws InvalidStateStoreException when metadata is not there yet or some partition has no active host
     */
    Map<HostInfo, Set<Integer>> owners(String store) {
        KafkaStreams ks = ks();
        int[] count = {-1};
        KeyQueryMetadata probe = ks.queryMetadataForKey(store, "", (String topic, String key, Object value, int n) -> {
            count[0] = n;
            return Optional.of(Set.of(0));
        });
        if (probe == null || probe == KeyQueryMetadata.NOT_AVAILABLE || count[0] < 1) {
            throw new InvalidStateStoreException("no metadata for store " + store + " yet (starting or rebalancing)");
        }
        Map<HostInfo, Set<Integer>> owners = new LinkedHashMap<>();
        for (int p = 0; p < count[0]; p++) {
            int partition = p;
            KeyQueryMetadata md = ks.queryMetadataForKey(store, "",
                    (String topic, String key, Object value, int n) -> Optional.of(Set.of(partition)));
            HostInfo host = md == null ? null : md.activeHost();
            if (host == null || host.equals(HostInfo.unavailable())) {
                throw new InvalidStateStoreException("partition " + p + " of store " + store
                        + " has no active instance (rebalancing)");
            }
            owners.computeIfAbsent(host, h -> new TreeSet<>()).add(p);
        }
        return owners;
    }

    /** Asks every owner of {@code store} for its partitions: this instance locally, the others over HTTP. */
    private <T> List<T> scatter(String store, Function<Queries, List<T>> localQuery, String pathAndQuery,
                                TypeReference<List<T>> type) {
        List<T> out = new ArrayList<>();
        for (Map.Entry<HostInfo, Set<Integer>> e : owners(store).entrySet()) {
            if (e.getKey().equals(self)) {
                out.addAll(localQuery.apply(local.onPartitions(e.getValue())));
            } else {
                out.addAll(remote(e.getKey(), pathAndQuery, e.getValue(), type).orElseThrow(
                        () -> new InvalidStateStoreException("instance " + e.getKey() + " does not know " + pathAndQuery)));
            }
        }
        return out;
    }

    @Override
    public List<DailyDroneCount> daily(DailyRange range) {
        Map<String, DailyDroneCount> merged = new LinkedHashMap<>();
        scatter(NewsTopology.DAILY_STORE, q -> q.daily(range),
                "/api/drones/daily?from=" + range.from() + "&to=" + range.to()
                        + param("claimant", range.claimant()) + param("country", range.country()),
                new TypeReference<List<DailyDroneCount>>() { })
                .forEach(d -> merged.put(DailyDroneCount.key(d.claimant(), d.day()), d));
        List<DailyDroneCount> out = new ArrayList<>(merged.values());
        out.sort(LocalStoreQueries.BY_DAY_THEN_CLAIMANT);
        return out;
    }

    @Override
    public List<Alert> alerts(int limit) {
        Map<String, Alert> merged = new LinkedHashMap<>();
        scatter(NewsTopology.ALERTS_STORE, q -> q.alerts(limit), "/api/alerts?limit=" + limit,
                new TypeReference<List<Alert>>() { })
                .forEach(a -> merged.put(a.id(), a));
        return merged.values().stream().sorted(LocalStoreQueries.NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public Optional<EnrichedArticle> article(String id) {
        KeyQueryMetadata md = ks().queryMetadataForKey(NewsTopology.ARTICLES_STORE, id, Serdes.String().serializer());
        if (md == null || md == KeyQueryMetadata.NOT_AVAILABLE || md.activeHost() == null
                || md.activeHost().equals(HostInfo.unavailable())) {
            throw new InvalidStateStoreException("no active instance for article '" + id + "' yet (rebalancing)");
        }
        Set<Integer> partition = Set.of(md.partition());
        if (md.activeHost().equals(self)) {
            return local.onPartitions(partition).article(id);
        }
        return remote(md.activeHost(), "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8), partition,
                new TypeReference<EnrichedArticle>() { });
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET on another instance for these partitions; empty on 404; InvalidStateStoreException (→ 503) on anything else. */
    private <T> Optional<T> remote(HostInfo host, String pathAndQuery, Set<Integer> partitions, TypeReference<T> type) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        String list = partitions.stream().map(String::valueOf).collect(Collectors.joining(","));
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery + sep + LOCAL_PARAM + "=true&"
                + PARTITIONS_PARAM + "=" + list);
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
    public List<Reconciliation> reconcile(LocalDate from, LocalDate to) {
        // Each day lives in one partition of the reconcile store: the union of every owner's answer is complete.
        Map<LocalDate, Reconciliation> merged = new LinkedHashMap<>();
        scatter(NewsTopology.RECONCILE_STORE, q -> q.reconcile(from, to), "/api/reconcile?from=" + from + "&to=" + to,
                new TypeReference<List<Reconciliation>>() { })
                .forEach(r -> merged.put(r.day(), r));
        return merged.values().stream().sorted(LocalStoreQueries.BY_DAY).toList();
    }

    @Override
    public List<TopicVolume> topicVolumes(Instant from, Instant to) {
        // Each topic lives in one partition: the union of every owner's answer is complete.
        Map<String, TopicVolume> merged = new LinkedHashMap<>();
        scatter(NewsTopology.TOPIC_HOURS_STORE, q -> q.topicVolumes(from, to),
                "/api/topics/hourly?from=" + from + "&to=" + to, new TypeReference<List<TopicVolume>>() { })
                .forEach(v -> merged.put(v.topic() + "|" + v.hour(), v));
        return merged.values().stream().sorted(LocalStoreQueries.BY_HOUR_THEN_TOPIC).toList();
    }
}

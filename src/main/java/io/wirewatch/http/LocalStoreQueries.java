package io.wirewatch.http;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicVolume;
import io.wirewatch.streams.TopicHours;
import java.time.Instant;
import io.wirewatch.streams.NewsTopology;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Answers from this instance's state stores only. Iterators are always closed. */
public final class LocalStoreQueries implements Queries {
    static final Comparator<DailyDroneCount> BY_DAY_THEN_CLAIMANT =
            Comparator.comparing(DailyDroneCount::day).thenComparing(DailyDroneCount::claimant);
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(
            (Alert a) -> a.created() == null ? Instant.MIN : a.created()).reversed()
            .thenComparing(Alert::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Supplier<KafkaStreams> streams;

    public LocalStoreQueries(Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        KafkaStreams ks = streams.get();
        if (ks == null) {
            throw new InvalidStateStoreException("Kafka Streams is not started yet");
        }
        return ks.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    @Override
    public List<DailyDroneCount> daily(DailyRange range) {
        ReadOnlyKeyValueStore<String, DailyDroneCount> store = store(NewsTopology.DAILY_STORE);
        List<DailyDroneCount> out = new ArrayList<>();
        // Keys are "<claimant>|<ISO day>", so one claimant's days form a contiguous, ordered key range.
        try (KeyValueIterator<String, DailyDroneCount> it = range.claimant() == null ? store.all()
                : store.range(DailyDroneCount.key(range.claimant(), range.from()),
                        DailyDroneCount.key(range.claimant(), range.to()))) {
            while (it.hasNext()) {
                KeyValue<String, DailyDroneCount> kv = it.next();
                if (range.matches(kv.value)) {
                    out.add(kv.value);
                }
            }
        }
        out.sort(BY_DAY_THEN_CLAIMANT);
        return out;
    }

    @Override
    public List<Alert> alerts(int limit) {
        ReadOnlyKeyValueStore<String, Alert> store = store(NewsTopology.ALERTS_STORE);
        // Keep only the newest `limit` while scanning: the heap's head is the oldest kept.
        PriorityQueue<Alert> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        try (KeyValueIterator<String, Alert> it = store.all()) {
            while (it.hasNext()) {
                Alert a = it.next().value;
                if (a == null) {
                    continue;
                }
                newest.add(a);
                if (newest.size() > limit) {
                    newest.poll();
                }
            }
        }
        List<Alert> out = new ArrayList<>(newest);
        out.sort(NEWEST_FIRST);
        return out;
    }

    @Override
    public Optional<EnrichedArticle> article(String id) {
        ReadOnlyKeyValueStore<String, EnrichedArticle> store = store(NewsTopology.ARTICLES_STORE);
        return Optional.ofNullable(store.get(id));
    }

    @Override
    public List<TopicVolume> topicVolumes(Instant from, Instant to) {
        ReadOnlyKeyValueStore<String, TopicHours> store = store(NewsTopology.TOPIC_HOURS_STORE);
        long fromHour = Math.floorDiv(from.getEpochSecond(), 3600);
        long toHour = Math.floorDiv(to.getEpochSecond() + 3599, 3600);
        List<TopicVolume> out = new ArrayList<>();
        try (KeyValueIterator<String, TopicHours> it = store.all()) {
            while (it.hasNext()) {
                TopicHours t = it.next().value;
                if (t == null) {
                    continue;
                }
                t.counts().subMap(fromHour, toHour).forEach((hour, count) ->
                        out.add(new TopicVolume(t.topic(), Instant.ofEpochSecond(hour * 3600), count)));
            }
        }
        out.sort(BY_HOUR_THEN_TOPIC);
        return out;
    }

    static final java.util.Comparator<TopicVolume> BY_HOUR_THEN_TOPIC =
            java.util.Comparator.comparing(TopicVolume::hour).thenComparing(TopicVolume::topic);
}

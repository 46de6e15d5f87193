package io.wirewatch.http;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.TopicVolume;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.streams.NewsTopology;
import io.wirewatch.streams.TopicSpikeProcessor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers from this instance's state stores only. Iterators are always closed.
 *
 * <p>Without a partition set it reads whatever this instance's stores hold right now. {@link #onPartitions}
 * narrows it to named partitions of each store, and then every one of them must be active and queryable
 * here: while a partition is still being restored (after a rebalance) the query fails with
 * {@link InvalidStateStoreException} (503) instead of answering without that partition's keys.
 */
public final class LocalStoreQueries implements Queries {
    static final Comparator<DailyDroneCount> BY_DAY_THEN_CLAIMANT =
            Comparator.comparing(DailyDroneCount::day).thenComparing(DailyDroneCount::claimant);
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(
            (Alert a) -> a.created() == null ? Instant.MIN : a.created()).reversed()
            .thenComparing(Alert::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Supplier<KafkaStreams> streams;
    /** Store partitions to answer for, each of which must be queryable; null: whatever is local now. */
    private final Set<Integer> partitions;

    public LocalStoreQueries(Supplier<KafkaStreams> streams) {
        this(streams, null);
    }

    private LocalStoreQueries(Supplier<KafkaStreams> streams, Set<Integer> partitions) {
        this.streams = streams;
        this.partitions = partitions;
    }

    @Override
    public Queries onPartitions(Set<Integer> partitions) {
        return new LocalStoreQueries(streams, new TreeSet<>(partitions));
    }

    /** The whole local store, or one store per requested partition (each throwing when not queryable here). */
    private <V> List<ReadOnlyKeyValueStore<String, V>> stores(String name) {
        KafkaStreams ks = streams.get();
        if (ks == null) {
            throw new InvalidStateStoreException("Kafka Streams is not started yet");
        }
        StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> all =
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore());
        if (partitions == null) {
            return List.of(ks.store(all));
        }
        List<ReadOnlyKeyValueStore<String, V>> out = new ArrayList<>();
        for (int p : partitions) {
            // Throws unless partition p of the store is active and RUNNING here (not restoring, not moved away).
            out.add(ks.store(all.withPartition(p)));
        }
        return out;
    }

    @Override
    public List<DailyDroneCount> daily(DailyRange range) {
        List<DailyDroneCount> out = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, DailyDroneCount> store : this.<DailyDroneCount>stores(NewsTopology.DAILY_STORE)) {
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
        }
        out.sort(BY_DAY_THEN_CLAIMANT);
        return out;
    }

    @Override
    public List<Alert> alerts(int limit) {
        // Keep only the newest `limit` while scanning: the heap's head is the oldest kept.
        PriorityQueue<Alert> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        for (ReadOnlyKeyValueStore<String, Alert> store : this.<Alert>stores(NewsTopology.ALERTS_STORE)) {
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
        }
        List<Alert> out = new ArrayList<>(newest);
        out.sort(NEWEST_FIRST);
        return out;
    }

    @Override
    public Optional<EnrichedArticle> article(String id) {
        // The store holds news.tagged's bytes (never deserialised on the way in): read them only when asked.
        for (ReadOnlyKeyValueStore<String, byte[]> store : this.<byte[]>stores(NewsTopology.ARTICLES_STORE)) {
            byte[] a = store.get(id);
            if (a != null) {
                return Optional.of(JsonSerdes.ARTICLE.deserializer().deserialize(NewsTopology.ARTICLES_STORE, a));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Reconciliation> reconcile(LocalDate from, LocalDate to) {
        List<Reconciliation> out = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, Reconciliation> store : this.<Reconciliation>stores(NewsTopology.RECONCILE_STORE)) {
            // Keys are ISO days: the byte order of the keys is the order of the days, so a range is the period.
            try (KeyValueIterator<String, Reconciliation> it = store.range(from.toString(), to.toString())) {
                while (it.hasNext()) {
                    Reconciliation r = it.next().value;
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(BY_DAY);
        return out;
    }

    static final Comparator<Reconciliation> BY_DAY = Comparator.comparing(Reconciliation::day);

    @Override
    public List<TopicVolume> topicVolumes(Instant from, Instant to) {
        long fromHour = Math.floorDiv(from.getEpochSecond(), 3600);
        long toHour = Math.floorDiv(to.getEpochSecond() + 3599, 3600);
        List<TopicVolume> out = new ArrayList<>();
        // One entry per topic and hour, a week per topic: few enough to scan, and the topics need not be known.
        for (ReadOnlyKeyValueStore<String, Integer> store : this.<Integer>stores(NewsTopology.TOPIC_HOURS_STORE)) {
            try (KeyValueIterator<String, Integer> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<String, Integer> kv = it.next();
                    if (kv.value == null) {
                        continue;
                    }
                    Instant hour = TopicSpikeProcessor.hourOf(kv.key);
                    long h = hour.getEpochSecond() / 3600;
                    if (h >= fromHour && h < toHour) {
                        out.add(new TopicVolume(TopicSpikeProcessor.topicOf(kv.key), hour, kv.value));
                    }
                }
            }
        }
        out.sort(BY_HOUR_THEN_TOPIC);
        return out;
    }

    static final java.util.Comparator<TopicVolume> BY_HOUR_THEN_TOPIC =
            java.util.Comparator.comparing(TopicVolume::hour).thenComparing(TopicVolume::topic);
}

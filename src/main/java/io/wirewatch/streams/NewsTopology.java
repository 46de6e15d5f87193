package io.wirewatch.streams;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.reference.Reconciler;
import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceDay;
import io.wirewatch.model.ReferenceWindow;
import io.wirewatch.model.Scope;
import io.wirewatch.model.TopicTag;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole wirewatch topology, top to bottom.
 *
 * <pre>
 * news.raw ─analyze─► news.tagged ──► articles store (GET /api/articles/{id})
 *    │ bad bytes ─► news.dlq (DeadLetterHandler)
 *    ├─ claims ─► news.drone-claims
 *    │    └─ by claimant|day ─► daily ledger ─► news.drone-daily ─┐
 *    │    └─ by attacker|day ─► conflict tracker ─────────────────┤
 *    ├─ topics by topic ─► counts per topic|hour ─► spikes ───────┤
 *    └─ naval incidents ──────────────────────────────────────────┴─► alert gate (once per id) ─► news.alerts
 *                                                                  ▲
 * news.reference (table) ─ by day ─┐                               │
 *    ua-air-force ledger ─ by day ─┴─ outer join ─► reconcile store ┴ reconcile_mismatch (GET /api/reconcile)
 * </pre>
 *
 * Processor, store and repartition names are constants so internal topic names stay stable across releases.
 */
public final class NewsTopology {
    /** Key-value store {@code <claimant>|<day>} → {@code DailyDroneCount}. */
    public static final String DAILY_STORE = "drone-daily-store";
    /**
     * Key-value store {@code <claimant>|<day>|a|<article id>} / {@code ...|s|<source>} → the ledger claims that
     * article or source was counted for: a claim lists only its first articles, so redeliveries are known here.
     */
    public static final String DAILY_SEEN_STORE = "drone-daily-seen-store";
    /** Key-value store alert id → {@code Alert}. */
    public static final String ALERTS_STORE = "alerts-store";
    /** Key-value store article id → the {@code news.tagged} value's bytes (an {@code EnrichedArticle} in JSON). */
    public static final String ARTICLES_STORE = "articles-store";
    /**
     * Key-value store {@code <topic>|<yyyy-MM-ddTHH>} (UTC hour) → articles of the topic in that hour, for
     * spikes and the dashboard. One entry per topic and hour, so a hit rewrites one count. Named anew when
     * its key changed from the topic alone (the old {@code topic-hours-store} held a topic's whole week in one
     * JSON value): see docs/ARCHITECTURE.md, "Upgrading".
     */
    public static final String TOPIC_HOURS_STORE = "topic-hour-counts-store";
    /** Key-value store topic → {@code TopicSpikeState} (first, head and last-alert hour of the topic). */
    public static final String TOPIC_SPIKE_STATE_STORE = "topic-spike-state-store";
    /** Key-value store {@code <attacker>|<day>} → {@code ConflictState}. */
    public static final String CONFLICT_STORE = "claim-conflict-store";
    /** The {@code news.reference} table: window key → {@code ReferenceWindow}. */
    public static final String REFERENCE_STORE = "reference-store";
    /** Key-value store day → {@code ReferenceDay} (every reference window of the day). */
    public static final String REFERENCE_DAY_STORE = "reference-day-store";
    /** Key-value store day → the reconciled claimant's {@code DailyDroneCount}. */
    public static final String LEDGER_DAY_STORE = "reconcile-ledger-day-store";
    /** Key-value store day (ISO, so ranges scan in order) → {@code Reconciliation}. GET /api/reconcile. */
    public static final String RECONCILE_STORE = "reconcile-store";

    private NewsTopology() {
    }

    /**
     * Streams configs the topology relies on: the dead-letter routing of bad input, the articles table's
     * changelog ({@link #OPTIMIZATIONS}) and one RocksDB memory budget ({@link BoundedRocksDbConfig}). Users
     * may not override them: {@link #streamsConfig} refuses.
     */
    public static Map<String, Object> requiredConfig(TopologySettings settings) {
        Map<String, Object> config = new HashMap<>();
        config.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, settings.dlqTopic());
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        config.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, OPTIMIZATIONS);
        config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        return config;
    }

    /**
     * The Streams properties: {@link #requiredConfig} plus the user's Kafka keys, which may add to it but not
     * change it. A user key that would replace a required value (say, another production exception handler,
     * which would stop routing bad input to the dead-letter topic) is refused, naming the key, instead of
     * silently winning.
     *
     * @throws IllegalArgumentException naming the first such key
     */
    public static Properties streamsConfig(TopologySettings settings, Map<String, ?> user) {
        Map<String, Object> required = requiredConfig(settings);
        for (Map.Entry<String, Object> r : new java.util.TreeMap<>(required).entrySet()) {
            Object mine = user.get(r.getKey());
            if (mine != null && !valueText(mine).equals(valueText(r.getValue()))) {
                throw new IllegalArgumentException(r.getKey() + "=" + mine + " cannot be used: wirewatch's topology "
                        + "needs " + r.getKey() + "=" + valueText(r.getValue()) + "; remove the setting"
                        + (r.getKey().equals(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)
                                ? " (name the dead-letter topic with wirewatch.topic.dlq)" : ""));
            }
        }
        Properties props = new Properties();
        props.putAll(required);
        props.putAll(user);
        return props;
    }

    private static String valueText(Object v) {
        return v instanceof Class<?> c ? c.getName() : String.valueOf(v).trim();
    }

    /**
     * The articles table reads {@code news.tagged} back as its own changelog instead of writing every
     * enriched article a second time to an {@code articles-store-changelog} topic. Why: that copy was
     * ~30% of all bytes the service wrote (docs/PERFORMANCE.md). Only this optimization: merging
     * repartition topics would rename internal topics.
     */
    static final String OPTIMIZATIONS = StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS;

    public static Topology build(StreamsBuilder builder, TopologySettings settings, Analyzer analyzer) {
        // The parser enforces the configured body limit (and sizes its JSON string limit from it).
        ArticleParser parser = new ArticleParser(settings.maxBodyChars());
        AlertSettings alertSettings = settings.alerts();

        // 1. Parse and analyze. Input bytes are read raw so that every failure is ours to explain.
        KStream<String, EnrichedArticle> tagged = builder
                .stream(settings.rawTopic(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"))
                .process(() -> new AnalyzeProcessor(parser, analyzer), Named.as("analyze"));
        tagged.to(settings.taggedTopic(), Produced.with(Serdes.String(), JsonSerdes.ARTICLE).withName("write-tagged"));

        // The tagged topic is keyed by article id: read back as a table it serves GET /api/articles/{id}. The
        // table keeps the topic's bytes as they are: an article is serialised once, by write-tagged.
        builder.table(settings.taggedTopic(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-tagged"),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(ARTICLES_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));

        // 2. Claims, one record each.
        KStream<String, ClaimReport> claims = tagged.flatMapValues(
                a -> a.claims().stream().map(c -> new ClaimReport(c, a.source())).toList(), Named.as("claims"));
        claims.mapValues(ClaimReport::claim, Named.as("claim-values"))
                .to(settings.claimsTopic(), Produced.with(Serdes.String(), JsonSerdes.CLAIM).withName("write-claims"));

        // 3. Daily ledger per claimant and day; its changes feed news.drone-daily and the ledger alerts.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DAILY_STORE),
                Serdes.String(), JsonSerdes.DAILY));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DAILY_SEEN_STORE),
                Serdes.String(), Serdes.String()));
        KStream<String, LedgerChange> ledger = claims
                .selectKey((id, r) -> r.claim().claimant() + "|" + r.claim().day(), Named.as("key-by-claimant-day"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.CLAIM_REPORT).withName("claims-by-claimant-day"))
                .process(() -> new DailyLedgerProcessor(DAILY_STORE, DAILY_SEEN_STORE, settings.ledgerRetention(), settings.zone()),
                        Named.as("daily-ledger"), DAILY_STORE, DAILY_SEEN_STORE);
        // A purged ledger arrives as a change to null: a tombstone for the compacted daily topic.
        ledger.mapValues(LedgerChange::after, Named.as("ledger-values"))
                .to(settings.dailyTopic(), Produced.with(Serdes.String(), JsonSerdes.DAILY).withName("write-daily"));
        LedgerAlertRules ledgerRules = new LedgerAlertRules(alertSettings);
        KStream<String, Alert> ledgerAlerts = ledger.flatMap(
                (key, change) -> change.after() == null ? List.<KeyValue<String, Alert>>of() : ledgerRules.evaluate(change.before(), change.after(), change.eventTime()).stream()
                        .map(a -> KeyValue.pair(a.id(), a)).toList(),
                Named.as("ledger-alerts"));

        // 4. Conflicting claims of the two sides about one attacker's drones on one day.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONFLICT_STORE),
                Serdes.String(), JsonSerdes.CONFLICT));
        ClaimConflictDetector conflicts = new ClaimConflictDetector();
        KStream<String, Alert> conflictAlerts = claims
                .mapValues(ClaimReport::claim, Named.as("conflict-claim-values"))
                .filter((id, c) -> c.scope() == Scope.TOTAL && c.attackerCountry() != null, Named.as("attributed-totals"))
                .selectKey((id, c) -> c.attackerCountry() + "|" + c.day(), Named.as("key-by-attacker-day"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.CLAIM).withName("claims-by-attacker-day"))
                .process(() -> new StoreStepProcessor<DroneClaim, ConflictState>(CONFLICT_STORE,
                                (state, r) -> conflicts.add(state, r.value(), Instant.ofEpochMilli(r.timestamp()))),
                        Named.as("claim-conflicts"), CONFLICT_STORE);

        // 5. Hourly topic volumes and spikes.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TOPIC_HOURS_STORE),
                Serdes.String(), Serdes.Integer()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TOPIC_SPIKE_STATE_STORE),
                Serdes.String(), JsonSerdes.TOPIC_SPIKE_STATE));
        TopicSpikeDetector spikes = new TopicSpikeDetector(alertSettings, settings.zone());
        KStream<String, Alert> spikeAlerts = tagged
                .flatMap((id, a) -> a.topics().stream().map(TopicTag::topic)
                        .map(t -> KeyValue.pair(t, new TopicHit(t, a.published(), a.id(), a.title()))).toList(),
                        Named.as("topic-hits"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.TOPIC_HIT).withName("hits-by-topic"))
                .process(() -> new TopicSpikeProcessor(spikes), Named.as("topic-spikes"),
                        TOPIC_HOURS_STORE, TOPIC_SPIKE_STATE_STORE);

        // 6. Naval incidents straight from the tagged article.
        KStream<String, Alert> navalAlerts = tagged.flatMap(
                (id, a) -> NavalIncidentRule.alert(analyzer, a).map(alert -> KeyValue.pair(alert.id(), alert)).stream().toList(),
                Named.as("naval-incidents"));

        // 7. The ledger beside the reference dataset: the reference as a table, regrouped by day, joined with the
        //    reconciled claimant's ledger of the same day. An outer join, so either side may come first and a
        //    corrected window (same key, new value) replaces the old one in its day, or moves it to another day.
        Reconciler reconciler = new Reconciler(settings.reconcileTolerance());
        KTable<String, ReferenceDay> referenceDays = builder
                .table(settings.referenceTopic(), Consumed.with(Serdes.String(), JsonSerdes.REFERENCE).withName("read-reference"),
                        Materialized.<String, ReferenceWindow, KeyValueStore<Bytes, byte[]>>as(REFERENCE_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerdes.REFERENCE))
                .groupBy((key, w) -> KeyValue.pair(w.day().toString(), w),
                        Grouped.with("reference-by-day", Serdes.String(), JsonSerdes.REFERENCE))
                .aggregate(ReferenceDay::empty, (day, w, agg) -> agg.with(w), (day, w, agg) -> agg.without(w.key()),
                        Named.as("reference-days"),
                        Materialized.<String, ReferenceDay, KeyValueStore<Bytes, byte[]>>as(REFERENCE_DAY_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerdes.REFERENCE_DAY));
        KTable<String, DailyDroneCount> ledgerDays = ledger
                .filter((key, change) -> key.startsWith(Reconciler.CLAIMANT + "|"), Named.as("reconciled-claimant"))
                .mapValues(LedgerChange::after, Named.as("reconciled-ledger-values"))
                .selectKey((key, d) -> key.substring(key.indexOf('|') + 1), Named.as("key-ledger-by-day"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.DAILY).withName("ledger-by-day"))
                .toTable(Named.as("ledger-days"), Materialized.<String, DailyDroneCount, KeyValueStore<Bytes, byte[]>>as(LEDGER_DAY_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(JsonSerdes.DAILY));
        KStream<String, Alert> reconcileAlerts = referenceDays
                .outerJoin(ledgerDays, (ref, day) -> reconciler.reconcile(
                                ref != null && ref.day() != null ? ref.day() : day == null ? null : day.day(), ref, day),
                        Named.as("reconcile"),
                        Materialized.<String, Reconciliation, KeyValueStore<Bytes, byte[]>>as(RECONCILE_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerdes.RECONCILIATION))
                .toStream(Named.as("reconcile-changes"))
                .process(ReconcileAlertProcessor::new, Named.as("reconcile-alerts"));

        // 8. Every alert once, in one place.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE),
                Serdes.String(), JsonSerdes.ALERT));
        ledgerAlerts.merge(conflictAlerts, Named.as("merge-conflict-alerts"))
                .merge(spikeAlerts, Named.as("merge-spike-alerts"))
                .merge(navalAlerts, Named.as("merge-naval-alerts"))
                .merge(reconcileAlerts, Named.as("merge-reconcile-alerts"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.ALERT).withName("alerts-by-id"))
                .process(() -> new AlertGate(ALERTS_STORE), Named.as("alert-gate"), ALERTS_STORE)
                .to(settings.alertsTopic(), Produced.with(Serdes.String(), JsonSerdes.ALERT).withName("write-alerts"));

        Properties optimize = new Properties();
        optimize.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, OPTIMIZATIONS);
        return builder.build(optimize);
    }
}

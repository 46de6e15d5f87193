package io.wirewatch.streams;

import io.wirewatch.model.DailyDroneCount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each claimant's daily ledger in a plain key-value store keyed {@code <claimant>|<day>}, not a
 * windowed one: an archive replayed years later, in any order, is counted in full and nothing is ever
 * dropped as late. Forwards a change only when the ledger actually changed, so duplicates are silent.
 */
final class DailyLedgerProcessor implements Processor<String, ClaimReport, String, LedgerChange> {
    private static final Logger LOG = LoggerFactory.getLogger(DailyLedgerProcessor.class);
    /** Retention is about years; looking once an hour is plenty and costs one store scan. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final String storeName;
    private final String seenStoreName;
    private final Period retention;
    /** The zone whose calendar the ledgers' days are in ({@code wirewatch.day.zone}), so "today" is the same day. */
    private final ZoneId zone;
    private ProcessorContext<String, LedgerChange> context;
    private KeyValueStore<String, DailyDroneCount> store;
    private KeyValueStore<String, String> seen;

    /**
     * @param seenStoreName {@code <claimant>|<day>|a|<article id>} and {@code ...|s|<source>} → the claims (by
     *                      {@link Corroboration} tag, comma-separated) that article or source was counted for
     */
    DailyLedgerProcessor(String storeName, String seenStoreName, Period retention, ZoneId zone) {
        this.storeName = storeName;
        this.seenStoreName = seenStoreName;
        this.retention = retention;
        this.zone = zone;
    }

    @Override
    public void init(ProcessorContext<String, LedgerChange> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.seen = context.getStateStore(seenStoreName);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> purgeBefore(oldestKept(now, zone, retention)));
    }

    /** The oldest day kept: today in the ledgers' zone, minus the retention. */
    static LocalDate oldestKept(long nowMillis, ZoneId zone, Period retention) {
        return Instant.ofEpochMilli(nowMillis).atZone(zone).toLocalDate().minus(retention);
    }

    /**
     * Deletes ledgers of days before {@code oldest}, and tells news.drone-daily with a tombstone so that a
     * compacted topic forgets them too.
     */
    void purgeBefore(LocalDate oldest) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, DailyDroneCount> it = store.all()) {
            while (it.hasNext()) {
                var entry = it.next();
                if (entry.value != null && entry.value.day().isBefore(oldest)) {
                    expired.add(entry.key);
                }
            }
        }
        for (String key : expired) {
            store.delete(key);
            List<String> marks = new ArrayList<>();
            try (KeyValueIterator<String, String> it = seen.prefixScan(key + "|", new StringSerializer())) {
                it.forEachRemaining(kv -> marks.add(kv.key));
            }
            marks.forEach(seen::delete);
            long now = context.currentSystemTimeMs();
            context.forward(new Record<>(key, new LedgerChange(null, null, Instant.ofEpochMilli(now)), now));
        }
        if (!expired.isEmpty()) {
            LOG.info("Purged {} daily ledgers older than {} (wirewatch.ledger.retention={})", expired.size(), oldest, retention);
        }
    }

    @Override
    public void process(Record<String, ClaimReport> record) {
        LocalDate day = record.value().claim().day();
        if (day.isBefore(oldestKept(context.currentSystemTimeMs(), zone, retention))) {
            // Counted all the same (an analyst may be backfilling on purpose), but it will not outlive the
            // next purge: say so rather than lose it silently.
            LOG.warn("Claim of {} for {} is older than wirewatch.ledger.retention={}; counted until the next purge",
                    record.value().claim().claimant(), day, retention);
        }
        DailyDroneCount before = store.get(record.key());
        DailyDroneCount after = DailyClaimAggregator.add(before, record.value(), new StoreMarks(record.key()));
        if (after.equals(before)) {
            return;
        }
        store.put(record.key(), after);
        context.forward(record.withValue(new LedgerChange(before, after, Instant.ofEpochMilli(record.timestamp()))));
    }

    /** One claimant's day of {@link Corroboration} marks in the seen store. */
    private final class StoreMarks implements Corroboration {
        private final String ledgerKey;

        StoreMarks(String ledgerKey) {
            this.ledgerKey = ledgerKey;
        }

        @Override
        public Mark article(String articleId, String tag) {
            return mark(ledgerKey + "|a|" + articleId, tag);
        }

        @Override
        public Mark source(String source, String tag) {
            return mark(ledgerKey + "|s|" + source, tag);
        }

        private Mark mark(String key, String tag) {
            String tags = seen.get(key);
            if (tags == null) {
                seen.put(key, tag);
                return Mark.NEW_FOR_DAY;
            }
            if (java.util.Arrays.asList(tags.split(",")).contains(tag)) {
                return Mark.KNOWN;
            }
            seen.put(key, tags + "," + tag);
            return Mark.NEW_FOR_CLAIM;
        }
    }
}

package io.wirewatch.streams;

import io.wirewatch.model.DailyDroneCount;
import java.time.Instant;
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
    private final String storeName;
    private ProcessorContext<String, LedgerChange> context;
    private KeyValueStore<String, DailyDroneCount> store;

    DailyLedgerProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, LedgerChange> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ClaimReport> record) {
        DailyDroneCount before = store.get(record.key());
        DailyDroneCount after = DailyClaimAggregator.add(before, record.value());
        if (after.equals(before)) {
            return;
        }
        store.put(record.key(), after);
        context.forward(record.withValue(new LedgerChange(before, after, Instant.ofEpochMilli(record.timestamp()))));
    }
}

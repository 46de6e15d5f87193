package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Lets each alert id through once and keeps it for {@code /api/alerts}. Ids are derived from the
 * condition, so this is the last line against duplicates: a replay, a syndicated copy or a restarted task
 * that raises the same condition again is silent.
 */
final class AlertGate implements Processor<String, Alert, String, Alert> {
    private final String storeName;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Alert> store;

    AlertGate(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Alert> record) {
        if (store.get(record.key()) != null) {
            return;
        }
        store.put(record.key(), record.value());
        context.forward(record);
    }
}

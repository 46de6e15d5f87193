package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs a per-key state machine (conflict tracking) over a key-value store and forwards the
 * alerts it raises. The step function is pure, so the detectors are tested without Kafka.
 */
final class StoreStepProcessor<V, S> implements Processor<String, V, String, Alert> {
    interface Step<V, S> {
        Stepped<S> apply(S state, Record<String, V> record);
    }

    private final String storeName;
    private final Step<V, S> step;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, S> store;

    StoreStepProcessor(String storeName, Step<V, S> step) {
        this.storeName = storeName;
        this.step = step;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        Stepped<S> result = step.apply(store.get(record.key()), record);
        store.put(record.key(), result.state());
        result.alert().ifPresent(alert -> context.forward(record.withKey(alert.id()).withValue(alert)));
    }

}

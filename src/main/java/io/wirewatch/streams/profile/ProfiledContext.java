package io.wirewatch.streams.profile;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/** Our processors' context, handing out key-value stores that charge get/put to {@code store <name> ...}. */
final class ProfiledContext<K, V> implements ProcessorContext<K, V> {
    private final ProcessorContext<K, V> inner;

    ProfiledContext(ProcessorContext<K, V> inner) {
        this.inner = inner;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S extends StateStore> S getStateStore(String name) {
        S store = inner.getStateStore(name);
        return store instanceof KeyValueStore<?, ?> kv ? (S) new ProfiledKeyValueStore<>(kv) : store;
    }

    @Override
    public <K1 extends K, V1 extends V> void forward(Record<K1, V1> record) {
        inner.forward(record);
    }

    @Override
    public <K1 extends K, V1 extends V> void forward(Record<K1, V1> record, String childName) {
        inner.forward(record, childName);
    }

    @Override
    public String applicationId() {
        return inner.applicationId();
    }

    @Override
    public TaskId taskId() {
        return inner.taskId();
    }

    @Override
    public Optional<RecordMetadata> recordMetadata() {
        return inner.recordMetadata();
    }

    @Override
    public Serde<?> keySerde() {
        return inner.keySerde();
    }

    @Override
    public Serde<?> valueSerde() {
        return inner.valueSerde();
    }

    @Override
    public File stateDir() {
        return inner.stateDir();
    }

    @Override
    public StreamsMetrics metrics() {
        return inner.metrics();
    }

    @Override
    public Cancellable schedule(Duration interval, PunctuationType type, Punctuator callback) {
        return inner.schedule(interval, type, callback);
    }

    @Override
    public Cancellable schedule(Instant startTime, Duration interval, PunctuationType type, Punctuator callback) {
        return inner.schedule(startTime, interval, type, callback);
    }

    @Override
    public void commit() {
        inner.commit();
    }

    @Override
    public Map<String, Object> appConfigs() {
        return inner.appConfigs();
    }

    @Override
    public Map<String, Object> appConfigsWithPrefix(String prefix) {
        return inner.appConfigsWithPrefix(prefix);
    }

    @Override
    public long currentSystemTimeMs() {
        return inner.currentSystemTimeMs();
    }

    @Override
    public long currentStreamTimeMs() {
        return inner.currentStreamTimeMs();
    }
}

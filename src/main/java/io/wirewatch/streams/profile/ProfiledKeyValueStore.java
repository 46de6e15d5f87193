package io.wirewatch.streams.profile;

import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A processor's view of a key-value store with each operation charged to {@code store <name> get|put|delete|scan}
 * (a scan's iteration included). The serde inside is a nested stage of its own, so what stays here is the
 * store itself: the record cache, and RocksDB on a cache miss.
 */
final class ProfiledKeyValueStore<K, V> implements KeyValueStore<K, V> {
    private final KeyValueStore<K, V> inner;
    private final StageProfile.Stage get;
    private final StageProfile.Stage put;
    private final StageProfile.Stage delete;
    private final StageProfile.Stage scan;

    ProfiledKeyValueStore(KeyValueStore<K, V> inner) {
        this.inner = inner;
        String prefix = "store " + inner.name() + " ";
        String group = "store " + inner.name();
        this.get = StageProfile.stage(prefix + "get", group);
        this.put = StageProfile.stage(prefix + "put", group);
        this.delete = StageProfile.stage(prefix + "delete", group);
        this.scan = StageProfile.stage(prefix + "scan", group);
    }

    @Override
    public V get(K key) {
        return StageProfile.timed(get, () -> inner.get(key));
    }

    @Override
    public void put(K key, V value) {
        StageProfile.timed(put, () -> inner.put(key, value));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return StageProfile.timed(put, () -> inner.putIfAbsent(key, value));
    }

    @Override
    public void putAll(List<KeyValue<K, V>> entries) {
        StageProfile.timed(put, () -> inner.putAll(entries));
    }

    @Override
    public V delete(K key) {
        return StageProfile.timed(delete, () -> inner.delete(key));
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        return new Timed<>(StageProfile.timed(scan, () -> inner.range(from, to)), scan);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        return new Timed<>(StageProfile.timed(scan, () -> inner.reverseRange(from, to)), scan);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        return new Timed<>(StageProfile.timed(scan, inner::all), scan);
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        return new Timed<>(StageProfile.timed(scan, inner::reverseAll), scan);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return new Timed<>(StageProfile.timed(scan, () -> inner.prefixScan(prefix, prefixKeySerializer)), scan);
    }

    @Override
    public long approximateNumEntries() {
        return inner.approximateNumEntries();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        inner.init(context, root);
    }

    @Override
    public void flush() {
        inner.flush();
    }

    @Override
    public void close() {
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    private static final class Timed<K, V> implements KeyValueIterator<K, V> {
        private final KeyValueIterator<K, V> inner;
        private final StageProfile.Stage stage;

        Timed(KeyValueIterator<K, V> inner, StageProfile.Stage stage) {
            this.inner = inner;
            this.stage = stage;
        }

        @Override
        public boolean hasNext() {
            return StageProfile.timed(stage, inner::hasNext);
        }

        @Override
        public KeyValue<K, V> next() {
            return StageProfile.timed(stage, inner::next);
        }

        @Override
        public K peekNextKey() {
            return StageProfile.timed(stage, inner::peekNextKey);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}

package io.wirewatch.streams.profile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaClientSupplier;

/**
 * Kafka Streams' clients as the default supplier makes them, except that the producer charges each send to
 * {@code produce <topic>} (partitioning, batching and compression happen in the caller's thread) and each
 * transaction step to {@code producer transactions}. Serialization is not in it: Streams serializes before it
 * sends, with the serdes, which are stages of their own.
 */
public final class ProfilingClientSupplier implements KafkaClientSupplier {
    @Override
    public Admin getAdmin(Map<String, Object> config) {
        return Admin.create(config);
    }

    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
        return new ProfiledProducer(new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Override
    public Consumer<byte[], byte[]> getConsumer(Map<String, Object> config) {
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public Consumer<byte[], byte[]> getRestoreConsumer(Map<String, Object> config) {
        return getConsumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getGlobalConsumer(Map<String, Object> config) {
        return getConsumer(config);
    }

    /** Which kind of topic a send goes to: a repartition, a store's changelog, or an output. */
    static String group(String label) {
        if (label.endsWith("-repartition")) {
            return "repartition " + label.substring(0, label.length() - "-repartition".length());
        }
        if (label.endsWith("-changelog")) {
            return "store " + label.substring(0, label.length() - "-changelog".length());
        }
        return "output topics";
    }

    private static final class ProfiledProducer implements Producer<byte[], byte[]> {
        private final Producer<byte[], byte[]> inner;
        private final Map<String, StageProfile.Stage> sends = new ConcurrentHashMap<>();
        private final StageProfile.Stage transactions = StageProfile.stage("producer transactions", "commit");

        ProfiledProducer(Producer<byte[], byte[]> inner) {
            this.inner = inner;
        }

        private StageProfile.Stage sendStage(String topic) {
            return sends.computeIfAbsent(topic, t -> {
                String label = StageProfile.topicLabel(t);
                return StageProfile.stage("produce " + label, group(label));
            });
        }

        private void txn(Runnable op) {
            StageProfile.timed(transactions, op);
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
            return StageProfile.timed(sendStage(record.topic()), () -> inner.send(record));
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
            return StageProfile.timed(sendStage(record.topic()), () -> inner.send(record, callback));
        }

        @Override
        public void initTransactions() {
            inner.initTransactions();
        }

        @Override
        public void beginTransaction() {
            txn(inner::beginTransaction);
        }

        @Override
        public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata group) {
            txn(() -> inner.sendOffsetsToTransaction(offsets, group));
        }

        @Override
        public void commitTransaction() {
            txn(inner::commitTransaction);
        }

        @Override
        public void abortTransaction() {
            txn(inner::abortTransaction);
        }

        @Override
        public void flush() {
            txn(inner::flush);
        }

        @Override
        public void registerMetricForSubscription(KafkaMetric metric) {
            inner.registerMetricForSubscription(metric);
        }

        @Override
        public void unregisterMetricFromSubscription(KafkaMetric metric) {
            inner.unregisterMetricFromSubscription(metric);
        }

        @Override
        public List<PartitionInfo> partitionsFor(String topic) {
            return inner.partitionsFor(topic);
        }

        @Override
        public Map<MetricName, ? extends Metric> metrics() {
            return inner.metrics();
        }

        @Override
        public Uuid clientInstanceId(Duration timeout) {
            return inner.clientInstanceId(timeout);
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public void close(Duration timeout) {
            inner.close(timeout);
        }
    }
}

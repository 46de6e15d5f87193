package io.wirewatch.http;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Prometheus registry behind {@code /metrics}: Kafka Streams' own metrics, JVM and process metrics,
 * and whatever the code records through {@link Metrics#globalRegistry} (our registry joins it, so a
 * {@code Metrics.counter("wirewatch.dlq.records")} anywhere shows up here).
 */
public final class MetricsSetup implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();

    public MetricsSetup(KafkaStreams streams) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (streams != null) {
            KafkaStreamsMetrics ksm = new KafkaStreamsMetrics(streams);
            ksm.bindTo(registry);
            binders.add(ksm);
        }
        Metrics.addRegistry(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        for (AutoCloseable b : binders) {
            try {
                b.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(MetricsSetup.class).warn("closing metrics binder failed", e);
            }
        }
        registry.close();
    }
}

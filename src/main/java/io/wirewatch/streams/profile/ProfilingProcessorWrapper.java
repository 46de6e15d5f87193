package io.wirewatch.streams.profile;

import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Kafka Streams' {@code processor.wrapper.class} (KIP-1112): every processor of the topology, the DSL's
 * included, charged to {@code processor <name>} under its {@code Named.as} name, so NewsTopology stays as
 * it is. Our own processors also get their key-value stores through {@link ProfiledContext}, which times
 * get/put per store; the DSL's processors keep their context untouched because they cast it to Streams'
 * internal context type.
 */
public final class ProfilingProcessorWrapper implements ProcessorWrapper {
    private static final String OURS = "io.wirewatch.";

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String name, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        StageProfile.Stage stage = StageProfile.stage("processor " + name, group(name));
        return new WrappedProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return new Timed<>(supplier.get(), stage);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String name, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        StageProfile.Stage stage = StageProfile.stage("processor " + name, group(name));
        return new WrappedFixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                return new TimedFixedKey<>(supplier.get(), stage);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    /** The naval-incident rule re-reads the article's text: that is analysis, not bookkeeping. */
    private static String group(String processorName) {
        return processorName.equals("naval-incidents") ? "analysis" : "processors";
    }

    private static final class Timed<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {
        private final Processor<KIn, VIn, KOut, VOut> inner;
        private final StageProfile.Stage stage;

        Timed(Processor<KIn, VIn, KOut, VOut> inner, StageProfile.Stage stage) {
            this.inner = inner;
            this.stage = stage;
        }

        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            inner.init(inner.getClass().getName().startsWith(OURS) ? new ProfiledContext<>(context) : context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            StageProfile.timed(stage, () -> inner.process(record));
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static final class TimedFixedKey<KIn, VIn, VOut> implements FixedKeyProcessor<KIn, VIn, VOut> {
        private final FixedKeyProcessor<KIn, VIn, VOut> inner;
        private final StageProfile.Stage stage;

        TimedFixedKey(FixedKeyProcessor<KIn, VIn, VOut> inner, StageProfile.Stage stage) {
            this.inner = inner;
            this.stage = stage;
        }

        @Override
        public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            inner.init(context);
        }

        @Override
        public void process(FixedKeyRecord<KIn, VIn> record) {
            StageProfile.timed(stage, () -> inner.process(record));
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}

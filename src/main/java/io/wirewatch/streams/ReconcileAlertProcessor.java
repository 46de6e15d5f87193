package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Reconciliation;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns each new reconciliation of a day into its {@code reconcile_mismatch} alerts, stamped with the record's
 * event time (the later of the reference window's end and the claim's article), keyed by alert id.
 */
final class ReconcileAlertProcessor implements Processor<String, Reconciliation, String, Alert> {
    private ProcessorContext<String, Alert> context;

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Reconciliation> record) {
        if (record.value() == null) {
            return;
        }
        for (Alert a : ReconcileMismatchRule.alerts(record.value(), Instant.ofEpochMilli(record.timestamp()))) {
            context.forward(record.withKey(a.id()).withValue(a));
        }
    }
}

package io.wirewatch.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bad input never stops the service: whatever fails to deserialize, process or produce is logged with
 * its topic/partition/offset (never the payload), counted, and its <em>original</em> bytes are written to
 * the dead-letter topic ({@code errors.dead.letter.queue.topic.name}) with headers saying why. The
 * dead-letter record is part of the same transaction as the input offset under exactly-once, so a message
 * is either processed or dead-lettered, never lost and never both.
 *
 * <p>Headers: {@value #REASON}, {@value #EXCEPTION}, {@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET},
 * {@value #PROCESSOR}.
 */
public class DeadLetterHandler implements ProcessingExceptionHandler, DeserializationExceptionHandler,
        ProductionExceptionHandler {
    public static final String REASON = "wirewatch.dlq.reason";
    public static final String EXCEPTION = "wirewatch.dlq.exception";
    public static final String TOPIC = "wirewatch.dlq.topic";
    public static final String PARTITION = "wirewatch.dlq.partition";
    public static final String OFFSET = "wirewatch.dlq.offset";
    public static final String PROCESSOR = "wirewatch.dlq.processor";

    /** Dead-lettered records since start, for {@code /metrics}. */
    public static final AtomicLong DEAD_LETTERS = new AtomicLong();

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final int MAX_REASON_CHARS = 1000;

    private String dlqTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalArgumentException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letter topic");
        }
        dlqTopic = topic.toString();
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        return ProcessingExceptionHandler.Response.resume(deadLetter(context, exception));
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        return DeserializationExceptionHandler.Response.resume(deadLetter(context, exception));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record,
                                                           Exception exception) {
        return ProductionExceptionHandler.Response.resume(deadLetter(context, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(
            ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(deadLetter(context, exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, Exception exception) {
        String reason = reason(exception);
        DEAD_LETTERS.incrementAndGet();
        LOG.warn("Dead-lettering record {}-{}@{} (processor {}): {}", context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), reason);
        Headers headers = new RecordHeaders();
        context.headers().forEach(headers::add);
        put(headers, REASON, reason);
        put(headers, EXCEPTION, rootCause(exception).getClass().getName());
        put(headers, TOPIC, String.valueOf(context.topic()));
        put(headers, PARTITION, String.valueOf(context.partition()));
        put(headers, OFFSET, String.valueOf(context.offset()));
        put(headers, PROCESSOR, String.valueOf(context.processorNodeId()));
        return List.of(new ProducerRecord<>(dlqTopic, null, context.timestamp() > 0 ? context.timestamp() : null,
                context.sourceRawKey(), context.sourceRawValue(), headers));
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    static String reason(Throwable exception) {
        Throwable t = exception instanceof PoisonMessageException ? exception : rootCause(exception);
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > MAX_REASON_CHARS ? message.substring(0, MAX_REASON_CHARS) + "…" : message;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (!(cause instanceof PoisonMessageException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

package io.wirewatch.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
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
 * {@value #PROCESSOR}; and {@value #VALUE_OMITTED} when the original value could not be written.
 *
 * <p>Size: a wire too large for the Streams producer's {@code max.request.size} (default 1 MB; set
 * {@code producer.max.request.size}) is dead-lettered <em>without its value</em>, with a {@value #VALUE_OMITTED}
 * header giving its size: under exactly-once a send the producer refuses aborts the transaction, and the
 * record would be retried forever. The dead-letter topic's {@code max.message.bytes} must be at least that
 * size (the service creates it so). A dead-letter record that still fails is never dead-lettered into itself
 * (that recursed until the stream thread died): processing stops with the reason.
 *
 * <p>Production errors are sorted the way Kafka's {@code DefaultProductionExceptionHandler} sorts them: a
 * {@link RetriableException} (timeout, leader change, {@code NOT_ENOUGH_REPLICAS}) is retried, never
 * dead-lettered; errors the record causes ({@link #isCausedByTheRecord}) are dead-lettered; anything else
 * (authorization, an unknown topic that stays unknown, a fenced producer) stops processing with a message
 * saying so. The dead-letter topic is for bad input, not for a broker's bad minute.
 */
public class DeadLetterHandler implements ProcessingExceptionHandler, DeserializationExceptionHandler,
        ProductionExceptionHandler {
    public static final String REASON = "wirewatch.dlq.reason";
    public static final String EXCEPTION = "wirewatch.dlq.exception";
    public static final String TOPIC = "wirewatch.dlq.topic";
    public static final String PARTITION = "wirewatch.dlq.partition";
    public static final String OFFSET = "wirewatch.dlq.offset";
    public static final String PROCESSOR = "wirewatch.dlq.processor";
    /** Set when the original value was left out: its size in bytes and why. */
    public static final String VALUE_OMITTED = "wirewatch.dlq.value.omitted";

    /** Dead-lettered records since start, for {@code /metrics}. */
    public static final AtomicLong DEAD_LETTERS = new AtomicLong();

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final int MAX_REASON_CHARS = 1000;

    /** Default {@code max.request.size} of the Kafka producer. */
    static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    /** Room for the batch and record framing and the {@code wirewatch.dlq.*} headers. */
    static final int FRAMING_BYTES = 4096;

    private String dlqTopic;
    private int maxRecordBytes = DEFAULT_MAX_REQUEST_SIZE - FRAMING_BYTES;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalArgumentException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letter topic");
        }
        dlqTopic = topic.toString();
        maxRecordBytes = maxRequestSize(configs) - FRAMING_BYTES;
    }

    /** The Streams producer's {@code max.request.size}: {@code producer.}-prefixed, else plain, else the default. */
    static int maxRequestSize(Map<String, ?> configs) {
        Object v = configs.get(StreamsConfig.producerPrefix("max.request.size"));
        if (v == null) {
            v = configs.get("max.request.size");
        }
        if (v == null) {
            return DEFAULT_MAX_REQUEST_SIZE;
        }
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_REQUEST_SIZE;
        }
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
        if (exception instanceof RetriableException) {
            // A broker's bad minute (timeout, leader change, NOT_ENOUGH_REPLICAS), not bad input: retry, as
            // Kafka's DefaultProductionExceptionHandler does. Streams then reprocesses the task from its last
            // commit, so the record is written where it belongs, not dead-lettered.
            LOG.warn("Retrying record {}-{}@{} after a retriable error producing to {}: {}", context.topic(),
                    context.partition(), context.offset(), record == null ? "?" : record.topic(), reason(exception));
            return ProductionExceptionHandler.Response.retry();
        }
        if (record != null && dlqTopic.equals(record.topic())) {
            return deadLetterFailed(context, record, exception);
        }
        if (isCausedByTheRecord(exception)) {
            return ProductionExceptionHandler.Response.resume(deadLetter(context, exception));
        }
        LOG.error("Cannot produce record {}-{}@{} to {}: {} ({}). Stopping: this is neither bad input nor a "
                + "transient broker error; check the topic, the application's ACLs and the producer settings.",
                context.topic(), context.partition(), context.offset(), record == null ? "?" : record.topic(),
                reason(exception), exception.getClass().getName());
        return ProductionExceptionHandler.Response.fail();
    }

    /**
     * Errors the record itself causes, whatever the broker's state: too large for the producer or the topic,
     * or refused as invalid. Only these are bad input and go to the dead-letter topic.
     */
    static boolean isCausedByTheRecord(Exception exception) {
        return exception instanceof RecordTooLargeException || exception instanceof RecordBatchTooLargeException
                || exception instanceof InvalidRecordException;
    }

    /**
     * The dead-letter record itself failed. Never dead-letter it into itself (that recursed until the stream
     * thread died of a StackOverflowError); stop, saying why, as the dead-letter topic is unusable.
     */
    private ProductionExceptionHandler.Response deadLetterFailed(ErrorHandlerContext context,
                                                                 ProducerRecord<byte[], byte[]> record,
                                                                 Exception exception) {
        LOG.error("Cannot write record {}-{}@{} to the dead-letter topic {}: {}. Stopping: check that the topic "
                + "exists, that this application may write to it, and that its max.message.bytes is at least "
                + "producer.max.request.size.", context.topic(), context.partition(), context.offset(), dlqTopic,
                reason(exception));
        return ProductionExceptionHandler.Response.fail();
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
        byte[] key = context.sourceRawKey();
        byte[] value = context.sourceRawValue();
        if (value != null && size(key) + value.length + size(headers) > maxRecordBytes) {
            put(headers, VALUE_OMITTED, value.length + " bytes, more than the producer's max.request.size allows;"
                    + " raise producer.max.request.size and max.message.bytes of " + dlqTopic + " to keep such values");
            LOG.warn("Dead-letter record {}-{}@{} written without its {}-byte value (over max.request.size)",
                    context.topic(), context.partition(), context.offset(), value.length);
            value = null;
        }
        return List.of(new ProducerRecord<>(dlqTopic, null, context.timestamp() > 0 ? context.timestamp() : null,
                key, value, headers));
    }

    private static int size(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static int size(Headers headers) {
        int n = 0;
        for (var h : headers) {
            n += h.key().length() + size(h.value()) + 8;
        }
        return n;
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

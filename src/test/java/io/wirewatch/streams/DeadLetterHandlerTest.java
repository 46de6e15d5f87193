package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** How production errors are sorted: retried, dead-lettered, or fatal. */
class DeadLetterHandlerTest {
    private static final ErrorHandlerContext CONTEXT = new DefaultErrorHandlerContext(null, "news.raw", 0, 7,
            new RecordHeaders(), "write-tagged", new TaskId(0, 0), 1_000L,
            "k".getBytes(StandardCharsets.UTF_8), "{\"id\":\"k\"}".getBytes(StandardCharsets.UTF_8));
    private static final ProducerRecord<byte[], byte[]> TAGGED = new ProducerRecord<>("news.tagged", new byte[1], new byte[1]);

    private final DeadLetterHandler handler = configured();

    private static DeadLetterHandler configured() {
        DeadLetterHandler h = new DeadLetterHandler();
        h.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.dlq"));
        return h;
    }

    @Test
    void shouldRetryRetriableProductionErrorsWithoutDeadLettering() {
        for (Exception e : new Exception[] {new TimeoutException("expired"), new NotEnoughReplicasException("isr 1 < 2"),
            new NotLeaderOrFollowerException("leader moved")}) {
            Response r = handler.handleError(CONTEXT, TAGGED, e);

            assertThat(r.result()).as("%s", e).isEqualTo(Result.RETRY);
            assertThat(r.deadLetterQueueRecords()).as("%s", e).isEmpty();
        }
    }

    @Test
    void shouldDeadLetterARecordTooLargeForTheTopic() {
        Response r = handler.handleError(CONTEXT, TAGGED, new RecordTooLargeException("too large"));

        assertThat(r.result()).isEqualTo(Result.RESUME);
        assertThat(r.deadLetterQueueRecords()).singleElement().satisfies(d -> assertThat(d.topic()).isEqualTo("news.dlq"));
    }

    @Test
    void shouldFailOnAnErrorThatIsNeitherBadInputNorTransient() {
        Response r = handler.handleError(CONTEXT, TAGGED, new AuthorizationException("not allowed to write"));

        assertThat(r.result()).isEqualTo(Result.FAIL);
        assertThat(r.deadLetterQueueRecords()).isEmpty();
    }
}

package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.junit.jupiter.api.Test;

/** The topology's required Streams keys are not silently overridden by the user's properties. */
class StreamsConfigPrecedenceTest {
    private final TopologySettings settings = TopologySettings.defaults();

    @Test
    void shouldRefuseAUserKeyThatReplacesARequiredOneNamingTheKey() {
        Map<String, Object> user = Map.of(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DefaultProductionExceptionHandler.class.getName());

        assertThatThrownBy(() -> NewsTopology.streamsConfig(settings, user))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG)
                .hasMessageContaining(DeadLetterHandler.class.getName());
    }

    @Test
    void shouldRefuseADeadLetterTopicSetThroughTheStreamsKey() {
        Map<String, Object> user = Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "elsewhere");

        assertThatThrownBy(() -> NewsTopology.streamsConfig(settings, user))
                .hasMessageContaining(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)
                .hasMessageContaining("wirewatch.topic.dlq");
    }

    @Test
    void shouldAcceptTheSameValueAndAddOtherKeys() {
        Map<String, Object> user = Map.of(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true",
                StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch", "security.protocol", "SASL_SSL");

        Properties props = NewsTopology.streamsConfig(settings, user);

        assertThat(props).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    }
}

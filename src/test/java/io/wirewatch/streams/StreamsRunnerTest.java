package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.config.AppConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamsRunnerTest {
    private final StreamsRunner runner = new StreamsRunner(
            AppConfig.load(null, Map.of(), Map.of()), TopologySettings.defaults(), null);

    @Test
    void shouldShutDownClientOnAuthenticationFailure() {
        StreamsException e = new StreamsException(new SaslAuthenticationException("bad credentials"));
        assertThat(runner.onUncaught(e)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(runner.fatalReason()).get().asString().contains("authentication");
    }

    @Test
    void shouldShutDownClientOnAuthorizationFailure() {
        assertThat(runner.onUncaught(new StreamsException(new TopicAuthorizationException("news.raw"))))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void shouldShutDownClientOnConfigError() {
        assertThat(runner.onUncaught(new StreamsException(new ConfigException("no key serde"))))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void shouldReplaceThreadOnTransientError() {
        assertThat(runner.onUncaught(new StreamsException(new TimeoutException("broker slow"))))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void shouldGiveUpWhenThreadsKeepDying() {
        for (int i = 0; i < StreamsRunner.MAX_REPLACEMENTS; i++) {
            runner.onUncaught(new IllegalStateException("poison"));
        }
        assertThat(runner.onUncaught(new IllegalStateException("poison")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void shouldCreateOutputsThatNeverExpireByEventTime() {
        Map<String, Map<String, String>> configs = runner.topicConfigs();
        assertThat(configs.get("news.drone-daily")).containsEntry("cleanup.policy", "compact");
        assertThat(configs.get("news.reference")).containsEntry("cleanup.policy", "compact");
        assertThat(configs.get("news.alerts")).containsEntry("retention.ms", "-1");
        assertThat(configs.get("news.tagged")).containsEntry("retention.ms", "-1");
        assertThat(configs.get("news.drone-claims")).containsEntry("retention.ms", "-1");
        assertThat(configs).doesNotContainKeys("news.raw", "news.dlq");
    }

    @Test
    void shouldRefuseASetFlagThatReplacesTheProductionHandlerNamingTheKey() {
        StreamsRunner withOverride = new StreamsRunner(AppConfig.load(null, Map.of(),
                Map.of(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DefaultProductionExceptionHandler.class.getName())), TopologySettings.defaults(), null);

        assertThatThrownBy(withOverride::init).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG)
                .hasMessageContaining(DeadLetterHandler.class.getName());
        assertThat(withOverride.streams()).as("no Streams client built").isEmpty();
    }

    @Test
    void shouldRefuseAnEnvironmentVariableThatReplacesTheDeserializationHandlerNamingTheKey() {
        StreamsRunner withOverride = new StreamsRunner(AppConfig.load(null,
                Map.of("KAFKA_DESERIALIZATION_EXCEPTION_HANDLER", LogAndContinueExceptionHandler.class.getName()),
                Map.of()), TopologySettings.defaults(), null);

        assertThatThrownBy(withOverride::init).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG);
    }
}

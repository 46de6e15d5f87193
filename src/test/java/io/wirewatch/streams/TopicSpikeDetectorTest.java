package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSpikeDetectorTest {
    private final AlertSettings settings = new AlertSettings(100, 300, 3.0, 5, 24, Duration.ofHours(6));
    private final TopicSpikeDetector detector = new TopicSpikeDetector(settings);
    private final Instant start = Instant.parse("2025-06-01T00:00:00Z");
    private TopicHours state;

    private List<Alert> feed(int hour, int articles) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Stepped<TopicHours> s = detector.count(state, "drone_strikes", start.plus(Duration.ofHours(hour)), "a" + hour + "-" + i, "t");
            state = s.state();
            s.alert().ifPresent(alerts::add);
        }
        return alerts;
    }

    @Test
    void shouldFireOnceWhenAnHourExceedsThreeTimesItsBaseline() {
        for (int h = 0; h < 24; h++) {
            assertThat(feed(h, 1)).isEmpty();
        }
        List<Alert> alerts = feed(24, 8);

        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).type()).isEqualTo("topic_spike");
    }

    @Test
    void shouldNotFireBeforeAFullBaselineOfHistory() {
        feed(0, 1);
        assertThat(feed(1, 20)).isEmpty();
    }

    @Test
    void shouldNotFireBelowTheMinimumCountEvenAboveTheFactor() {
        for (int h = 0; h < 24; h++) {
            feed(h, 1);
        }
        assertThat(feed(24, 4)).as("4 > 3 x 1 but under the minimum of 5").isEmpty();
    }

    @Test
    void shouldNotFireOnBackfilledHours() {
        for (int h = 0; h < 48; h++) {
            feed(h, 1);
        }
        assertThat(feed(30, 20)).as("hour 30 is behind the head (47)").isEmpty();
    }
}

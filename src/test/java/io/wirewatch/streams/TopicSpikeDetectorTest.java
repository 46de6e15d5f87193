package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSpikeDetectorTest {
    private final AlertSettings settings = new AlertSettings(100, 300, 3.0, 5, 24, Duration.ofHours(6));
    private final TopicSpikeDetector detector = new TopicSpikeDetector(settings, ZoneOffset.UTC);
    private final Instant start = Instant.parse("2025-06-01T00:00:00Z");
    private TopicSpikeState state;
    private final MapHours hours = new MapHours();

    /** The detector's hourly counts in a map, as the store keeps them one per hour. */
    static final class MapHours implements TopicSpikeDetector.HourCounts {
        final java.util.TreeMap<Long, Integer> counts = new java.util.TreeMap<>();

        @Override
        public int get(long hour) {
            return counts.getOrDefault(hour, 0);
        }

        @Override
        public void put(long hour, int count) {
            counts.put(hour, count);
        }

        @Override
        public int sum(long from, long to) {
            return from >= to ? 0 : counts.subMap(from, to).values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public void forget(long from, long to) {
            if (from < to) {
                counts.subMap(from, to).clear();
            }
        }
    }

    private List<Alert> feed(int hour, int articles) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Stepped<TopicSpikeState> s = detector.count(state, hours, "drone_strikes", start.plus(Duration.ofHours(hour)), "a" + hour + "-" + i, "t");
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

    /** One calendar for a day: a spike in the hour from 22:00 UTC is filed under the next day in Kyiv (UTC+3). */
    @Test
    void shouldFileASpikeUnderTheConfiguredZonesDayAcrossMidnight() {
        TopicSpikeDetector kyiv = new TopicSpikeDetector(settings, ZoneId.of("Europe/Kyiv"));
        Instant base = Instant.parse("2025-06-01T22:00:00Z");
        TopicSpikeState kyivState = null;
        MapHours kyivHours = new MapHours();
        List<Alert> alerts = new ArrayList<>();
        for (int h = -24; h <= 0; h++) {
            for (int i = 0; i < (h == 0 ? 8 : 1); i++) {
                Stepped<TopicSpikeState> s = kyiv.count(kyivState, kyivHours, "drone_strikes", base.plus(Duration.ofHours(h)),
                        "a" + h + i, "t");
                kyivState = s.state();
                s.alert().ifPresent(alerts::add);
            }
        }

        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.day()).isEqualTo(LocalDate.parse("2025-06-02")));
    }

    @Test
    void shouldKeepAWeekOfHoursBehindTheHeadAndNoMore() {
        feed(0, 1);
        feed(1, 1);
        feed(TopicSpikeDetector.VOLUME_HOURS + 1, 1);

        assertThat(hours.counts.keySet()).as("hour 0 fell out of the week when the head moved on")
                .containsExactly(start.getEpochSecond() / 3600 + 1, start.getEpochSecond() / 3600 + TopicSpikeDetector.VOLUME_HOURS + 1);
    }

    /** Ledger retention counts days in the same zone: at 22:30 UTC it is already the 14th in Kyiv. */
    @Test
    void shouldCountLedgerRetentionFromTodayInTheConfiguredZone() {
        long lateEveningUtc = Instant.parse("2024-09-13T22:30:00Z").toEpochMilli();

        assertThat(DailyLedgerProcessor.oldestKept(lateEveningUtc, ZoneId.of("Europe/Kyiv"), java.time.Period.ofDays(10)))
                .isEqualTo(LocalDate.parse("2024-09-04"));
        assertThat(DailyLedgerProcessor.oldestKept(lateEveningUtc, ZoneOffset.UTC, java.time.Period.ofDays(10)))
                .isEqualTo(LocalDate.parse("2024-09-03"));
    }
}

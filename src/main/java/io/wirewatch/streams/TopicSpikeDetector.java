package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Evidence;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * EMM-style breaking news: the count of a topic in the current hour exceeds {@code factor} times its
 * trailing hourly mean, with a minimum count so that quiet hours do not fire.
 *
 * <p>Only hours at the head of the stream are judged: an archive backfill re-counts old hours (so
 * volumes stay right) but never alerts on them, because their trailing baseline was pruned long ago.
 */
final class TopicSpikeDetector {
    /** Hourly volumes kept per topic for {@code /api/topics/hourly}. */
    static final int VOLUME_HOURS = 7 * 24;

    private final AlertSettings settings;
    /** The zone whose calendar day an alert is filed under ({@code wirewatch.day.zone}), as claims are. */
    private final ZoneId zone;

    TopicSpikeDetector(AlertSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    Stepped<TopicHours> count(TopicHours state, String topic, Instant published, String articleId, String title) {
        long hour = published.truncatedTo(ChronoUnit.HOURS).getEpochSecond() / 3600;
        if (state == null) {
            state = TopicHours.start(topic, hour);
        }
        int baselineHours = settings.spikeBaselineHours();
        SortedMap<Long, Integer> counts = new TreeMap<>(state.counts());
        long head = counts.isEmpty() ? hour : Math.max(counts.lastKey(), hour);
        // Bounded state per topic: a week of hours for the dashboard, or the baseline if that is longer.
        counts.headMap(head - Math.max(baselineHours, VOLUME_HOURS)).clear();
        long firstHour = Math.min(state.firstHour(), hour);
        if (hour < head - Math.max(baselineHours, VOLUME_HOURS)) {
            return Stepped.quiet(new TopicHours(topic, counts, firstHour, state.lastAlertHour()));
        }
        int now = counts.merge(hour, 1, Integer::sum);
        TopicHours next = new TopicHours(topic, counts, firstHour, state.lastAlertHour());
        if (hour < head) {
            // A late hour is counted for the volumes, but spikes are judged at the head only.
            return Stepped.quiet(next);
        }
        boolean fullHistory = hour - firstHour >= baselineHours;
        long coolDownHours = Math.max(1, settings.coolDown().toHours());
        boolean coolingDown = hour - state.lastAlertHour() < coolDownHours;
        if (!fullHistory || coolingDown || now < settings.spikeMinCount()) {
            return Stepped.quiet(next);
        }
        double baseline = counts.subMap(hour - baselineHours, hour).values().stream()
                .mapToInt(Integer::intValue).sum() / (double) baselineHours;
        if (now <= settings.spikeFactor() * baseline) {
            return Stepped.quiet(next);
        }
        Instant hourStart = Instant.ofEpochSecond(hour * 3600);
        Alert alert = new Alert(
                AlertIds.of("topic_spike", topic, hourStart),
                "topic_spike", "info", hourStart.atZone(zone).toLocalDate(), null, topic,
                "Spike in " + topic + " at " + hourStart,
                now + " articles in the hour from " + hourStart + " against a trailing mean of "
                        + String.format(java.util.Locale.ROOT, "%.1f", baseline) + " per hour",
                List.of(articleId), title == null ? List.<Evidence>of() : List.of(Evidence.of(title, 0, title.length())),
                published);
        return Stepped.firing(new TopicHours(topic, counts, firstHour, hour), alert);
    }
}

package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Evidence;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * EMM-style breaking news: the count of a topic in the current hour exceeds {@code factor} times its
 * trailing hourly mean, with a minimum count so that quiet hours do not fire.
 *
 * <p>Only hours at the head of the stream are judged: an archive backfill re-counts old hours (so
 * volumes stay right) but never alerts on them, because their trailing baseline was pruned long ago.
 *
 * <p>The counts are one entry per topic and hour ({@link HourCounts}): a hit changes one number, and the
 * baseline is read as a range only when the hour is already above the minimum count.
 */
final class TopicSpikeDetector {
    /** Hourly volumes kept per topic for {@code /api/topics/hourly}. */
    static final int VOLUME_HOURS = 7 * 24;

    /** One topic's count per epoch hour, wherever they are kept (a state store; a map in tests). */
    interface HourCounts {
        int get(long hour);

        void put(long hour, int count);

        /** Sum of the counts of hours {@code from} (inclusive) to {@code to} (exclusive). */
        int sum(long from, long to);

        /** Drops the counts of hours {@code from} (inclusive) to {@code to} (exclusive). */
        void forget(long from, long to);
    }

    private final AlertSettings settings;
    /** The zone whose calendar day an alert is filed under ({@code wirewatch.day.zone}), as claims are. */
    private final ZoneId zone;

    TopicSpikeDetector(AlertSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    /** Hours kept behind the head: a week for the dashboard, or the baseline if that is longer. */
    int keptHours() {
        return Math.max(settings.spikeBaselineHours(), VOLUME_HOURS);
    }

    Stepped<TopicSpikeState> count(TopicSpikeState state, HourCounts counts, String topic, Instant published,
                                   String articleId, String title) {
        long hour = published.truncatedTo(ChronoUnit.HOURS).getEpochSecond() / 3600;
        boolean fresh = state == null;
        if (fresh) {
            state = TopicSpikeState.start(topic, hour);
        }
        int baselineHours = settings.spikeBaselineHours();
        long head = Math.max(state.headHour(), hour);
        // Bounded state per topic: when the head moves on, the hours that fall out of the kept window go.
        if (!fresh && head > state.headHour()) {
            counts.forget(state.headHour() - keptHours(), head - keptHours());
        }
        long firstHour = Math.min(state.firstHour(), hour);
        if (hour < head - keptHours()) {
            return Stepped.quiet(new TopicSpikeState(topic, firstHour, head, state.lastAlertHour()));
        }
        int now = counts.get(hour) + 1;
        counts.put(hour, now);
        TopicSpikeState next = new TopicSpikeState(topic, firstHour, head, state.lastAlertHour());
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
        double baseline = counts.sum(hour - baselineHours, hour) / (double) baselineHours;
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
        return Stepped.firing(new TopicSpikeState(topic, firstHour, head, hour), alert);
    }
}

package io.wirewatch.streams;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything the topology needs from configuration, read from the {@code wirewatch.*} application keys
 * (already layered: file &lt; environment &lt; CLI). Missing keys take the documented defaults.
 *
 * @param zone          zone whose calendar day a claim counts for (event time of the article)
 * @param maxBodyChars  bodies longer than this go to the dead-letter topic instead of the analyzer
 * @param ledgerRetention how long daily ledgers are kept, counted back from today (event days older than
 *                      this are purged hourly; default ten years)
 * @param referenceTopic the compacted topic of reference windows ({@code reference load} writes it)
 * @param referenceZone the clock of the reference dataset's times ({@code wirewatch.reference.zone}, Kyiv)
 * @param reconcileTolerance relative difference up to which a paired reference window and ledger claim still
 *                      agree ({@code wirewatch.reconcile.tolerance}, default 0.10)
 */
public record TopologySettings(
        String rawTopic,
        String taggedTopic,
        String claimsTopic,
        String dailyTopic,
        String alertsTopic,
        String dlqTopic,
        ZoneId zone,
        int maxBodyChars,
        java.time.Period ledgerRetention,
        AlertSettings alerts,
        String referenceTopic,
        ZoneId referenceZone,
        double reconcileTolerance) {

    public static final String PREFIX = "wirewatch.";

    public static TopologySettings defaults() {
        return from(Map.of());
    }

    public static TopologySettings from(Map<String, String> app) {
        return new TopologySettings(
                get(app, "topic.raw", "news.raw"),
                get(app, "topic.tagged", "news.tagged"),
                get(app, "topic.claims", "news.drone-claims"),
                get(app, "topic.daily", "news.drone-daily"),
                get(app, "topic.alerts", "news.alerts"),
                get(app, "topic.dlq", "news.dlq"),
                ZoneId.of(get(app, "day.zone", "UTC")),
                Integer.parseInt(get(app, "max.body.chars", "1000000")),
                java.time.Period.parse(get(app, "ledger.retention", "P10Y")),
                AlertSettings.from(app),
                get(app, "topic.reference", "news.reference"),
                ZoneId.of(get(app, "reference.zone", "Europe/Kyiv")),
                Double.parseDouble(get(app, "reconcile.tolerance",
                        String.valueOf(io.wirewatch.reference.Reconciler.DEFAULT_TOLERANCE))));
    }

    static String get(Map<String, String> app, String key, String fallback) {
        String v = app.get(PREFIX + key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    static Duration duration(Map<String, String> app, String key, Duration fallback) {
        String v = app.get(PREFIX + key);
        return v == null || v.isBlank() ? fallback : Duration.parse(v.trim());
    }
}

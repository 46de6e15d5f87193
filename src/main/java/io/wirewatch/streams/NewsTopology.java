package io.wirewatch.streams;

import io.wirewatch.analysis.Analyzer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** The whole wirewatch topology, top to bottom. (Skeleton: being written.) */
public final class NewsTopology {
    /** Key-value store {@code <claimant>|<day>} → {@code DailyDroneCount}. */
    public static final String DAILY_STORE = "drone-daily-store";
    /** Key-value store alert id → {@code Alert}. */
    public static final String ALERTS_STORE = "alerts-store";
    /** Key-value store article id → {@code EnrichedArticle}. */
    public static final String ARTICLES_STORE = "articles-store";

    private NewsTopology() {
    }

    public static Topology build(StreamsBuilder builder, TopologySettings settings, Analyzer analyzer) {
        builder.stream(settings.rawTopic()).to(settings.taggedTopic());
        return builder.build();
    }
}

package io.wirewatch.testing;

import io.wirewatch.streams.NewsTopology;
import io.wirewatch.streams.TopologySettings;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The Streams properties every TopologyTestDriver test of the topology starts from. */
public final class TopologyDrivers {
    private TopologyDrivers() {
    }

    /** An application id, a state dir of the test's own, no broker, and the configs the topology requires. */
    public static Properties properties(String applicationId, String stateDir, TopologySettings settings) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        props.putAll(NewsTopology.requiredConfig(settings));
        return props;
    }
}

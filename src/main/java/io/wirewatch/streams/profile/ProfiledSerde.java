package io.wirewatch.streams.profile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde charged per record type, direction and topic ({@code serde DailyDroneCount write
 * drone-daily-store-changelog}): the topic tells a store's serialisation from a repartition's or an output's.
 * The check of {@link StageProfile#on()} is per call because the serdes are constants made before the
 * configuration is read.
 */
public final class ProfiledSerde {
    private ProfiledSerde() {
    }

    public static <T> Serde<T> wrap(String typeName, Serializer<T> serializer, Deserializer<T> deserializer) {
        Map<String, StageProfile.Stage> writes = new ConcurrentHashMap<>();
        Map<String, StageProfile.Stage> reads = new ConcurrentHashMap<>();
        Serializer<T> ser = (topic, value) -> {
            if (!StageProfile.on()) {
                return serializer.serialize(topic, value);
            }
            return StageProfile.timed(writes.computeIfAbsent(String.valueOf(topic), t -> StageProfile.stage(
                    "serde " + typeName + " write " + StageProfile.topicLabel(t), "serdes")),
                    () -> serializer.serialize(topic, value));
        };
        Deserializer<T> de = (topic, bytes) -> {
            if (!StageProfile.on()) {
                return deserializer.deserialize(topic, bytes);
            }
            return StageProfile.timed(reads.computeIfAbsent(String.valueOf(topic), t -> StageProfile.stage(
                    "serde " + typeName + " read " + StageProfile.topicLabel(t), "serdes")),
                    () -> deserializer.deserialize(topic, bytes));
        };
        return Serdes.serdeFrom(ser, de);
    }
}

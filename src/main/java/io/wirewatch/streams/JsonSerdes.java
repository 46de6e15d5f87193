package io.wirewatch.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Json;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceDay;
import io.wirewatch.model.ReferenceWindow;
import io.wirewatch.streams.profile.ProfiledSerde;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Every serde of the service, in one place: one typed Jackson serde per record, on the shared mapper. */
public final class JsonSerdes {
    public static final Serde<EnrichedArticle> ARTICLE = of(EnrichedArticle.class);
    public static final Serde<DroneClaim> CLAIM = of(DroneClaim.class);
    public static final Serde<ClaimReport> CLAIM_REPORT = of(ClaimReport.class);
    public static final Serde<DailyDroneCount> DAILY = of(DailyDroneCount.class);
    public static final Serde<Alert> ALERT = of(Alert.class);
    public static final Serde<TopicSpikeState> TOPIC_SPIKE_STATE = of(TopicSpikeState.class);
    public static final Serde<ConflictState> CONFLICT = of(ConflictState.class);
    public static final Serde<TopicHit> TOPIC_HIT = of(TopicHit.class);
    public static final Serde<ReferenceWindow> REFERENCE = of(ReferenceWindow.class);
    public static final Serde<ReferenceDay> REFERENCE_DAY = of(ReferenceDay.class);
    public static final Serde<Reconciliation> RECONCILIATION = of(Reconciliation.class);

    private JsonSerdes() {
    }

    /** A serde for {@code type}: null in, null out; failures name the type and the cause. */
    public static <T> Serde<T> of(Class<T> type) {
        ObjectMapper mapper = Json.mapper();
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return mapper.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " to " + topic, e);
            }
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return mapper.readValue(bytes, type);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic
                        + ": " + e.getMessage(), e);
            }
        };
        return ProfiledSerde.wrap(type.getSimpleName(), serializer, deserializer);
    }
}

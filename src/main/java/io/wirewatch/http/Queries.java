package io.wirewatch.http;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.TopicVolume;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * What the HTTP API asks of the state stores. {@link LocalStoreQueries} answers from this instance's
 * stores; {@link RoutingQueries} also asks the other instances of the application.
 *
 * <p>Every method may throw {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while
 * stores are (re)initialising: the API answers 503 then.
 */
public interface Queries {
    /** Daily ledgers in {@code range}, sorted by day then claimant. */
    List<DailyDroneCount> daily(DailyRange range);

    /** The newest {@code limit} alerts, newest first. */
    List<Alert> alerts(int limit);

    Optional<EnrichedArticle> article(String id);

    /**
     * The reconciliation of the ledger with the reference dataset for days {@code from..to} inclusive, one per
     * day that has a reference window or a ledger claim, sorted by day.
     */
    List<Reconciliation> reconcile(LocalDate from, LocalDate to);

    /** Hourly topic volumes with {@code from <= hour < to}, sorted by hour then topic. */
    List<TopicVolume> topicVolumes(Instant from, Instant to);

    /**
     * The same questions answered from exactly these partitions of each store, every one of which must be
     * queryable here (else {@link InvalidStateStoreException}). Used by {@link RoutingQueries} when it asks
     * another instance for the partitions the group's metadata says that instance owns.
     */
    default Queries onPartitions(Set<Integer> partitions) {
        throw new InvalidStateStoreException("these queries cannot answer for single partitions");
    }
}

package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceModel;
import io.wirewatch.model.ReferenceWindow;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference table joined with the ua-air-force ledger of the same day, through the real topology and the
 * real analyzer, on TopologyTestDriver. Wires and windows are written for these tests.
 */
class ReconcileTopologyTest {
    private static final LocalDate DAY = LocalDate.parse("2026-01-26");
    private static final String NIGHT_BODY =
            "Russia launched 90 drones at Ukraine overnight and 80 of them were shot down, Ukraine's air force said.";
    private static final String DAYTIME_BODY =
            "Ukraine's air force said it shot down 12 of 14 drones launched by Russia during the day.";

    private final TopologySettings settings = TopologySettings.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestInputTopic<String, ReferenceWindow> reference;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() throws Exception {
        Analyzer analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
        Properties props = TopologyDrivers.properties("wirewatch-reconcile", "target/tmp/ttd-reconcile", settings);
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), settings, analyzer), props);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        reference = driver.createInputTopic(settings.referenceTopic(), new StringSerializer(),
                JsonSerdes.REFERENCE.serializer());
        alerts = driver.createOutputTopic(settings.alertsTopic(), new StringDeserializer(), JsonSerdes.ALERT.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void wire(String id, String hour, String body) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id).put("source", "wire-" + id).put("language", "en").put("published", DAY + "T" + hour + ":00Z")
                .put("title", "Drone attack").put("body", body);
        raw.pipeInput(id, n.toString().getBytes(StandardCharsets.UTF_8), Instant.parse(DAY + "T" + hour + ":00Z"));
    }

    private static ReferenceWindow window(String start, String end, String reporter, int launched, int destroyed) {
        return new ReferenceWindow(ReferenceWindow.key(start, end, reporter), DAY, start, end, reporter, launched, destroyed,
                List.of(new ReferenceModel("Shahed-136/131", launched, destroyed)), List.of(reporter + "/posts/test"));
    }

    private static ReferenceWindow night(int launched, int destroyed) {
        return window("2026-01-25 18:00", "2026-01-26 08:00", "kpszsu", launched, destroyed);
    }

    private void load(ReferenceWindow w) {
        reference.pipeInput(w.key(), w, Instant.parse(DAY + "T06:00:00Z"));
    }

    private Reconciliation day() {
        KeyValueStore<String, Reconciliation> store = driver.getKeyValueStore(NewsTopology.RECONCILE_STORE);
        return store.get(DAY.toString());
    }

    private List<Alert> mismatchAlerts() {
        return alerts.readValuesToList().stream().filter(a -> a.type().equals("reconcile_mismatch")).toList();
    }

    @Test
    void shouldMatchAReferenceWindowLoadedBeforeTheClaim() {
        load(night(90, 80));
        wire("night-1", "09:00", NIGHT_BODY);

        ReconcilePair p = day().pairs().get(0);
        assertThat(day().pairs()).hasSize(1);
        assertThat(p.status()).isEqualTo(ReconcileStatus.MATCH);
        assertThat(p.referenceLaunched()).isEqualTo(90);
        assertThat(p.ledgerDestroyed()).isEqualTo(80);
        assertThat(p.articleIds()).containsExactly("night-1");
        assertThat(p.evidence().text()).contains("90 drones");
    }

    @Test
    void shouldMatchAClaimThatArrivedBeforeItsReferenceWindow() {
        wire("night-1", "09:00", NIGHT_BODY);
        assertThat(day().pairs()).extracting(ReconcilePair::status).containsExactly(ReconcileStatus.ONLY_LEDGER);

        load(night(90, 80));

        assertThat(day().pairs()).extracting(ReconcilePair::status).containsExactly(ReconcileStatus.MATCH);
    }

    @Test
    void shouldReplaceAWindowByItsCorrectedRowAndAlertOnceWhenItNoLongerAgrees() {
        load(night(90, 80));
        wire("night-1", "09:00", NIGHT_BODY);
        assertThat(mismatchAlerts()).isEmpty();

        load(night(120, 110));
        load(night(120, 110));

        assertThat(day().pairs()).as("the corrected row replaced the window, it did not add one").hasSize(1);
        ReconcilePair p = day().pairs().get(0);
        assertThat(p.status()).isEqualTo(ReconcileStatus.MISMATCH);
        assertThat(p.launchedDifference()).isEqualTo(-30);
        List<Alert> raised = mismatchAlerts();
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).articleIds()).containsExactly("night-1");
        assertThat(raised.get(0).claimant()).isEqualTo("ua-air-force");
        assertThat(raised.get(0).message()).contains("120 launched / 110 destroyed", "-30 launched");
    }

    @Test
    void shouldPairTwoWindowsOfOneDayWithTheClaimsThatStateThem() {
        load(night(90, 80));
        load(window("2026-01-26", "2026-01-26", "PvKPivden", 14, 12));
        wire("day-1", "16:00", DAYTIME_BODY);
        wire("night-1", "09:00", NIGHT_BODY);

        assertThat(day().pairs()).hasSize(2).allSatisfy(p -> assertThat(p.status()).isEqualTo(ReconcileStatus.MATCH));
        assertThat(day().pairs()).extracting(ReconcilePair::reporter, ReconcilePair::firstArticleId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("kpszsu", "night-1"),
                        org.assertj.core.groups.Tuple.tuple("PvKPivden", "day-1"));
        assertThat(mismatchAlerts()).isEmpty();
    }

    @Test
    void shouldAnswerAClaimWithNoWindowAsOnlyLedgerWithoutAnAlert() {
        wire("night-1", "09:00", NIGHT_BODY);

        assertThat(day().pairs()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ReconcileStatus.ONLY_LEDGER);
            assertThat(p.windowKey()).isNull();
            assertThat(p.ledgerLaunched()).isEqualTo(90);
        });
        assertThat(mismatchAlerts()).isEmpty();
    }

    @Test
    void shouldRaiseOneMismatchAlertPerPairHoweverOftenTheDayIsReconciledAgain() {
        load(night(140, 120));
        wire("night-1", "09:00", NIGHT_BODY);
        wire("night-2", "10:00", NIGHT_BODY); // a syndicated copy: the ledger claim gains an article
        load(night(140, 120));                // the same file loaded again

        assertThat(day().pairs().get(0).articleIds()).containsExactly("night-1", "night-2");
        assertThat(mismatchAlerts()).hasSize(1);
    }

    @Test
    void shouldChangeNothingWhenTheSameWindowsAreLoadedAgain() {
        load(night(90, 80));
        wire("night-1", "09:00", NIGHT_BODY);
        Reconciliation before = day();

        load(night(90, 80));

        assertThat(day()).isEqualTo(before);
        assertThat(mismatchAlerts()).isEmpty();
    }
}

package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.claims.SameClaim;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.Json;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger counts each statement once per side (docs/ARCHITECTURE.md, "Counted once"), through the real
 * topology and the real analyzer. The wires are written for these tests.
 */
class CountedOnceTopologyTest {
    private static final LocalDate DAY = LocalDate.parse("2025-06-01");
    private final TopologySettings settings = TopologySettings.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;

    @BeforeEach
    void start() throws Exception {
        Analyzer analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
        Properties props = TopologyDrivers.properties("wirewatch-counted-once", "target/tmp/ttd-counted-once",
                settings);
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), settings, analyzer), props);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void wire(String id, String source, String lang, String hour, String title, String body) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id).put("source", source).put("language", lang).put("published", DAY + "T" + hour + ":00Z")
                .put("title", title).put("body", body);
        raw.pipeInput(id, n.toString().getBytes(StandardCharsets.UTF_8), Instant.parse(DAY + "T" + hour + ":00Z"));
    }

    private List<DailyDroneCount> ledger() {
        KeyValueStore<String, DailyDroneCount> store = driver.getKeyValueStore(NewsTopology.DAILY_STORE);
        List<DailyDroneCount> rows = new ArrayList<>();
        try (KeyValueIterator<String, DailyDroneCount> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, DailyDroneCount> kv = it.next();
                rows.add(kv.value);
            }
        }
        return rows;
    }

    private DailyDroneCount row(String claimant) {
        return ledger().stream().filter(r -> r.claimant().equals(claimant)).findFirst()
                .orElseThrow(() -> new AssertionError("no ledger row for " + claimant + " in " + ledger()));
    }

    /** What a per-country view shows: the rows as the API answers them, summed per country. */
    private int destroyedByCountry(String country) {
        return SameClaim.perCountry(ledger()).stream().filter(r -> country.equals(r.claimantCountry()))
                .mapToInt(r -> r.destroyed() == null ? 0 : r.destroyed()).sum();
    }

    @Test
    void shouldCountOneStatementOnceWhenOneOutletNamesTheMinistryAndAnotherOnlyTheCountry() {
        wire("a1", "outlet-a", "en", "07:00", "Russia downs drones",
                "Russia said its air defences shot down 144 Ukrainian drones overnight.");
        wire("a2", "outlet-b", "en", "07:30", "Ministry reports drone attack",
                "Russia's defence ministry said air defence units destroyed 144 Ukrainian drones overnight.");

        assertThat(row("ru-mod").destroyed()).isEqualTo(144);
        assertThat(destroyedByCountry("RU")).isEqualTo(144);
        DailyDroneCount mod = SameClaim.perCountry(ledger()).stream().filter(r -> r.claimant().equals("ru-mod"))
                .findFirst().orElseThrow();
        assertThat(mod.claims().get(0).articleIds()).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void shouldCountACopyInAnotherLanguageAsTheSameClaim() {
        wire("b1", "outlet-a", "en", "07:00", "Ministry reports drone attack",
                "Russia's defence ministry said air defence units destroyed 61 Ukrainian drones overnight.");
        wire("b2", "outlet-c", "ar", "08:00", "الدفاع الروسية تعلن إسقاط مسيرات",
                "قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 61 طائرة مسيرة أوكرانية خلال الليل.");

        DailyDroneCount mod = row("ru-mod");
        assertThat(mod.destroyed()).isEqualTo(61);
        assertThat(mod.claims()).hasSize(1);
        assertThat(mod.articles()).isEqualTo(2);
    }

    @Test
    void shouldAddUpTwoDistinctStatementsOfOneMinistryOnOneDay() {
        wire("c1", "outlet-a", "en", "06:00", "Morning update",
                "Russia's defence ministry said air defence units destroyed 40 Ukrainian drones overnight.");
        wire("c2", "outlet-a", "en", "18:00", "Evening update",
                "Russia's defence ministry said air defence units destroyed 25 more Ukrainian drones during the day.");

        assertThat(row("ru-mod").destroyed()).isEqualTo(65);
        assertThat(row("ru-mod").claims()).hasSize(2);
    }

    @Test
    void shouldNotAddAHeadlineThatSumsTheBody() {
        wire("d1", "outlet-a", "en", "08:00", "Ukraine's air force says 64 drones shot down overnight",
                "Ukraine's air force said 40 drones were shot down over the Kharkiv region and 24 over the Sumy"
                        + " region.");

        DailyDroneCount af = row("ua-air-force");
        assertThat(af.destroyed()).isEqualTo(64);
        assertThat(af.claims()).hasSize(1);
    }

    @Test
    void shouldCarryDronesLostToJammingApartFromTheShotDownFigure() {
        wire("e1", "outlet-a", "en", "08:00", "Overnight attack",
                "Ukraine's air force said Russia launched 83 drones overnight; 78 were shot down and 5 were lost"
                        + " to electronic warfare.");

        DailyDroneCount af = row("ua-air-force");
        assertThat(af.launched()).isEqualTo(83);
        assertThat(af.destroyed()).isEqualTo(78);
        assertThat(af.lost()).isEqualTo(5);
    }
}

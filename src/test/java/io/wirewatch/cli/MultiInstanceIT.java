package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.streams.NewsTopology;
import io.wirewatch.testing.TestDirs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service (same {@code application.id}, own {@code state.dir}, own HTTP port and
 * {@code application.server}) on one embedded broker, the input topic with 4 partitions: whichever
 * instance is asked answers the daily ledger, the alerts and any article completely (Kafka Streams metadata
 * routing); after one instance stops, the survivor takes every task over and answers completely alone.
 *
 * <p>Each test has its own broker, instances and wires, so they pass alone, together and in any order.
 */
class MultiInstanceIT {
    private static final String FROM = "2024-09-01";
    private static final String TO = "2024-10-31";
    private static final String DAILY = "/api/drones/daily?from=" + FROM + "&to=" + TO;
    private static final String ALERTS = "/api/alerts?limit=1000";
    private static final String TOPICS = "/api/topics/hourly?from=2024-09-01T00:00:00Z&to=2024-11-01T00:00:00Z";
    private static final Duration WAIT = Duration.ofSeconds(45);

    /** A running service and the port in its {@code application.server}. */
    private record Instance(String name, Service service, int port) {
        HostInfo host() {
            return new HostInfo("127.0.0.1", port);
        }

        KafkaStreams streams() {
            return service.runner().streams().orElseThrow();
        }
    }

    /** What the generated wires must give: one exact total claim per claimant and day. */
    private record Expected(String claimant, LocalDate day, Integer launched, int destroyed) {
        String key() {
            return claimant + "|" + day;
        }
    }

    /** What the generated wires must give, derived from the same loop that writes them. */
    private static final List<Expected> EXPECTED = List.copyOf(generated(new ArrayList<>()));

    private EmbeddedKafkaBroker broker;
    private Instance a;
    private Instance b;
    private final List<String> articleIds = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedKafkaBroker.builder().freePorts().dataDir(TestDirs.newDir("multi-broker")).build().start();
        a = startInstance("a");
        b = startInstance("b");
        await("both instances RUNNING, each with tasks of its own")
                .atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> a.service.runner().state() == KafkaStreams.State.RUNNING
                        && b.service.runner().state() == KafkaStreams.State.RUNNING
                        && hostsWithTasks(a).size() == 2 && hostsWithTasks(b).size() == 2);

        List<String> wires = new ArrayList<>(ItSupport.sampleWires());
        generated(wires);
        wires.forEach(w -> articleIds.add(ItSupport.idOf(w)));
        ItSupport.produce(broker.bootstrapServers(), wires);
    }

    private Instance startInstance(String name) throws Exception {
        int port = ItSupport.freePort();
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", broker.bootstrapServers());
        flags.put("application.id", "wirewatch-multi-it");
        flags.put("application.server", "127.0.0.1:" + port);
        flags.put("state.dir", TestDirs.newDir("multi-state-" + name).toString());
        flags.put("commit.interval.ms", "200");
        flags.put(AppConfig.HTTP_PORT, String.valueOf(port));
        flags.put(AppConfig.TOPICS_PARTITIONS, "4");
        return new Instance(name, Service.start(ItSupport.config(flags), null), port);
    }

    @AfterEach
    void stop() {
        for (Instance i : new Instance[] {b, a}) {
            if (i != null) {
                i.service.close();
            }
        }
        if (broker != null) {
            broker.close();
        }
    }

    /**
     * Three claimants on four days of October 2024 (12 ledger keys), in the sentence shapes the English
     * extractor knows; some figures reach the mass-attack threshold (100) so that alerts exist on many keys.
     * Adds the wires to {@code wires} and returns what they must give.
     */
    private static List<Expected> generated(List<String> wires) {
        List<Expected> expected = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            LocalDate day = LocalDate.of(2024, 10, d);
            String at = day + "T0" + d + ":30:00Z";
            int launched = 40 + 23 * d;                 // 63, 86, 109, 132
            int downed = launched - 7 - d;
            expected.add(new Expected("ua-air-force", day, launched, downed));
            wires.add(ItSupport.wire("gen-uaf-" + day, "wire-one.example", at, "Ukraine's air force said Russia launched "
                    + launched + " drones overnight, " + downed + " of which were shot down."));
            int staffLaunched = 20 + 5 * d;
            int staffDowned = staffLaunched - 3;
            expected.add(new Expected("ua-general-staff", day, staffLaunched, staffDowned));
            wires.add(ItSupport.wire("gen-uags-" + day, "wire-two.example", at, "Ukraine's general staff said Russia launched "
                    + staffLaunched + " drones overnight, " + staffDowned + " of which were shot down."));
            int ruDowned = 30 + 31 * d;                 // 61, 92, 123, 154
            expected.add(new Expected("ru-mod", day, null, ruDowned));
            wires.add(ItSupport.wire("gen-rumod-" + day, "wire-three.example", at,
                    "Russia's Defence Ministry said its air defences destroyed " + ruDowned + " Ukrainian drones overnight."));
        }
        return expected;
    }

    /** Hosts that, as {@code from} sees the group, own at least one task. */
    private static Set<HostInfo> hostsWithTasks(Instance from) {
        return from.streams().metadataForAllStreamsClients().stream()
                .filter(m -> !m.topicPartitions().isEmpty())
                .map(StreamsMetadata::hostInfo).collect(Collectors.toSet());
    }

    private static JsonNode ok(Instance i, String pathAndQuery) {
        ItSupport.Answer r = ItSupport.get(i.port, pathAndQuery);
        assertThat(r.status()).as("%s %s: %s", i.name, pathAndQuery, r.body()).isEqualTo(200);
        return r.json();
    }

    private static String local(String pathAndQuery) {
        return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "local=true";
    }

    /** Rows keyed {@code claimant|day}, or alerts keyed by id, in key order. */
    private static Map<String, JsonNode> byKey(JsonNode rows, boolean alerts) {
        Map<String, JsonNode> out = new TreeMap<>();
        rows.forEach(r -> out.put(alerts ? r.path("id").asText()
                : r.path("claimant").asText() + "|" + r.path("day").asText(), r));
        return out;
    }

    /** The generated keys with their figures, plus the seed's figures, all in {@code rows}. */
    private static void assertLedgerComplete(Map<String, JsonNode> rows) {
        for (Expected e : EXPECTED) {
            assertThat(rows).as("ledger key %s", e.key()).containsKey(e.key());
            JsonNode r = rows.get(e.key());
            if (e.launched() != null) {
                assertThat(r.path("launched").asInt()).as("%s launched", e.key()).isEqualTo(e.launched());
            }
            assertThat(r.path("destroyed").asInt()).as("%s destroyed", e.key()).isEqualTo(e.destroyed());
        }
        assertThat(rows.get("ua-air-force|2024-09-13")).as("seed ledger of ua-air-force").isNotNull();
        assertThat(rows.get("ua-air-force|2024-09-13").path("launched").asInt()).isEqualTo(83);
        assertThat(rows.get("ua-air-force|2024-09-13").path("destroyed").asInt()).isEqualTo(78);
        assertThat(rows.get("ru-mod|2024-09-13").path("destroyed").asInt()).isEqualTo(99);
    }

    /** One mass-attack alert per generated claim at or above 100, the seed's naval incident. */
    private static void assertAlertsComplete(Map<String, JsonNode> alerts) {
        Set<String> massKeys = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        alerts.values().forEach(al -> {
            types.add(al.path("type").asText());
            if (al.path("type").asText().equals("mass_drone_attack")) {
                massKeys.add(al.path("claimant").asText() + "|" + al.path("day").asText());
            }
        });
        Set<String> expectedMass = EXPECTED.stream()
                .filter(e -> (e.launched() != null && e.launched() >= 100) || e.destroyed() >= 100)
                .map(Expected::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(massKeys).as("mass_drone_attack alerts by claimant|day").containsAll(expectedMass);
        assertThat(types).as("alert types").contains("mass_drone_attack", "naval_incident");
    }

    @Test
    void shouldAnswerEveryQueryCompletelyFromEitherInstance() {
        Map<String, JsonNode> localDailyA = new LinkedHashMap<>();
        Map<String, JsonNode> localDailyB = new LinkedHashMap<>();
        Map<String, JsonNode> localAlertsA = new LinkedHashMap<>();
        Map<String, JsonNode> localAlertsB = new LinkedHashMap<>();
        await("every wire processed: the complete ledger and alerts, the same from either instance and "
                + "equal to the union of both instances' own stores")
                .atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    JsonNode dailyFromA = ok(a, DAILY);
                    JsonNode dailyFromB = ok(b, DAILY);
                    JsonNode alertsFromA = ok(a, ALERTS);
                    JsonNode alertsFromB = ok(b, ALERTS);
                    localDailyA.clear();
                    localDailyA.putAll(byKey(ok(a, local(DAILY)), false));
                    localDailyB.clear();
                    localDailyB.putAll(byKey(ok(b, local(DAILY)), false));
                    localAlertsA.clear();
                    localAlertsA.putAll(byKey(ok(a, local(ALERTS)), true));
                    localAlertsB.clear();
                    localAlertsB.putAll(byKey(ok(b, local(ALERTS)), true));

                    assertLedgerComplete(byKey(dailyFromA, false));
                    assertThat(dailyFromB).as("daily ledger asked of b equals the one asked of a").isEqualTo(dailyFromA);
                    Map<String, JsonNode> union = new TreeMap<>(localDailyA);
                    union.putAll(localDailyB);
                    assertThat(byKey(dailyFromA, false)).as("routed ledger = union of both instances' stores")
                            .isEqualTo(union);

                    assertAlertsComplete(byKey(alertsFromA, true));
                    assertThat(alertsFromB).as("alerts asked of b equal those asked of a").isEqualTo(alertsFromA);
                    Map<String, JsonNode> alertUnion = new TreeMap<>(localAlertsA);
                    alertUnion.putAll(localAlertsB);
                    assertThat(byKey(alertsFromA, true)).as("routed alerts = union of both instances' stores")
                            .isEqualTo(alertUnion);

                    JsonNode topicsFromA = ok(a, TOPICS);
                    assertThat(topicsFromA).as("hourly topic volumes").isNotEmpty();
                    assertThat(ok(b, TOPICS)).as("topic volumes asked of b equal those asked of a").isEqualTo(topicsFromA);
                    List<JsonNode> topicUnion = new ArrayList<>();
                    ok(a, local(TOPICS)).forEach(topicUnion::add);
                    ok(b, local(TOPICS)).forEach(topicUnion::add);
                    List<JsonNode> routedTopics = new ArrayList<>();
                    topicsFromA.forEach(routedTopics::add);
                    assertThat(routedTopics).as("routed topic volumes = union of both instances' stores")
                            .containsExactlyInAnyOrderElementsOf(topicUnion);
                });

        // The keys really are split: each instance holds part of the answer, and no key is on both.
        assertThat(localDailyA).as("ledger keys held by a").isNotEmpty();
        assertThat(localDailyB).as("ledger keys held by b").isNotEmpty();
        assertThat(localDailyA.keySet()).as("ledger keys on both instances").doesNotContainAnyElementsOf(localDailyB.keySet());
        assertThat(localAlertsA).as("alerts held by a").isNotEmpty();
        assertThat(localAlertsB).as("alerts held by b").isNotEmpty();
        assertThat(localAlertsA.keySet()).as("alerts on both instances").doesNotContainAnyElementsOf(localAlertsB.keySet());

        Map<HostInfo, List<String>> idsByOwner = new HashMap<>();
        for (String id : articleIds) {
            KeyQueryMetadata md = a.streams().queryMetadataForKey(NewsTopology.ARTICLES_STORE, id,
                    Serdes.String().serializer());
            idsByOwner.computeIfAbsent(md.activeHost(), h -> new ArrayList<>()).add(id);
        }
        assertThat(idsByOwner.keySet()).as("owners of the articles").containsExactlyInAnyOrder(a.host(), b.host());
        for (Instance owner : List.of(a, b)) {
            Instance other = owner == a ? b : a;
            for (String id : idsByOwner.get(owner.host())) {
                String path = "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
                assertThat(ok(other, path).path("id").asText()).as("article %s (on %s) asked of %s", id, owner.name,
                        other.name).isEqualTo(id);
                assertThat(ok(owner, path).path("id").asText()).as("article %s asked of its owner", id).isEqualTo(id);
                assertThat(ItSupport.get(other.port, local(path)).status())
                        .as("article %s is not in %s's own store", id, other.name).isEqualTo(404);
            }
        }
    }

    @Test
    void shouldAnswerCompletelyFromTheSurvivorAfterTheOtherInstanceStops() {
        await("every wire processed before an instance stops: the complete ledger and alerts")
                .atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    assertLedgerComplete(byKey(ok(a, DAILY), false));
                    assertAlertsComplete(byKey(ok(a, ALERTS), true));
                    assertThat(ok(a, TOPICS)).as("hourly topic volumes").isNotEmpty();
                });
        Map<String, JsonNode> dailyBefore = byKey(ok(a, DAILY), false);
        Map<String, JsonNode> alertsBefore = byKey(ok(a, ALERTS), true);
        JsonNode topicsBefore = ok(a, TOPICS);
        assertLedgerComplete(dailyBefore);

        // While the survivor takes over, every answer it gives must be complete or a 503, never a smaller ledger.
        List<String> partial = new CopyOnWriteArrayList<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                ItSupport.Answer r = ItSupport.get(a.port, DAILY);
                answers.incrementAndGet();
                if (r.status() == 200 && !byKey(r.json(), false).equals(dailyBefore)) {
                    partial.add(byKey(r.json(), false).keySet().toString());
                }
            }
        }, "survivor-watcher");
        long t0 = System.nanoTime();
        watcher.start();
        b.service.close();
        await("survivor a RUNNING as the only member of the group, with every task")
                .atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> a.service.runner().state() == KafkaStreams.State.RUNNING
                        && a.streams().metadataForAllStreamsClients().stream().map(StreamsMetadata::hostInfo)
                        .collect(Collectors.toSet()).equals(Set.of(a.host())));
        await("survivor a's own stores restored and complete")
                .atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    assertThat(byKey(ok(a, local(DAILY)), false)).as("a's own ledger").isEqualTo(dailyBefore);
                    assertThat(byKey(ok(a, local(ALERTS)), true)).as("a's own alerts").isEqualTo(alertsBefore);
                });
        watching.set(false);
        try {
            watcher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(partial).as("incomplete 200 answers among %d asked during the takeover", answers.get()).isEmpty();
        System.out.printf("MultiInstanceIT: survivor took over and answered completely in %d ms (%d answers watched)%n",
                Duration.ofNanos(System.nanoTime() - t0).toMillis(), answers.get());

        assertThat(byKey(ok(a, DAILY), false)).as("ledger from the survivor").isEqualTo(dailyBefore);
        assertThat(byKey(ok(a, ALERTS), true)).as("alerts from the survivor").isEqualTo(alertsBefore);
        assertThat(ok(a, TOPICS)).as("topic volumes from the survivor").isEqualTo(topicsBefore);
        for (String id : articleIds) {
            assertThat(ok(a, "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).path("id").asText())
                    .as("article %s from the survivor", id).isEqualTo(id);
        }
    }
}

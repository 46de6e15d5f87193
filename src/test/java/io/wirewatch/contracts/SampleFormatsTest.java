package io.wirewatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.cli.WireReader;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.model.Article;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicTag;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.streams.NewsTopology;
import io.wirewatch.streams.TopologySettings;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's XML samples — a NewsML-G2 newsMessage ({@code samples/wires-en.newsml.xml}) and an RSS feed
 * ({@code samples/wires-ar.rss}) — retell wires of the NDJSON samples, read the way {@code feed} reads them,
 * and must give the very claims and topics of their JSON equivalents, and leave the daily ledger's figures
 * and the alerts as the JSON samples alone leave them.
 */
class SampleFormatsTest {
    private static final Path SAMPLES = ContractSchemas.projectDir().resolve("samples");
    private static final Path NEWSML = SAMPLES.resolve("wires-en.newsml.xml");
    private static final Path RSS = SAMPLES.resolve("wires-ar.rss");
    /** Each retold item and the NDJSON sample it retells, in the order of the XML files. */
    private static final List<String> NEWSML_RETELLS = List.of("en-20240914-ap-style-airforce",
            "en-20240918-istanbul-talks");
    private static final List<String> RSS_RETELLS = List.of("ar-20240915-rumod-mass-attack",
            "ar-20240918-istanbul-talks");
    private static final Instant FALLBACK = Instant.parse("2024-09-20T00:00:00Z");
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static Analyzer analyzer;
    private static final ArticleParser PARSER = new ArticleParser();

    @BeforeAll
    static void loadAnalyzer() throws Exception {
        analyzer = Analyzer.load(ContractSchemas.projectDir().resolve("config"), ZoneOffset.UTC);
    }

    /** What a claim says, without where in the text it was found (offsets differ between the forms). */
    private record Said(String claimant, String claimantCountry, String attackerCountry, Integer launched,
                        Integer destroyed, Integer lost, Integer hit, String qualifier, String scope, String region,
                        String day, String evidenceText) {
        static Said of(DroneClaim c) {
            return new Said(c.claimant(), c.claimantCountry(), c.attackerCountry(), c.launched(), c.destroyed(),
                    c.lost(), c.hit(), String.valueOf(c.qualifier()), String.valueOf(c.scope()), c.region(),
                    String.valueOf(c.day()), c.evidence().text());
        }
    }

    private static List<WireReader.Message> read(Path file) {
        List<WireReader.Message> out = new ArrayList<>();
        new WireReader(null, null).read(file, out::add);
        return out;
    }

    private static List<EnrichedArticle> analyzedAsFed(Path file) throws Exception {
        List<EnrichedArticle> out = new ArrayList<>();
        for (WireReader.Message m : read(file)) {
            for (Article a : PARSER.parseAll(m.payload(), FALLBACK)) {
                out.add(analyzer.analyze(a));
            }
        }
        return out;
    }

    private static Map<String, String> jsonSamples() throws Exception {
        Map<String, String> byId = new LinkedHashMap<>();
        for (String f : List.of("wires-ar.ndjson", "wires-en.ndjson")) {
            for (String line : Files.readAllLines(SAMPLES.resolve(f), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    byId.put(PLAIN.readTree(line).path("id").asText(), line);
                }
            }
        }
        return byId;
    }

    private static EnrichedArticle analyzedJson(String id) throws Exception {
        return analyzer.analyze(PARSER.parse(jsonSamples().get(id), FALLBACK));
    }

    private static void assertSameAsJson(List<EnrichedArticle> retold, List<String> originals) throws Exception {
        assertThat(retold).hasSize(originals.size());
        for (int i = 0; i < retold.size(); i++) {
            EnrichedArticle mine = retold.get(i);
            EnrichedArticle json = analyzedJson(originals.get(i));
            assertThat(mine.published()).as("published of %s", mine.id()).isEqualTo(json.published());
            assertThat(mine.language()).as("language of %s", mine.id()).isEqualTo(json.language());
            assertThat(mine.title()).as("title of %s", mine.id()).isEqualTo(json.title());
            assertThat(mine.claims().stream().map(Said::of).toList()).as("claims of %s vs %s", mine.id(), json.id())
                    .isNotNull().isEqualTo(json.claims().stream().map(Said::of).toList());
            assertThat(topics(mine)).as("topics of %s vs %s", mine.id(), json.id()).isEqualTo(topics(json));
        }
    }

    private static Set<String> topics(EnrichedArticle a) {
        return a.topics().stream().map(TopicTag::topic).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void shouldGiveTheNewsMlSampleTheClaimsAndTopicsOfTheJsonWiresItRetells() throws Exception {
        List<EnrichedArticle> retold = analyzedAsFed(NEWSML);
        assertSameAsJson(retold, NEWSML_RETELLS);
        assertThat(retold.get(0).claims()).as("the retold air-force wire still has its claim").isNotEmpty();
    }

    @Test
    void shouldGiveTheRssSampleTheClaimsAndTopicsOfTheJsonWiresItRetells() throws Exception {
        List<EnrichedArticle> retold = analyzedAsFed(RSS);
        assertSameAsJson(retold, RSS_RETELLS);
        assertThat(retold.get(0).claims()).extracting(DroneClaim::destroyed).contains(125);
    }

    @Test
    void shouldSendTheNewsMlSampleAsOneMessageAndTheRssSampleAsOneWirePerItem() throws Exception {
        assertThat(read(NEWSML)).hasSize(1);
        List<WireReader.Message> rss = read(RSS);
        assertThat(rss).hasSize(2);
        ContractSchemas schemas = ContractSchemas.load();
        for (WireReader.Message m : rss) {
            JsonNode wire = PLAIN.readTree(m.payload());
            assertThat(schemas.validate("news.raw.schema.json", wire)).as(m.origin()).isEmpty();
        }
        assertThat(PLAIN.readTree(rss.get(0).payload()).path("id").asText())
                .isEqualTo("https://al-mirsad.example/ar/2024/09/15/rumod-125-drones");
        assertThat(PLAIN.readTree(rss.get(1).payload()).path("id").asText()).startsWith("feed:");
    }

    /** The whole demo feed through the topology: the XML samples add articles to claims, never figures. */
    @Test
    void shouldLeaveTheLedgersFiguresAsTheJsonSamplesAloneLeaveThem() throws Exception {
        Map<String, Integer> articlesJsonOnly = new TreeMap<>();
        Map<String, Integer> articlesWithXml = new TreeMap<>();
        List<String> alertsJsonOnly = new ArrayList<>();
        List<String> alertsWithXml = new ArrayList<>();
        Map<String, String> jsonOnly = ledgerFigures(false, articlesJsonOnly, alertsJsonOnly);
        Map<String, String> withXml = ledgerFigures(true, articlesWithXml, alertsWithXml);
        assertThat(withXml).isEqualTo(jsonOnly);
        assertThat(alertsWithXml).as("alerts (id: first article)").isNotEmpty().isEqualTo(alertsJsonOnly);
        assertThat(jsonOnly).containsKeys("ua-air-force|2024-09-14", "ru-mod|2024-09-15");
        // Counted once, seen twice: each retold claim lists the XML item beside the JSON wire.
        assertThat(articlesWithXml).containsEntry("ua-air-force|2024-09-14", 2).containsEntry("ru-mod|2024-09-15", 2);
        assertThat(articlesJsonOnly).containsEntry("ua-air-force|2024-09-14", 1).containsEntry("ru-mod|2024-09-15", 1);
    }

    private static Map<String, String> ledgerFigures(boolean withXml, Map<String, Integer> articles,
                                                     List<String> alerts) throws Exception {
        TopologySettings settings = TopologySettings.defaults();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                NewsTopology.build(new StreamsBuilder(), settings, analyzer),
                TopologyDrivers.properties("sample-formats", TestDirs.newDir("ttd-sample-formats").toString(),
                        settings))) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(),
                    new ByteArraySerializer());
            List<Path> files = WireReader.expand(List.of(SAMPLES)).stream()
                    .filter(f -> withXml || !(f.toString().endsWith(".xml") || f.toString().endsWith(".rss")))
                    .toList();
            for (Path f : files) {
                for (WireReader.Message m : read(f)) {
                    raw.pipeInput(null, m.payload().getBytes(StandardCharsets.UTF_8), FALLBACK);
                }
            }
            driver.createOutputTopic(settings.alertsTopic(), new StringDeserializer(), JsonSerdes.ALERT.deserializer())
                    .readValuesToList().forEach(a -> alerts.add(a.id() + ": " + a.articleIds().get(0)));
            KeyValueStore<String, DailyDroneCount> store = driver.getKeyValueStore(NewsTopology.DAILY_STORE);
            Map<String, String> figures = new TreeMap<>();
            try (KeyValueIterator<String, DailyDroneCount> it = store.all()) {
                it.forEachRemaining(kv -> articles.put(kv.key, kv.value.articles()));
            }
            try (KeyValueIterator<String, DailyDroneCount> it = store.all()) {
                it.forEachRemaining(kv -> figures.put(kv.key, "launched=" + kv.value.launched() + " destroyed="
                        + kv.value.destroyed() + " lost=" + kv.value.lost() + " hit=" + kv.value.hit()
                        + " claims=" + kv.value.claims().size() + " regions=" + kv.value.regions().size()));
            }
            return figures;
        }
    }
}

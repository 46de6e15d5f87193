package io.wirewatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.Json;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceDay;
import io.wirewatch.model.ReferenceModel;
import io.wirewatch.model.ReferenceWindow;
import io.wirewatch.reference.ModelCategories;
import io.wirewatch.reference.Reconciler;
import io.wirewatch.reference.ReferenceSet;
import io.wirewatch.reference.ReferenceWindows;
import io.wirewatch.model.Scope;
import io.wirewatch.model.TopicTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The demo wires in {@code samples/} honour the {@code news.raw} contract, the schemas under
 * {@code docs/schemas/} are well-formed draft 2020-12 documents, and the records as {@link Json} writes
 * them honour the output contracts.
 */
class SampleContractTest {
    private static final String RAW = "news.raw.schema.json";
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static ContractSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = ContractSchemas.load();
    }

    // ---- samples -----------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> shouldAcceptEverySampleWireAsRawInput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (SampleLine line : sampleLines()) {
            tests.add(dynamicTest(line.toString(), () -> {
                JsonNode node = PLAIN.readTree(line.json());
                assertThat(schemas.validate(RAW, node)).as(line.toString()).isEmpty();
            }));
        }
        assertThat(tests).as("lines in samples/*.ndjson").isNotEmpty();
        return tests.stream();
    }

    @Test
    void shouldAcceptTheNinjsExampleAsRawInput() throws IOException {
        JsonNode node = PLAIN.readTree(ContractSchemas.projectDir().resolve("samples/ninjs-example.json").toFile());
        assertThat(schemas.validate(RAW, node)).isEmpty();
    }

    @Test
    void shouldKeepSampleIdsUniqueAndTheSetSmall() throws IOException {
        List<SampleLine> lines = sampleLines();
        Set<String> ids = new HashSet<>();
        for (SampleLine line : lines) {
            String id = PLAIN.readTree(line.json()).path("id").asText();
            assertThat(ids.add(id)).as("duplicate sample id %s at %s", id, line).isTrue();
        }
        // 10-20 wires in all, the ninjs example included: enough to exercise every rule, small enough to read.
        assertThat(lines.size() + 1).isBetween(10, 20);
    }

    @Test
    void shouldAcceptANinjs2DocumentWithHeadlinesAndBodies() throws IOException {
        JsonNode node = PLAIN.readTree("""
                {"uri":"urn:example:1","versioncreated":"2024-09-13T10:15:00Z","language":"en",
                 "headlines":[{"value":"Drones downed"}],
                 "bodies":[{"contenttype":"text/plain","value":"Ukraine's air force said it shot down 78 of 83 drones."}]}
                """);
        assertThat(schemas.validate(RAW, node)).isEmpty();
    }

    @Test
    void shouldRejectAWireWithoutBody() throws IOException {
        JsonNode node = PLAIN.readTree("{\"id\":\"x\",\"title\":\"only a title\"}");
        assertThat(schemas.validate(RAW, node)).isNotEmpty();
    }

    @Test
    void shouldRejectAWireWithABadPublishedTime() throws IOException {
        JsonNode node = PLAIN.readTree("{\"id\":\"x\",\"body\":\"text\",\"published\":\"13/09/2024\"}");
        assertThat(schemas.validate(RAW, node)).isNotEmpty();
    }

    // ---- the schema files themselves ---------------------------------------------------------------

    @Test
    void shouldDeclareDraft202012AndAnIdMatchingTheFileName() {
        assertThat(schemas.files()).contains(RAW, "news.tagged.schema.json", "news.drone-claims.schema.json",
                "news.drone-daily.schema.json", "news.alerts.schema.json", "news.reference.schema.json",
                "api.reconcile.schema.json");
        for (String file : schemas.files()) {
            JsonNode json = schemas.json(file);
            assertThat(json.path("$schema").asText()).as(file).isEqualTo(ContractSchemas.DRAFT_2020_12);
            assertThat(json.path("$id").asText()).as(file).endsWith("/" + file);
        }
    }

    @Test
    void shouldBeValidAgainstTheDraft202012MetaSchema() {
        for (String file : schemas.files()) {
            assertThat(schemas.metaValidate(file)).as(file).isEmpty();
        }
    }

    // ---- records as the service writes them --------------------------------------------------------

    private static final LocalDate DAY = LocalDate.of(2024, 9, 13);
    private static final String TEXT = "Russia's Defence Ministry said it destroyed 99 Ukrainian drones, 36 over Bryansk.";

    private static DroneClaim total() {
        return new DroneClaim("en-1", DAY, "ru-mod", "RU", "UA", null, 99, null, null, Qualifier.EXACT, Scope.TOTAL, null,
                Evidence.of(TEXT, 34, 63));
    }

    private static DroneClaim region() {
        return new DroneClaim("en-1", DAY, "ru-mod", "RU", "UA", null, 36, null, null, Qualifier.EXACT, Scope.REGION,
                "Bryansk", Evidence.of(TEXT, 65, 80));
    }

    @Test
    void shouldWriteDroneClaimsThatMatchTheirContract() {
        assertThat(schemas.validate("news.drone-claims.schema.json", tree(total()))).isEmpty();
        assertThat(schemas.validate("news.drone-claims.schema.json", tree(region()))).isEmpty();
    }

    @Test
    void shouldRejectARegionClaimWithoutItsRegion() {
        DroneClaim noRegion = new DroneClaim("en-1", DAY, "ru-mod", "RU", "UA", null, 36, null, null, Qualifier.EXACT,
                Scope.REGION, null, Evidence.of(TEXT, 65, 80));
        assertThat(schemas.validate("news.drone-claims.schema.json", tree(noRegion))).isNotEmpty();
    }

    @Test
    void shouldWriteTaggedArticlesThatMatchTheirContract() {
        Article a = new Article("en-1", "levant-wire", Instant.parse("2024-09-13T12:40:00Z"), "en", null, TEXT,
                null);
        EnrichedArticle e = EnrichedArticle.of(a,
                List.of(new TopicTag("drone_strikes", 2.5, List.of(Evidence.of(TEXT, 57, 63)))),
                List.of(total(), region()));
        assertThat(schemas.validate("news.tagged.schema.json", tree(e))).isEmpty();
    }

    @Test
    void shouldWriteDailyLedgersThatMatchTheirContract() {
        LedgerClaim c = new LedgerClaim(null, 99, null, null, Qualifier.EXACT, "UA", Evidence.of(TEXT, 34, 63), "en-1",
                List.of("en-1", "ar-1"), List.of("levant-wire", "al-mirsad"));
        DailyDroneCount d = new DailyDroneCount(DAY, "ru-mod", "RU", null, 99, null, null, List.of(c), List.of(region()), 2, 2);
        assertThat(schemas.validate("news.drone-daily.schema.json", tree(d))).isEmpty();
    }

    @Test
    void shouldWriteAlertsThatMatchTheirContract() {
        Alert mass = new Alert("mass_drone_attack|ru-mod|2024-09-15", "mass_drone_attack", "critical",
                LocalDate.of(2024, 9, 15), "ru-mod", "drone_strikes", "Mass drone attack",
                "ru-mod reports 125 drones destroyed", List.of("ar-2"), List.of(Evidence.of(TEXT, 34, 63)),
                Instant.parse("2024-09-15T06:30:01Z"));
        Alert naval = new Alert("naval_incident|en-3", "naval_incident", "warning", DAY, null, "naval_events",
                "Naval incident", "cargo ship hit by a sea drone", List.of("en-3"), List.of(),
                Instant.parse("2024-09-16T14:20:01Z"));
        assertThat(schemas.validate("news.alerts.schema.json", tree(mass))).isEmpty();
        assertThat(schemas.validate("news.alerts.schema.json", tree(naval))).isEmpty();
    }

    @Test
    void shouldWriteReferenceWindowsThatMatchTheirContract() throws Exception {
        ReferenceSet set = ReferenceWindows.read(Path.of("src/test/resources/reference/attacks.csv"),
                ModelCategories.read(Path.of("src/test/resources/reference/missiles_and_uavs.csv")),
                java.time.ZoneId.of("Europe/Kyiv"), java.time.ZoneOffset.UTC);
        assertThat(set.windows()).isNotEmpty();
        for (ReferenceWindow w : set.windows()) {
            assertThat(schemas.validate("news.reference.schema.json", tree(w))).as(w.key()).isEmpty();
        }
    }

    @Test
    void shouldWriteReconcileAnswersThatMatchTheirContractForEveryStatus() {
        ReferenceWindow night = new ReferenceWindow(ReferenceWindow.key("2026-01-25 18:00", "2026-01-26 08:00", "kpszsu"),
                LocalDate.of(2026, 1, 26), "2026-01-25 18:00", "2026-01-26 08:00", "kpszsu", 138, 110,
                List.of(new ReferenceModel("Shahed-136/131", 138, 110)), List.of("kpszsu/posts/x"));
        ReferenceWindow daytime = new ReferenceWindow(ReferenceWindow.key("2026-01-26", "2026-01-26", "PvKPivden"),
                LocalDate.of(2026, 1, 26), "2026-01-26", "2026-01-26", "PvKPivden", 5, 5,
                List.of(new ReferenceModel("Unknown UAV", 5, 5)), List.of());
        LedgerClaim close = new LedgerClaim(140, 110, null, null, Qualifier.APPROXIMATE, "RU", Evidence.of(TEXT, 34, 63),
                "en-1", List.of("en-1"), List.of("wire"));
        LedgerClaim other = new LedgerClaim(40, null, null, null, Qualifier.EXACT, "RU", Evidence.of(TEXT, 34, 63),
                "en-2", List.of("en-2"), List.of("wire"));
        DailyDroneCount ledger = new DailyDroneCount(LocalDate.of(2026, 1, 26), "ua-air-force", "UA", 180, 110, null, null,
                List.of(close, other), List.of(), 2, 1);
        Reconciliation mixed = new Reconciler(0.10).reconcile(LocalDate.of(2026, 1, 26),
                new ReferenceDay(LocalDate.of(2026, 1, 26), List.of(night, daytime)), ledger);
        Reconciliation alone = new Reconciler(0.10).reconcile(LocalDate.of(2026, 1, 27), null,
                new DailyDroneCount(LocalDate.of(2026, 1, 27), "ua-air-force", "UA", 40, null, null, null, List.of(other),
                        List.of(), 1, 1));
        assertThat(mixed.pairs()).extracting(p -> p.status().json()).contains("within_tolerance", "mismatch");
        assertThat(schemas.validate("api.reconcile.schema.json", tree(List.of(mixed, alone)))).isEmpty();
    }

    @Test
    void shouldRejectAnOnlyLedgerPairThatNamesAWindow() {
        ReconcilePair wrong = new ReconcilePair(ReconcileStatus.ONLY_LEDGER, "uav|a|b|c", null, null, null, null, null,
                40, null, Qualifier.EXACT, null, null, null, "en-2", List.of("en-2"));
        Reconciliation day = new Reconciliation(LocalDate.of(2026, 1, 27), "ua-air-force", 0.1, List.of(wrong));
        assertThat(schemas.validate("api.reconcile.schema.json", tree(List.of(day)))).isNotEmpty();
    }

    @Test
    void shouldWriteReconcileMismatchAlertsThatMatchTheAlertContract() {
        Alert a = new Alert("reconcile_mismatch-0011223344556677", "reconcile_mismatch", "warning", DAY, "ua-air-force",
                "drone_strikes", "Ledger of ua-air-force disagrees with the reference on 2024-09-13", "83 vs 100",
                List.of("en-1"), List.of(Evidence.of(TEXT, 34, 63)), Instant.parse("2024-09-13T08:00:00Z"));
        assertThat(schemas.validate("news.alerts.schema.json", tree(a))).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static JsonNode tree(Object value) {
        return Json.mapper().valueToTree(value);
    }

    private record SampleLine(Path file, int number, String json) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + number;
        }
    }

    private static List<SampleLine> sampleLines() throws IOException {
        Path dir = ContractSchemas.projectDir().resolve("samples");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
        List<SampleLine> lines = new ArrayList<>();
        for (Path f : files) {
            List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < all.size(); i++) {
                if (!all.get(i).isBlank()) {
                    lines.add(new SampleLine(f, i + 1, all.get(i)));
                }
            }
        }
        return lines;
    }
}

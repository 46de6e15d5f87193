package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wirewatch.eval.EvalReport.Error;
import io.wirewatch.eval.EvalReport.Kind;
import io.wirewatch.eval.EvalReport.Miss;
import io.wirewatch.eval.GoldSet.GoldArticle;
import io.wirewatch.eval.GoldSet.GoldClaim;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import io.wirewatch.model.TopicTag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final double EPS = 1e-9;

    @Test
    void shouldScoreTopicsPerTopicAndMicro() {
        GoldSet gold = new GoldSet(List.of(
                gold("a", List.of("diplomacy", "drone_strikes")),
                gold("b", List.of("naval_events")),
                gold("c", List.of()),
                gold("d", List.of("drone_strikes"))));
        Map<String, EnrichedArticle> pred = new LinkedHashMap<>();
        pred.put("a", pred("a", List.of("diplomacy"), List.of()));               // drone_strikes FN
        pred.put("b", pred("b", List.of("naval_events", "diplomacy"), List.of())); // diplomacy FP
        pred.put("c", pred("c", List.of("drone_strikes"), List.of()));          // drone_strikes FP
        pred.put("d", pred("d", List.of("drone_strikes", "weather"), List.of())); // unknown topic ignored

        EvalReport r = Evaluator.score(gold, pred);

        assertThat(r.topic("diplomacy").counts()).isEqualTo(new EvalReport.Counts(1, 1, 0));
        assertThat(r.topic("drone_strikes").counts()).isEqualTo(new EvalReport.Counts(1, 1, 1));
        assertThat(r.topic("naval_events").counts()).isEqualTo(new EvalReport.Counts(1, 0, 0));
        assertThat(r.topicMicro()).isEqualTo(new EvalReport.Counts(3, 2, 1));
        assertThat(r.topicMicro().precision()).isCloseTo(0.6, within(EPS));
        assertThat(r.topicMicro().recall()).isCloseTo(0.75, within(EPS));
        assertThat(r.topicMicroF1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(EPS));
        assertThat(r.topic("drone_strikes").counts().f1()).isCloseTo(0.5, within(EPS));
        assertThat(r.misses(Kind.TOPIC, Error.FALSE_NEGATIVE))
                .containsExactly(new Miss("a", Kind.TOPIC, Error.FALSE_NEGATIVE, "drone_strikes", null, null));
        assertThat(r.misses(Kind.TOPIC, Error.FALSE_POSITIVE)).extracting(Miss::articleId).containsExactly("b", "c");
    }

    @Test
    void shouldSplitLaunchedAndDestroyedAndMatchOnCountryMetricValue() {
        GoldSet gold = new GoldSet(List.of(gold("a", List.of(),
                claim("UA", "ua-air-force", "launched", 138, "total"),
                claim("UA", "ua-air-force", "destroyed", 110, "total"),
                claim("RU", "ru-mod", "destroyed", 40, "total"))));
        // Claimant id and qualifier differ from gold: only country, metric and value are compared.
        Map<String, EnrichedArticle> pred = Map.of("a", pred("a", List.of(), List.of(
                drone("ua-armed-forces", "ua", 138, 110, Scope.TOTAL, "138 of 110"),
                drone("ru-mod", "RU", null, 41, Scope.TOTAL, "downed 41"))));

        EvalReport r = Evaluator.score(gold, pred);

        assertThat(r.claims()).isEqualTo(new EvalReport.Counts(2, 1, 1));
        assertThat(r.claims().precision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(r.claims().recall()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(r.claimF1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(r.misses(Kind.CLAIM, Error.FALSE_POSITIVE))
                .containsExactly(new Miss("a", Kind.CLAIM, Error.FALSE_POSITIVE, "RU destroyed 41", "ru-mod", "downed 41"));
        assertThat(r.misses(Kind.CLAIM, Error.FALSE_NEGATIVE))
                .containsExactly(new Miss("a", Kind.CLAIM, Error.FALSE_NEGATIVE, "RU destroyed 40", "ru-mod", null));
    }

    @Test
    void shouldIgnoreRegionAndCumulativeOnBothSides() {
        GoldSet gold = new GoldSet(List.of(gold("a", List.of(),
                claim("RU", "ru-mod", "destroyed", 555, "total"),
                claim("RU", "ru-mod", "destroyed", 180, "region"),
                claim("UA", "ua-air-force", "destroyed", 67000, "cumulative"))));
        Map<String, EnrichedArticle> pred = Map.of("a", pred("a", List.of(), List.of(
                drone("ru-mod", "RU", null, 555, Scope.TOTAL, "555"),
                drone("ru-mod", "RU", null, 180, Scope.REGION, "180"),
                drone("ru-mod", "RU", null, 99, Scope.REGION, "99"),
                drone("ua-air-force", "UA", null, 67000, Scope.CUMULATIVE, "67000"),
                drone("ua-air-force", "UA", 5, null, null, "scope left null is not total"))));

        EvalReport r = Evaluator.score(gold, pred);

        assertThat(r.claims()).isEqualTo(new EvalReport.Counts(1, 0, 0));
        assertThat(r.goldClaims()).isEqualTo(new EvalReport.ScopeCounts(1, 1, 1));
        assertThat(r.misses()).isEmpty();
    }

    @Test
    void shouldMatchAsMultisetPerArticle() {
        GoldSet gold = new GoldSet(List.of(
                gold("a", List.of(),
                        claim("UA", "ua-president", "launched", 400, "total"),
                        claim("UA", "ua-air-force", "launched", 400, "total")),
                gold("b", List.of(), claim("RU", "ru-mod", "destroyed", 95, "total"))));
        Map<String, EnrichedArticle> pred = Map.of(
                // one prediction covers only one of a's two identical items
                "a", pred("a", List.of(), List.of(drone("ua-president", "UA", 400, null, Scope.TOTAL, "400"))),
                // the same figure twice in b is one true positive and one false positive
                "b", pred("b", List.of(), List.of(
                        drone("ru-mod", "RU", null, 95, Scope.TOTAL, "95 first"),
                        drone("ru-mod", "RU", null, 95, Scope.TOTAL, "95 again"),
                        // a's figure predicted in b does not count for a
                        drone("ua-air-force", "UA", 400, null, Scope.TOTAL, "400 in b"))));

        EvalReport r = Evaluator.score(gold, pred);

        assertThat(r.claims()).isEqualTo(new EvalReport.Counts(2, 2, 1));
        assertThat(r.claims().precision()).isCloseTo(0.5, within(EPS));
        assertThat(r.claims().recall()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(r.claimF1()).isCloseTo(4.0 / 7, within(EPS));
        assertThat(r.misses(Kind.CLAIM, Error.FALSE_POSITIVE)).extracting(Miss::evidence)
                .containsExactly("95 again", "400 in b");
        assertThat(r.misses(Kind.CLAIM, Error.FALSE_NEGATIVE)).extracting(Miss::articleId).containsExactly("a");
    }

    @Test
    void shouldTreatMissingPredictionAsEmpty() {
        GoldSet gold = new GoldSet(List.of(
                gold("a", List.of("naval_events"), claim("RU", "ru-navy", "destroyed", 6, "total")),
                gold("b", List.of())));

        EvalReport r = Evaluator.score(gold, Map.of());

        assertThat(r.topicMicro()).isEqualTo(new EvalReport.Counts(0, 0, 1));
        assertThat(r.topicMicro().precision()).isEqualTo(1.0);
        assertThat(r.topicMicroF1()).isEqualTo(0.0);
        assertThat(r.claims()).isEqualTo(new EvalReport.Counts(0, 0, 1));
        assertThat(r.claimF1()).isEqualTo(0.0);
        assertThat(r.topic("diplomacy").counts().f1()).isEqualTo(1.0);
    }

    @Test
    void shouldPrintScoresAndEveryMissWithEvidence() {
        GoldSet gold = new GoldSet(List.of(gold("x-1", List.of("diplomacy"),
                claim("UA", "ua-air-force", "launched", 83, "total"))));
        Map<String, EnrichedArticle> pred = Map.of("x-1", pred("x-1", List.of("naval_events"), List.of(
                drone("ru-mod", "RU", null, 150, Scope.TOTAL, "shot down\n150 drones"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Evaluator.score(gold, pred).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("micro", "claims")
                .contains("FN topic x-1: diplomacy")
                .contains("FP topic x-1: naval_events")
                .contains("FN claim x-1: UA launched 83 [ua-air-force]")
                .contains("FP claim x-1: RU destroyed 150 [ru-mod] evidence: \"shot down 150 drones\"");
    }

    private static GoldArticle gold(String id, List<String> topics, GoldClaim... claims) {
        return new GoldArticle(id, "corpus/test.ndjson", "en", topics, Arrays.asList(claims), "synthetic");
    }

    private static GoldClaim claim(String cc, String who, String metric, int value, String scope) {
        return new GoldClaim(cc, who, metric, value, scope, "exact", null);
    }

    private static EnrichedArticle pred(String id, List<String> topics, List<DroneClaim> claims) {
        List<TopicTag> tags = topics.stream().map(t -> new TopicTag(t, 1.0, List.of())).toList();
        return new EnrichedArticle(id, "test", Instant.EPOCH, "en", null, "", null, tags, claims);
    }

    private static DroneClaim drone(String who, String cc, Integer launched, Integer destroyed, Scope scope,
                                    String evidence) {
        return new DroneClaim("ignored", LocalDate.EPOCH, who, cc, null, launched, destroyed, null, null, Qualifier.EXACT, scope,
                null, new Evidence(evidence, 0, evidence.length()));
    }
}

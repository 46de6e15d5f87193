package io.wirewatch.eval;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.eval.EvalReport.Counts;
import io.wirewatch.eval.EvalReport.Error;
import io.wirewatch.eval.EvalReport.Kind;
import io.wirewatch.eval.EvalReport.Miss;
import io.wirewatch.eval.EvalReport.ScopeCounts;
import io.wirewatch.eval.EvalReport.TopicScore;
import io.wirewatch.eval.GoldSet.GoldArticle;
import io.wirewatch.eval.GoldSet.GoldClaim;
import io.wirewatch.model.Article;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Scope;
import io.wirewatch.model.TopicTag;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores the {@link Analyzer} against the gold set.
 *
 * <p>Rules:
 * <ol>
 *   <li>Topics: per topic of {@link GoldSet#TOPICS}, an article is a true positive when both gold and the
 *       prediction carry the topic. Predicted topics outside that list are ignored. Micro scores sum the
 *       per-topic counts.</li>
 *   <li>Claims: only {@link Scope#TOTAL} figures count, on both sides; region and cumulative figures are
 *       parts of, or spans beyond, a night's total and are not what the ledger sums.</li>
 *   <li>A predicted {@link DroneClaim} gives one item per stated figure: {@code launched} and
 *       {@code destroyed} are separate items, as in gold.</li>
 *   <li>An item is the triple claimant country, metric, value. Claimant id, qualifier and day are not
 *       compared: ids are the extractor's vocabulary, and the country is what a reader checks.</li>
 *   <li>Matching is per article and as multisets: two identical gold items need two predictions.</li>
 * </ol>
 * Every unmatched item is listed in the report, with the extractor's evidence for false positives.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Command-line entry for {@code wirewatch eval --gold FILE --corpus DIR}: loads the gold set, the texts
     * and the analyzer from {@code configDir}, prints the report to {@code out}.
     *
     * @param corpusDir the shared dir holding {@code corpus/} and {@code seed/}, or the corpus dir itself
     *                  (the seed is then looked for in {@code ../seed}); see {@link CorpusReader#locateSharedDir}
     * @return 0 when the evaluation ran (whatever the scores), 1 when the gold, a text or the config could
     *         not be read (the reason is printed)
     */
    public static int run(Path gold, Path corpusDir, Path configDir, PrintStream out) {
        return run(gold, corpusDir, configDir, ZoneOffset.UTC, out);
    }

    /** As {@link #run(Path, Path, Path, PrintStream)}, with the zone the analyzer assigns days in. */
    public static int run(Path gold, Path corpusDir, Path configDir, ZoneId zone, PrintStream out) {
        try {
            GoldSet goldSet = GoldSet.load(gold);
            Analyzer analyzer = Analyzer.load(configDir, zone);
            EvalReport report = evaluate(analyzer, goldSet, CorpusReader.locateSharedDir(corpusDir));
            report.print(out);
            return 0;
        } catch (NoSuchFileException e) {
            out.println("eval failed: no such file " + e.getFile());
            return 1;
        } catch (IOException e) {
            out.println("eval failed: " + e.getMessage());
            return 1;
        }
    }

    /** Reads every gold article's text from {@code sharedDir}, analyzes it and scores the result. */
    public static EvalReport evaluate(Analyzer analyzer, GoldSet gold, Path sharedDir) throws IOException {
        List<String> failures = new ArrayList<>();
        return score(gold, predict(analyzer, gold, sharedDir, failures), failures);
    }

    /**
     * {@code wirewatch eval} over several gold files or directories: a summary line per group (see
     * {@link #byGroup}), then the misses of the articles in {@code missesOf} ({@code tune}, {@code check},
     * {@code all} or {@code none}). Why tune by default: rules are fitted to what one reads, and the check
     * split must stay unread to mean anything.
     */
    public static int run(List<Path> golds, Path corpusDir, Path configDir, ZoneId zone, String missesOf,
                          PrintStream out) {
        try {
            GoldSet goldSet = GoldSet.load(golds);
            Analyzer analyzer = Analyzer.load(configDir, zone);
            List<String> failures = new ArrayList<>();
            Map<String, EnrichedArticle> predictions = predict(analyzer, goldSet,
                    CorpusReader.locateSharedDir(corpusDir), failures);
            Map<String, EvalReport> groups = byGroup(goldSet, predictions, failures);
            EvalReport.printSummary(groups, out);
            if (!"none".equals(missesOf)) {
                GoldSet shown = "all".equals(missesOf) ? goldSet : goldSet.only(missesOf);
                out.printf(Locale.ROOT, "%n== %s split in detail ==%n", missesOf);
                score(shown, predictions, failures).print(out);
            }
            return 0;
        } catch (NoSuchFileException e) {
            out.println("eval failed: no such file " + e.getFile());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("eval failed: " + e.getMessage());
            return 1;
        }
    }

    /** A wire we wrote ourselves, as the service would receive it. */
    static Article inlineArticle(GoldArticle g) {
        Instant published = g.published() == null ? CorpusReader.UNKNOWN_PUBLISHED
                : OffsetDateTime.parse(g.published()).toInstant();
        return new Article(g.id(), g.source(), published, g.language(), g.title(), g.body(), null);
    }

    /**
     * Scores every group of the set: {@code all}, each split, each split by language and by kind
     * ({@code check/ar}, {@code check/long}, ...), in that order; groups with no article are left out.
     */
    public static Map<String, EvalReport> byGroup(GoldSet gold, Map<String, EnrichedArticle> predictions,
                                                  List<String> failures) {
        Map<String, List<GoldArticle>> groups = new LinkedHashMap<>();
        groups.put("all", new ArrayList<>(gold.articles()));
        for (String split : List.of("tune", "check")) {
            groups.put(split, new ArrayList<>());
            for (String lang : List.of("ar", "en", "ru", "uk")) {
                groups.put(split + "/" + lang, new ArrayList<>());
            }
            for (String kind : List.of("short", "long")) {
                groups.put(split + "/" + kind, new ArrayList<>());
            }
        }
        for (GoldArticle g : gold.articles()) {
            groups.get(g.split()).add(g);
            groups.computeIfAbsent(g.split() + "/" + g.language(), k -> new ArrayList<>()).add(g);
            groups.get(g.split() + "/" + g.kind()).add(g);
        }
        Map<String, EvalReport> out = new LinkedHashMap<>();
        groups.forEach((name, articles) -> {
            if (!articles.isEmpty()) {
                out.put(name, score(new GoldSet(articles), predictions, failures));
            }
        });
        return out;
    }

    /** Analyzes every article of the set; an article the analyzer throws on is named in {@code failures}. */
    public static Map<String, EnrichedArticle> predict(Analyzer analyzer, GoldSet gold, Path sharedDir,
                                                       List<String> failures) throws IOException {
        CorpusReader reader = new CorpusReader(sharedDir);
        Map<String, EnrichedArticle> predictions = new LinkedHashMap<>();
        for (GoldArticle g : gold.articles()) {
            Article article = g.inline() ? inlineArticle(g) : reader.article(g.file(), g.id());
            try {
                predictions.put(g.id(), analyzer.analyze(article));
            } catch (RuntimeException e) {
                failures.add(g.id() + ": " + e);
            }
        }
        return predictions;
    }

    /** Scores given predictions; an article missing from {@code predictions} predicted nothing. */
    public static EvalReport score(GoldSet gold, Map<String, EnrichedArticle> predictions) {
        return score(gold, predictions, List.of());
    }

    static EvalReport score(GoldSet gold, Map<String, EnrichedArticle> predictions, List<String> failures) {
        Map<String, Counts> perTopic = new LinkedHashMap<>();
        GoldSet.TOPICS.forEach(t -> perTopic.put(t, Counts.ZERO));
        List<Miss> topicMisses = new ArrayList<>();
        List<Miss> claimMisses = new ArrayList<>();
        Counts claims = Counts.ZERO;
        Counts roles = Counts.ZERO;
        int negatives = 0;
        int total = 0;
        int region = 0;
        int cumulative = 0;

        for (GoldArticle g : gold.articles()) {
            EnrichedArticle p = predictions.get(g.id());
            Set<String> predicted = p == null ? Set.of()
                    : p.topics().stream().map(TopicTag::topic).collect(Collectors.toSet());
            for (String topic : GoldSet.TOPICS) {
                boolean inGold = g.topics().contains(topic);
                boolean inPred = predicted.contains(topic);
                Counts c = new Counts(inGold && inPred ? 1 : 0, !inGold && inPred ? 1 : 0, inGold && !inPred ? 1 : 0);
                perTopic.merge(topic, c, Counts::plus);
                if (c.fp() == 1) {
                    topicMisses.add(new Miss(g.id(), Kind.TOPIC, Error.FALSE_POSITIVE, topic, null, null));
                } else if (c.fn() == 1) {
                    topicMisses.add(new Miss(g.id(), Kind.TOPIC, Error.FALSE_NEGATIVE, topic, null, null));
                }
            }
            List<DroneClaim> predictedClaims = p == null ? List.of() : p.claims();
            claims = claims.plus(matchClaims(g, predictedClaims, claimMisses));
            roles = roles.plus(matchRoles(g, predictedClaims, claimMisses));
            if (g.claims().isEmpty()) {
                negatives++;
            }
            for (GoldClaim c : g.claims()) {
                switch (c.scope()) {
                    case "total" -> total++;
                    case "region" -> region++;
                    default -> cumulative++;
                }
            }
        }
        List<TopicScore> topics = perTopic.entrySet().stream()
                .map(e -> new TopicScore(e.getKey(), e.getValue())).toList();
        Counts micro = topics.stream().map(TopicScore::counts).reduce(Counts.ZERO, Counts::plus);
        List<Miss> misses = new ArrayList<>(topicMisses);
        misses.addAll(claimMisses);
        return new EvalReport(gold.size(), topics, micro, claims, roles, negatives,
                new ScopeCounts(total, region, cumulative), misses, failures);
    }

    /** What is compared: who (by country) said how many drones were launched or destroyed. */
    record ClaimKey(String country, String metric, int value) {
        @Override
        public String toString() {
            return country + " " + metric + " " + value;
        }
    }

    private record Predicted(ClaimKey key, DroneClaim claim) {
    }

    /** Multiset match of one article's total-scope items; adds every unmatched item to {@code misses}. */
    static Counts matchClaims(GoldArticle gold, List<DroneClaim> predictedClaims, List<Miss> misses) {
        return match(gold, items(predictedClaims), GoldSet.FIGURE_METRICS, Kind.CLAIM, misses);
    }

    /** As {@link #matchClaims}, for the roles carried beside the figures: {@code lost} and {@code hit}. */
    static Counts matchRoles(GoldArticle gold, List<DroneClaim> predictedClaims, List<Miss> misses) {
        return match(gold, roleItems(predictedClaims), Set.of("lost", "hit"), Kind.ROLE, misses);
    }

    private static Counts match(GoldArticle gold, List<Predicted> predicted, Set<String> metrics, Kind kind,
                                List<Miss> misses) {
        Map<ClaimKey, List<GoldClaim>> open = new LinkedHashMap<>();
        for (GoldClaim c : gold.claims("total")) {
            if (!metrics.contains(c.metric())) {
                continue;
            }
            open.computeIfAbsent(new ClaimKey(country(c.claimantCountry()), c.metric(), c.value()),
                    k -> new ArrayList<>()).add(c);
        }
        int tp = 0;
        int fp = 0;
        for (Predicted p : predicted) {
            List<GoldClaim> candidates = open.getOrDefault(p.key(), List.of());
            if (!candidates.isEmpty()) {
                candidates.remove(0);
                tp++;
            } else {
                fp++;
                DroneClaim c = p.claim();
                misses.add(new Miss(gold.id(), kind, Error.FALSE_POSITIVE, p.key().toString(), c.claimant(),
                        c.evidence() == null ? null : c.evidence().text()));
            }
        }
        int fn = 0;
        for (Map.Entry<ClaimKey, List<GoldClaim>> e : open.entrySet()) {
            for (GoldClaim c : e.getValue()) {
                fn++;
                misses.add(new Miss(gold.id(), kind, Error.FALSE_NEGATIVE, e.getKey().toString(), c.claimant(),
                        null));
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** The claim's figures, item by item, as the claim F1 compares them. */
    private static final Map<String, Function<DroneClaim, Integer>> FIGURES = Map.of(
            "launched", DroneClaim::launched, "destroyed", DroneClaim::destroyed);
    /** The roles carried beside the figures. */
    private static final Map<String, Function<DroneClaim, Integer>> ROLES = Map.of(
            "lost", DroneClaim::lost, "hit", DroneClaim::hit);

    private static List<Predicted> items(List<DroneClaim> claims) {
        return items(claims, FIGURES);
    }

    private static List<Predicted> roleItems(List<DroneClaim> claims) {
        return items(claims, ROLES);
    }

    /** One item per stated figure of every total-scope claim, in a stable metric order. */
    private static List<Predicted> items(List<DroneClaim> claims, Map<String, Function<DroneClaim, Integer>> metrics) {
        List<String> order = metrics.keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        List<Predicted> out = new ArrayList<>();
        for (DroneClaim c : claims) {
            if (c.scope() != Scope.TOTAL) {
                continue;
            }
            for (String metric : order) {
                Integer v = metrics.get(metric).apply(c);
                if (v != null) {
                    out.add(new Predicted(new ClaimKey(country(c.claimantCountry()), metric, v), c));
                }
            }
        }
        return out;
    }

    private static String country(String cc) {
        return cc == null ? "??" : cc.strip().toUpperCase(Locale.ROOT);
    }
}

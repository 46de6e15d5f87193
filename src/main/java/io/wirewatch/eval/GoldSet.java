package io.wirewatch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-labelled dev set ({@code dev/gold.jsonl}): one {@link GoldArticle} per line, snake_case keys.
 * The format and the labelling guide live in {@code dev/README.md}.
 *
 * <p>Loading validates every line (known topics, metrics, scopes and qualifiers, a positive value, a
 * two-letter claimant country, unique ids) and fails with the line number, so a typo in the gold never
 * turns silently into a wrong score.
 */
public record GoldSet(List<GoldArticle> articles) {

    /** The topics the service tags and the evaluator scores, in report order. */
    public static final List<String> TOPICS = List.of("diplomacy", "drone_strikes", "naval_events");
    public static final Set<String> METRICS = Set.of("launched", "destroyed");
    public static final Set<String> SCOPES = Set.of("total", "region", "cumulative");
    public static final Set<String> QUALIFIERS = Set.of("exact", "approximate", "at_least", "at_most");

    public GoldSet {
        articles = List.copyOf(articles);
    }

    /**
     * One labelled article.
     *
     * @param file where the text lives, relative to the shared dir: {@code corpus/<name>.ndjson} or
     *             {@code seed/<name>.txt}
     * @param note the labeller's short reason, never text from the article
     */
    public record GoldArticle(
            String id,
            String file,
            String language,
            List<String> topics,
            List<GoldClaim> claims,
            String note) {

        public GoldArticle {
            topics = topics == null ? List.of() : List.copyOf(topics);
            claims = claims == null ? List.of() : List.copyOf(claims);
        }

        public List<GoldClaim> claims(String scope) {
            return claims.stream().filter(c -> c.scope().equals(scope)).toList();
        }
    }

    /**
     * One stated figure: a claimant said {@code value} drones were {@code metric}.
     *
     * @param claimantCountry ISO 3166 alpha-2 of the claimant (the one scored, with metric and value)
     * @param claimant        claimant id, e.g. {@code ua-air-force}, {@code ru-mod}
     * @param region          for {@code scope=region} rows, the area as a plain English name; else null
     */
    public record GoldClaim(
            String claimantCountry,
            String claimant,
            String metric,
            int value,
            String scope,
            String qualifier,
            String region) {
    }

    public static GoldSet load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldArticle> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            GoldArticle a;
            try {
                a = Json.mapper().readValue(line, GoldArticle.class);
            } catch (JsonProcessingException e) {
                throw new IOException(file + ":" + lineNo + ": not a gold record: " + e.getOriginalMessage(), e);
            }
            String problem = problem(a);
            if (problem != null) {
                throw new IOException(file + ":" + lineNo + ": " + problem);
            }
            Integer dup = seen.putIfAbsent(a.id(), lineNo);
            if (dup != null) {
                throw new IOException(file + ":" + lineNo + ": id " + a.id() + " already on line " + dup);
            }
            out.add(a);
        }
        return new GoldSet(out);
    }

    public Optional<GoldArticle> byId(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public int size() {
        return articles.size();
    }

    /** What is wrong with one record, or null when it is well formed. */
    static String problem(GoldArticle a) {
        if (a.id() == null || a.id().isBlank()) {
            return "missing id";
        }
        if (a.file() == null || a.file().isBlank()) {
            return a.id() + ": missing file";
        }
        for (String t : a.topics()) {
            if (!TOPICS.contains(t)) {
                return a.id() + ": unknown topic " + t;
            }
        }
        for (GoldClaim c : a.claims()) {
            if (c.claimantCountry() == null || !c.claimantCountry().matches("[A-Z]{2}")) {
                return a.id() + ": claimant_country must be two upper-case letters, got " + c.claimantCountry();
            }
            if (c.claimant() == null || !c.claimant().equals(c.claimant().toLowerCase(Locale.ROOT))
                    || !c.claimant().matches("[a-z]{2}-[a-z0-9-]+")) {
                return a.id() + ": claimant must be a kebab-case <cc>-<body> id, got " + c.claimant();
            }
            if (!METRICS.contains(c.metric())) {
                return a.id() + ": unknown metric " + c.metric();
            }
            if (!SCOPES.contains(c.scope())) {
                return a.id() + ": unknown scope " + c.scope();
            }
            if (!QUALIFIERS.contains(c.qualifier())) {
                return a.id() + ": unknown qualifier " + c.qualifier();
            }
            if (c.value() <= 0) {
                return a.id() + ": value must be positive, got " + c.value();
            }
        }
        return null;
    }
}

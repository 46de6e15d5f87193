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
import java.util.stream.Stream;
import java.util.zip.CRC32;

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
    /** The metrics of the claim F1 (what the ledger sums). */
    public static final Set<String> FIGURE_METRICS = Set.of("launched", "destroyed");
    /** Every role a labelled figure may have: the claim's figures, then the roles carried apart. */
    public static final Set<String> METRICS = Set.of("launched", "destroyed", "lost", "hit");
    public static final Set<String> KINDS = Set.of("short", "long");
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
            String note,
            String kind,
            String title,
            String body,
            String published,
            String source,
            String provenance) {

        public GoldArticle {
            topics = topics == null ? List.of() : List.copyOf(topics);
            claims = claims == null ? List.of() : List.copyOf(claims);
            kind = kind == null ? "short" : kind;
        }

        /** A record of the corpus, whose text is read from {@code file}. */
        public GoldArticle(String id, String file, String language, List<String> topics, List<GoldClaim> claims,
                           String note) {
            this(id, file, language, topics, claims, note, null, null, null, null, null, null);
        }

        /** Whether the record carries its own text (one we wrote) rather than pointing into the corpus. */
        public boolean inline() {
            return body != null;
        }

        /**
         * {@code check} or {@code tune}. Corpus records are all {@code tune}: earlier rules were fitted to them.
         * Our own wires split by id, see {@link GoldSet#split(String)}.
         */
        public String split() {
            return inline() ? GoldSet.split(id) : "tune";
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

    /** Share of records held out as the check split. */
    static final int CHECK_PERCENT = 35;

    /**
     * The split a record belongs to, from its id alone: {@code check} when {@code crc32(id) % 100 < 35}, else
     * {@code tune}. Nobody picks it, so no rule can be fitted to the check split by choosing what goes there.
     */
    public static String split(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < CHECK_PERCENT ? "check" : "tune";
    }

    /**
     * Loads a gold file, or every {@code *.jsonl} of a directory (in name order) as one set; ids must be unique
     * across all of them.
     */
    public static GoldSet load(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return loadFiles(List.of(path));
        }
        try (Stream<Path> files = Files.list(path)) {
            return loadFiles(files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList());
        }
    }

    /** Loads several gold files or directories as one set. */
    public static GoldSet load(List<Path> paths) throws IOException {
        List<GoldArticle> all = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Path p : paths) {
            for (GoldArticle a : load(p).articles()) {
                String dup = seen.putIfAbsent(a.id(), p.toString());
                if (dup != null) {
                    throw new IOException(p + ": id " + a.id() + " already in " + dup);
                }
                all.add(a);
            }
        }
        return new GoldSet(all);
    }

    private static GoldSet loadFiles(List<Path> files) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Path file : files) {
            for (GoldArticle a : loadFile(file)) {
                String dup = seen.putIfAbsent(a.id(), file.toString());
                if (dup != null) {
                    throw new IOException(file + ": id " + a.id() + " already in " + dup);
                }
                out.add(a);
            }
        }
        return new GoldSet(out);
    }

    private static List<GoldArticle> loadFile(Path file) throws IOException {
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
        return out;
    }

    /** The records of one split ({@code tune} or {@code check}). */
    public GoldSet only(String split) {
        return new GoldSet(articles.stream().filter(a -> a.split().equals(split)).toList());
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
        if ((a.file() == null || a.file().isBlank()) && a.body() == null) {
            return a.id() + ": missing file (or an inline body)";
        }
        if (!KINDS.contains(a.kind())) {
            return a.id() + ": unknown kind " + a.kind();
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

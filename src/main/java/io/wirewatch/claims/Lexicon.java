package io.wirewatch.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The words claim extraction looks for, read from every {@code *.properties} file of {@code config/claims/}.
 *
 * <p>All language files are merged into one lexicon: scripts hardly collide, an article may quote another
 * language, and the wire's language tag is sometimes missing or wrong. Syntax, one entry list per line:
 * <pre>
 *   # comment
 *   key = phrase, phrase, prefix*, ...
 * </pre>
 * A key may repeat; its lines add up. Unknown keys are errors, so a typo never silently disables a rule.
 */
final class Lexicon {
    static final String DRONE_NOUNS = "drone.nouns";
    static final String DRONE_HEADS = "drone.heads";
    static final String DRONE_DUALS = "drone.duals";
    static final String SEA_DRONE_NOUNS = "sea.drone.nouns";
    static final String DRONE_SINGULARS = "drone.singulars";
    static final String DRONE_SINGULAR_HEADS = "drone.singular_heads";
    static final String SINGULAR_DETERMINERS = "singular.determiners";
    static final String AIRCRAFT_HEADS = "aircraft.heads";
    static final String NONDRONE_NOUNS = "nondrone.nouns";
    static final String DATE_MONTHS = "date.months";
    static final String DATE_WEEKDAYS = "date.weekdays";
    static final String DESTROY_CUES = "destroy.cues";
    static final String LAUNCH_CUES = "launch.cues";
    static final String LOST_CUES = "lost.cues";
    static final String HIT_CUES = "hit.cues";
    static final String HIT_AFTER = "hit.after";
    static final String LAUNCH_ORIGINS = "launch.origins";
    static final String OTHER_CUES = "other.cues";
    static final String ALL_MARKERS = "all.markers";
    static final String ALL_PRONOUNS = "all.pronouns";
    static final String CLAUSE_BOUNDARIES = "clause.boundaries";
    static final String CLAUSE_AFTER_COMMA = "clause.boundaries.after_comma";
    static final String COMPLEMENTIZERS = "reporting.complementizers";
    static final String RELATIVE_PRONOUNS = "relative.pronouns";
    static final String ADDITIONAL = "additional.markers";
    static final String TOTAL_VERBS = "total.verbs";
    static final String COUNT_NOUNS = "count.nouns";
    static final String COUNT_PREPOSITIONS = "count.prepositions";
    static final String ATTACK_NOUNS = "attack.nouns";
    static final String DISJUNCTIONS = "disjunctions";
    static final String APPROXIMATE = "qualifier.approximate";
    static final String AT_LEAST = "qualifier.at_least";
    static final String AT_MOST = "qualifier.at_most";
    static final String NEGATORS = "figure.negators";
    static final String ALL_BUT = "figure.all_but";
    static final String EVERY = "figure.every";
    static final String CUMULATIVE = "cumulative.markers";
    static final String SAME_PERIOD = "same.period.markers";
    static final String ORDINALS = "ordinal.words";
    static final String ORDINAL_SUFFIXES = "ordinal.suffixes";
    static final String SINCE = "since.markers";
    static final String SINCE_BEGAN = "since.began";
    static final String RANGE_MARKERS = "range.markers";
    static final String RANGE_JOINERS = "range.joiners";
    static final String DAILY = "daily.markers";
    static final String BREAKDOWN = "breakdown.markers";
    static final String LARGEST = "largest.markers";
    static final String OWN_COUNT = "own.count.markers";
    static final String AGENT_NOUNS = "agent.nouns";
    static final String PART = "part.markers";
    static final String WHOLE_AFTER = "whole.after";
    static final String WHOLE_BEFORE = "whole.before";
    static final String REGION_PREPOSITIONS = "region.prepositions";
    static final String REGION_FILLERS = "region.fillers";
    static final String REGION_VAGUE = "region.vague";
    static final String REGION_STOPS = "region.stops";
    static final String REPORTING = "reporting.verbs";
    static final String REPORTING_CLAIMANT_BEFORE = "reporting.verbs.claimant_before";
    static final String REPORTING_SOURCES = "reporting.sources";
    static final String BACKWARD = "backward.markers";
    static final String TALLY_OPENERS = "tally.openers";
    static final String COMPARISON = "comparison.markers";
    static final String BRACKET_SOURCES = "bracket.sources";
    static final String PASSIVE_AUXILIARIES = "passive.auxiliaries";
    static final String DRILLS = "drill.markers";
    static final String CONTINUATION = "continuation.cues";
    static final String TARGET_PREPOSITIONS = "target.prepositions";
    static final String DATELINE_JOINERS = "dateline.joiners";
    static final String ATTACKER_PREFIX = "attacker.";
    static final String PLACE_PREFIX = "place.";
    static final String BODY_PREFIX = "body.";

    private static final Set<String> KEYS = Set.of(DRONE_NOUNS, DRONE_HEADS, DRONE_DUALS, SEA_DRONE_NOUNS, DRONE_SINGULARS, DRONE_SINGULAR_HEADS, SINGULAR_DETERMINERS, AIRCRAFT_HEADS, NONDRONE_NOUNS, DATE_MONTHS, DATE_WEEKDAYS, DESTROY_CUES,
            LAUNCH_CUES, LOST_CUES, HIT_CUES, HIT_AFTER, LAUNCH_ORIGINS, OTHER_CUES, ALL_MARKERS, ALL_PRONOUNS, CLAUSE_BOUNDARIES, CLAUSE_AFTER_COMMA, COMPLEMENTIZERS, RELATIVE_PRONOUNS, ADDITIONAL, TOTAL_VERBS, COUNT_NOUNS, COUNT_PREPOSITIONS, ATTACK_NOUNS, DISJUNCTIONS, APPROXIMATE, AT_LEAST, AT_MOST, NEGATORS, ALL_BUT, EVERY, CUMULATIVE, SAME_PERIOD, ORDINALS, ORDINAL_SUFFIXES, SINCE, SINCE_BEGAN, TALLY_OPENERS, COMPARISON, BRACKET_SOURCES, PASSIVE_AUXILIARIES, DRILLS, RANGE_MARKERS, RANGE_JOINERS, DAILY, BREAKDOWN, LARGEST, OWN_COUNT, AGENT_NOUNS, PART, WHOLE_AFTER,
            WHOLE_BEFORE, REGION_PREPOSITIONS, REGION_FILLERS, REGION_VAGUE, REGION_STOPS, REPORTING,
            REPORTING_CLAIMANT_BEFORE, REPORTING_SOURCES, BACKWARD, CONTINUATION, TARGET_PREPOSITIONS, DATELINE_JOINERS);

    private final Map<String, PhraseSet> sets;
    private final Map<String, PhraseSet> attackers;
    private final Map<String, PhraseSet> places;
    private final Map<String, PhraseSet> bodies;

    /**
     * The same sets by the identity of the key constants. Why: the claim reader asks for a set at almost every
     * token, and hashing and comparing the key string each time was ~7% of its time.
     */
    private final Map<String, PhraseSet> byConstant = new java.util.IdentityHashMap<>();

    /**
     * The same again, in a table where each key constant has a slot of its own (by its cached string hash): one
     * array read and one identity compare per question. Why: {@link #get} is asked several times per token and
     * position, and the identity map's hashing and probing was still ~10% of the claim reader's time.
     */
    private static final int MAX_SLOTS = 1 << 16;
    private final String[] slotKeys;
    private final PhraseSet[] slotSets;

    private Lexicon(Map<String, PhraseSet> sets, Map<String, PhraseSet> attackers, Map<String, PhraseSet> places,
                    Map<String, PhraseSet> bodies) {
        this.sets = sets;
        this.attackers = attackers;
        this.places = places;
        this.bodies = bodies;
        for (String key : KEYS) {
            byConstant.put(key, sets.getOrDefault(key, PhraseSet.EMPTY));
        }
        int slots = Integer.highestOneBit(KEYS.size()) * 2;
        while (!distinctSlots(slots) && slots < MAX_SLOTS) {
            slots *= 2;
        }
        slotKeys = new String[slots];
        slotSets = new PhraseSet[slots];
        for (String key : KEYS) {
            int at = slot(key, slots);
            if (slotKeys[at] == null) { // a key left without a slot of its own is found in byConstant
                slotKeys[at] = key;
                slotSets[at] = byConstant.get(key);
            }
        }
    }

    private static boolean distinctSlots(int slots) {
        boolean[] taken = new boolean[slots];
        for (String key : KEYS) {
            int at = slot(key, slots);
            if (taken[at]) {
                return false;
            }
            taken[at] = true;
        }
        return true;
    }

    private static int slot(String key, int slots) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (slots - 1);
    }

    /** Country names a sentence can place itself in ("وفي الكويت،", "In Kuwait,"), by ISO 3166 alpha-2 country. */
    Map<String, PhraseSet> places() {
        return places;
    }

    /** Names of a kind of body that say no country ("وزارة الدفاع", "the defence ministry"), by kind ({@code mod}). */
    Map<String, PhraseSet> bodies() {
        return bodies;
    }

    PhraseSet get(String key) {
        int at = slot(key, slotKeys.length);
        if (slotKeys[at] == key) {
            return slotSets[at];
        }
        PhraseSet set = byConstant.get(key);
        return set != null ? set : sets.getOrDefault(key, PhraseSet.EMPTY);
    }

    /** Every set, for compiling them together. */
    List<PhraseSet> allSets() {
        List<PhraseSet> all = new java.util.ArrayList<>(sets.values());
        all.addAll(attackers.values());
        all.addAll(places.values());
        all.addAll(bodies.values());
        return all;
    }

    /** Attacker cues by ISO 3166 alpha-2 country. */
    Map<String, PhraseSet> attackers() {
        return attackers;
    }

    static Lexicon load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ClaimConfigException("claim lexicon directory " + dir + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new ClaimConfigException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ClaimConfigException("no *.properties lexicon in " + dir);
        }
        Map<String, PhraseSet> sets = new LinkedHashMap<>();
        Map<String, PhraseSet> attackers = new TreeMap<>();
        Map<String, PhraseSet> places = new TreeMap<>();
        Map<String, PhraseSet> bodies = new TreeMap<>();
        for (Path f : files) {
            read(f, sets, attackers, places, bodies);
        }
        return new Lexicon(Collections.unmodifiableMap(sets), Collections.unmodifiableMap(attackers),
                Collections.unmodifiableMap(places), Collections.unmodifiableMap(bodies));
    }

    private static final String COUNTRY = "[A-Z]{2}";
    private static final String KIND = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The set of a prefixed key ({@code attacker.UA}, {@code place.KW}, {@code body.mod}), its suffix checked. */
    private static PhraseSet keyed(Map<String, PhraseSet> by, String key, String prefix, String pattern, String what,
                                   String where) {
        String suffix = key.substring(prefix.length());
        if (!suffix.matches(pattern)) {
            throw new ClaimConfigException(where + ": key '" + key + "' needs " + what + " after '" + prefix + "'");
        }
        return by.computeIfAbsent(suffix, c -> new PhraseSet());
    }

    private static void read(Path file, Map<String, PhraseSet> sets, Map<String, PhraseSet> attackers,
                             Map<String, PhraseSet> places, Map<String, PhraseSet> bodies) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (n + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ClaimConfigException(where + ": expected 'key = phrase, phrase, ...' but got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            PhraseSet set;
            if (key.startsWith(ATTACKER_PREFIX)) {
                set = keyed(attackers, key, ATTACKER_PREFIX, COUNTRY, "an ISO 3166 alpha-2 country in upper case", where);
            } else if (key.startsWith(PLACE_PREFIX)) {
                set = keyed(places, key, PLACE_PREFIX, COUNTRY, "an ISO 3166 alpha-2 country in upper case", where);
            } else if (key.startsWith(BODY_PREFIX)) {
                set = keyed(bodies, key, BODY_PREFIX, KIND, "a kind in lower case joined by '-' (the end of a claimant"
                        + " id)", where);
            } else if (KEYS.contains(key)) {
                set = sets.computeIfAbsent(key, k -> new PhraseSet());
            } else {
                throw new ClaimConfigException(where + ": unknown key '" + key + "'; known keys: "
                        + new TreeSet<>(KEYS) + ", attacker.<CC>, place.<CC> and body.<kind>");
            }
            for (String entry : line.substring(eq + 1).split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String problem = set.add(entry);
                if (problem != null) {
                    throw new ClaimConfigException(where + ": " + problem);
                }
            }
        }
    }
}

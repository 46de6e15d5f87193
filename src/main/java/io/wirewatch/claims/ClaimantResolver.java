package io.wirewatch.claims;

import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds who made the statement of a sentence: a gazetteer name standing next to a reporting verb.
 *
 * <p>Rules:
 * <ol>
 *   <li>A name followed by a colon is a headline attribution ("الدفاع الروسية:"): distance 0. So is a name that
 *       fills a bracket after the figures, alone or with a {@code bracket.sources} word ("(air force)", "(Air Force
 *       data)"); a name followed by its figures in brackets ("Russia's defence ministry (41 drones destroyed)
 *       said"); and, after a comma, a name and a dash that leave out the verb of the clause before ("Москва заявила
 *       о 18 ..., Киев — о 30").</li>
 *   <li>{@code reporting.verbs} may stand on either side of the name (Arabic VSO "أعلن سلاح الجو", SVO
 *       "الدفاع الروسية تعلن"); {@code reporting.verbs.claimant_before} only after it ("Ukraine's air force
 *       said"); {@code reporting.sources} only before it ("according to Ukraine's air force").</li>
 *   <li>At most {@link #WINDOW} tokens between name and verb ({@link #WINDOW_AFTER_VERB} when the verb comes
 *       first); the closest pair wins, then the earliest name.</li>
 *   <li>A name right after a target preposition ("on Ukraine", "على أوكرانيا") is the target, not a speaker.</li>
 *   <li>A sentence that opens by placing itself in a country ({@code place.<CC>}: "وفي الكويت،", "In Jordan,", or a
 *       dateline "ABU DHABI, 10th March (WAM) --": a place, a comma and a date)
 *       gives the bodies that name no country ({@code body.<kind>}: "وزارة الدفاع", "the army") to that country:
 *       {@code <cc>-<kind>}, the gazetteer's entry when it has one.</li>
 *   <li>A relaying agency is not in the gazetteer, so "نقلت وكالة تاس عن وزارة الدفاع الروسية" yields
 *       {@code ru-mod} through the reporting verb نقلت.</li>
 * </ol>
 * A name without a reporting verb ("drones launched by Russia") is never a claimant.
 */
final class ClaimantResolver {
    /** "Moscow Mayor Sergei Sobyanin reported": titles and a first and last name fit in six tokens. */
    static final int WINDOW = 6;
    /**
     * A verb before the name (Arabic VSO) is followed by it almost at once ("أعلن سلاح الجو", "نقلت وكالة تاس عن
     * وزارة الدفاع"); a wider reach picks up targets ("قال البيان إن القوات الروسية شنت هجمات على أوكرانيا").
     */
    static final int WINDOW_AFTER_VERB = 4;

    /** The claimant of a sentence and how firmly the sentence ties it to a reporting verb (0 = adjacent). */
    record Attribution(Claimant claimant, int distance, boolean headline) {
    }

    private final ClaimantGazetteer gazetteer;
    private final Lexicon lex;

    ClaimantResolver(ClaimantGazetteer gazetteer, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
    }

    /** The claimant of {@code tokens[from, to)}, or null. */
    Attribution resolve(List<Token> tokens, int from, int to) {
        return resolve(tokens, from, to, Map.of());
    }

    /**
     * The claimant of {@code tokens[from, to)}, or null; {@code earlier}: the body of each kind the article named last
     * before this sentence ({@link #namedBodies}), which a body that names no country refers back to.
     */
    Attribution resolve(List<Token> tokens, int from, int to, Map<String, Claimant> earlier) {
        Claimant best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean headline = false;
        PhraseSet targets = lex.get(Lexicon.TARGET_PREPOSITIONS);
        for (ClaimantGazetteer.Mention m : mentions(tokens, from, to, earlier)) {
            if (m.start() > from && targets.startOfMatchEndingAt(tokens, m.start(), from) >= 0) {
                continue; // "هجمات على أوكرانيا", "drones at Ukraine": a target, not a speaker
            }
            int d = distance(tokens, m, from, to);
            if (d < bestDistance) {
                bestDistance = d;
                best = m.claimant();
                headline = m.end() < to && tokens.get(m.end()).norm().equals(":");
            }
        }
        return best == null ? null : new Attribution(best, bestDistance, headline);
    }

    /** The one body (never a country speaking generically) named in {@code tokens[from, to)}, or null. */
    Claimant namedIn(List<Token> tokens, int from, int to) {
        Claimant found = null;
        for (ClaimantGazetteer.Mention m : gazetteer.find(tokens, from, to)) {
            if (m.claimant().id().endsWith(SameClaim.GENERIC_SUFFIX)
                    || found != null && !found.equals(m.claimant())) {
                return null;
            }
            found = m.claimant();
        }
        return found;
    }

    /** Words between a body's forces and their destroy verb ("forces successfully engaged and destroyed"). */
    static final int AGENT_GAP = 3;

    /**
     * With no reporting verb, a body's own forces doing the destroying speak for the body, as its press releases do:
     * "U.S. Central Command (CENTCOM) forces successfully destroyed seven UAS"; "Силами Черноморского флота
     * уничтожены ..." is not one (no forces word after the name). The name, an optional bracket, an
     * {@code agent.nouns} word, at most {@link #AGENT_GAP} words, then a destroy cue. Never a country speaking
     * generically: "Russian forces launched" is the attacker.
     */
    Claimant ownForces(List<Token> tokens, int from, int to) {
        PhraseSet forces = lex.get(Lexicon.AGENT_NOUNS);
        PhraseSet destroy = lex.get(Lexicon.DESTROY_CUES);
        for (ClaimantGazetteer.Mention m : gazetteer.find(tokens, from, to)) {
            if (m.claimant().id().endsWith(SameClaim.GENERIC_SUFFIX)) {
                continue;
            }
            int k = afterParenthesis(tokens, m.end(), to);
            int len = forces.matchAt(tokens, k, to);
            if (len == 0) {
                continue;
            }
            for (int j = k + len; j < Math.min(to, k + len + 1 + AGENT_GAP); j++) {
                if (destroy.matchAt(tokens, j, to) > 0) {
                    return m.claimant();
                }
            }
        }
        return null;
    }

    /**
     * Gazetteer names, and in a sentence placed in a country ("وفي الكويت، قال المتحدث باسم وزارة الدفاع", "In
     * Jordan, the army said") the bodies that name no country ({@code body.<kind>}): they are that country's,
     * {@code <cc>-<kind>}, and replace a gazetteer name they cover ("the Defence Ministry" is not Russia's there).
     */
    private List<ClaimantGazetteer.Mention> mentions(List<Token> tokens, int from, int to,
                                                     Map<String, Claimant> earlier) {
        List<ClaimantGazetteer.Mention> named = gazetteer.find(tokens, from, to);
        Map.Entry<String, Integer> lead = leadIn(tokens, from, to);
        if (lead == null) {
            return earlier.isEmpty() ? named : referringBack(tokens, from, to, named, earlier);
        }
        String country = lead.getKey();
        // "وفي موسكو، أعلن العمدة سوبيانين": the place a sentence opens in is where it speaks from, not who speaks
        named = named.stream().filter(m -> m.start() >= lead.getValue()).toList();
        List<ClaimantGazetteer.Mention> out = bodies(tokens, from, to, kind -> countryBody(country, kind));
        for (ClaimantGazetteer.Mention m : named) {
            if (out.stream().noneMatch(b -> b.start() <= m.start() && m.end() <= b.end())
                    || m.claimant().country().equals(country)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "Sudan's army says ... The army said its air defences shot down nine", "Drone strikes on Port Sudan ... The
     * army said": a body that names no country ({@code body.<kind>}) is the body of that kind of the country the
     * article named last before it, as a reader takes it; a body a name covers ("the army" of "the Israeli army")
     * is that name.
     */
    private List<ClaimantGazetteer.Mention> referringBack(List<Token> tokens, int from, int to,
                                                          List<ClaimantGazetteer.Mention> named,
                                                          Map<String, Claimant> earlier) {
        List<ClaimantGazetteer.Mention> out = new ArrayList<>(named);
        for (ClaimantGazetteer.Mention b : bodies(tokens, from, to, earlier::get)) {
            if (named.stream().noneMatch(m -> m.start() < b.end() && b.start() < m.end())) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The bodies that name no country ({@code body.<kind>}) in {@code tokens[from, to)}, left to right, each as the
     * claimant {@code of} gives its kind; a kind it gives none for is no mention.
     */
    private List<ClaimantGazetteer.Mention> bodies(List<Token> tokens, int from, int to,
                                                   java.util.function.Function<String, Claimant> of) {
        List<ClaimantGazetteer.Mention> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            for (Map.Entry<String, PhraseSet> body : lex.bodies().entrySet()) {
                int len = body.getValue().matchAt(tokens, k, to);
                Claimant claimant = len > 0 ? of.apply(body.getKey()) : null;
                if (claimant != null) {
                    out.add(new ClaimantGazetteer.Mention(claimant, k, k + len));
                    k += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * What a later "the army" or "the ministry" refers back to, by kind, after {@code tokens[from, to)}: the last
     * country named there, as its body of that kind ("Sudan", "Sudan's army": {@code sd-army}); a named body of
     * another kind ("Sudan's information minister") leaves the kinds it is not alone.
     */
    void namedBodies(List<Token> tokens, int from, int to, Map<String, Claimant> into) {
        for (ClaimantGazetteer.Mention m : gazetteer.find(tokens, from, to)) {
            String id = m.claimant().id();
            for (String kind : lex.bodies().keySet()) {
                if (isKind(id, kind)) {
                    into.put(kind, m.claimant());
                } else if (id.endsWith(SameClaim.GENERIC_SUFFIX)) {
                    into.put(kind, countryBody(m.claimant().country(), kind));
                }
            }
        }
    }

    /** The country of a place lead-in at {@code from} and the index of its comma (or its joiner), or null. */
    private Map.Entry<String, Integer> leadIn(List<Token> tokens, int from, int to) {
        int k = from;
        if (k >= to || lex.places().isEmpty()) {
            return null;
        }
        // "In Kuwait, ...", or a dateline: "ABU DHABI, 10th March (WAM) -- The Ministry of Defence said"
        boolean dateline = lex.get(Lexicon.REGION_PREPOSITIONS).matchAt(tokens, k, to) != 1;
        if (!dateline) {
            k++;
        }
        for (Map.Entry<String, PhraseSet> place : lex.places().entrySet()) {
            int len = place.getValue().matchAt(tokens, k, to);
            if (len > 0 && k + len < to && isComma(tokens.get(k + len))
                    && (!dateline || datedAfter(tokens, k + len + 1, to))) {
                return Map.entry(place.getKey(), k + len);
            }
            // an agency's dateline: "أبوظبي في 4 مارس / وام /", "الكويت - 3 - 3 (كونا)": a place, a joiner, a date
            int join = len > 0 && dateline && k + len < to
                    ? lex.get(Lexicon.DATELINE_JOINERS).matchAt(tokens, k + len, to) : 0;
            if (join > 0 && datedAfter(tokens, k + len + join, to)) {
                return Map.entry(place.getKey(), k + len);
            }
        }
        return null;
    }

    /** A date right after a dateline's comma: a month or a number within two tokens ("March 5", "10th March"). */
    private boolean datedAfter(List<Token> tokens, int k, int to) {
        for (int j = k; j < Math.min(to, k + 2); j++) {
            if (tokens.get(j).isNumber() || tokens.get(j).designation()
                    || lex.get(Lexicon.DATE_MONTHS).matchAt(tokens, j, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gazetteer's ids a body kind goes by besides {@code <cc>-<kind>}: a country's army is {@code sd-army},
     * {@code pk-military}, {@code pl-armed-forces} or {@code il-idf}, and one statement must keep one id.
     */
    private static final Map<String, List<String>> KIND_IDS =
            Map.of("army", List.of("army", "military", "armed-forces", "idf"));

    private static boolean isKind(String id, String kind) {
        for (String suffix : KIND_IDS.getOrDefault(kind, List.of(kind))) {
            if (id.length() == 3 + suffix.length() && id.endsWith("-" + suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The country's body of a kind: the gazetteer's entry under any of the kind's ids, else {@code <cc>-<kind>}. */
    private Claimant countryBody(String country, String kind) {
        String cc = country.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : KIND_IDS.getOrDefault(kind, List.of(kind))) {
            Claimant known = gazetteer.byId(cc + "-" + suffix);
            if (known != null) {
                return known;
            }
        }
        return new Claimant(cc + "-" + kind, country, null);
    }

    /**
     * Where attributions begin inside {@code tokens(from, to)}: a name with a reporting verb right after it
     * ("..., Ukraine's air force said") or right before it ("وقالت إسرائيل", "according to the air force"),
     * where the verb or name starts. A sentence may hold two speakers' statements; each starts a clause.
     */
    List<Integer> attributionStarts(List<Token> tokens, int from, int to) {
        PhraseSet either = lex.get(Lexicon.REPORTING);
        PhraseSet before = lex.get(Lexicon.REPORTING_CLAIMANT_BEFORE);
        PhraseSet sources = lex.get(Lexicon.REPORTING_SOURCES);
        List<Integer> out = new ArrayList<>(2);
        Map.Entry<String, Integer> lead = leadIn(tokens, from, to);
        // "In Kuwait, the defence ministry said ...": the place and its speaker are one clause
        int firstPossible = lead == null ? from + 1 : lead.getValue() + 1;
        for (ClaimantGazetteer.Mention m : gazetteer.find(tokens, from, to)) {
            int start = -1;
            for (int k = m.start() - 1; k >= Math.max(from, m.start() - 3) && start < 0; k--) {
                int len = Math.max(either.matchAt(tokens, k, m.start()), sources.matchAt(tokens, k, m.start()));
                if (len > 0 && k + len >= m.start() - 1) {
                    start = k;
                }
            }
            int k = afterParenthesis(tokens, m.end() < to && tokens.get(m.end()).isQuote() ? m.end() + 1 : m.end(), to);
            boolean aside = (k > m.end() + 1 && hasNumber(tokens, m.end(), k)) || gapped(tokens, m, from, to);
            if (start < 0 && (aside || (k < to && (either.matchAt(tokens, k, to) > 0 || before.matchAt(tokens, k, to) > 0)))) {
                start = m.start();
            }
            if (start > from + 1 && start > firstPossible) {
                out.add(start);
            }
        }
        return out;
    }

    /** Whether the sentence reports someone's words at all ("a top official said"). */
    boolean hasReportingVerb(List<Token> tokens, int from, int to) {
        return lex.get(Lexicon.REPORTING_CLAIMANT_BEFORE).find(tokens, from, to) >= 0
                || lex.get(Lexicon.REPORTING).find(tokens, from, to) >= 0;
    }

    /** Whether the sentence continues the previous statement ("وأضاف البيان", "the ministry added"). */
    boolean isContinuation(List<Token> tokens, int from, int to) {
        // anywhere in the sentence: "..., according to the statement", "..., the force said in a statement"
        return lex.get(Lexicon.CONTINUATION).find(tokens, from, to) >= 0;
    }

    /** Longest bracketed aside after a name: its own figures ("Минобороны (52 сбитых беспилотника) сообщило"). */
    static final int MAX_PARENTHESIS = 30;

    /** The index after a bracketed aside that opens at {@code k} ("(...)"), or {@code k}. */
    static int afterParenthesis(List<Token> tokens, int k, int to) {
        if (k >= to || !tokens.get(k).norm().equals("(")) {
            return k;
        }
        for (int j = k + 1; j < Math.min(to, k + MAX_PARENTHESIS); j++) {
            if (tokens.get(j).norm().equals(")")) {
                return j + 1;
            }
        }
        return k;
    }

    /**
     * "downed 27 Russian drones overnight (air force)", "(Air Force data)", "(дані Повітряних сил)": a name that
     * fills a bracket, alone or with a {@code bracket.sources} word, is the source of its clause.
     */
    private boolean fillsBracket(List<Token> tokens, ClaimantGazetteer.Mention m, int from, int to) {
        PhraseSet sources = lex.get(Lexicon.BRACKET_SOURCES);
        int open = sources.startOfMatchEndingAt(tokens, m.start(), from);
        open = (open >= 0 ? open : m.start()) - 1;
        int close = m.end() + sources.matchAt(tokens, m.end(), to);
        if (open < from || !tokens.get(open).norm().equals("(") || close >= to || !tokens.get(close).norm().equals(")")) {
            return false;
        }
        // "движения «Ансар Аллах» (хуситов)": a bracket that glosses the name before it is no source
        int before = open > from && tokens.get(open - 1).isQuote() ? open - 1 : open;
        return gazetteer.find(tokens, Math.max(from, before - WINDOW), before).stream().noneMatch(n -> n.end() == before);
    }

    /** Longest aside in commas between a name and its verb that costs one word ("in turn", "для сравнения"). */
    static final int MAX_ASIDE = 3;

    /** The index after a comma-enclosed aside of at most {@link #MAX_ASIDE} words without numbers at {@code k}. */
    private static int afterAside(List<Token> tokens, int k, int to) {
        if (k >= to || !isComma(tokens.get(k))) {
            return k;
        }
        for (int j = k + 1; j < Math.min(to, k + MAX_ASIDE + 2); j++) {
            Token t = tokens.get(j);
            if (isComma(t)) {
                return j > k + 1 ? j + 1 : k;
            }
            if (t.isNumber() || t.isPunct()) {
                return k;
            }
        }
        return k;
    }

    /** How far back the verb a gapped clause leaves out may stand. */
    static final int GAP_REACH = 30;

    /**
     * "Москва заявила о 18 перехваченных беспилотниках, Киев — о 30 сбитых": after a comma, a name and a dash stand
     * for the name and the verb of the clause before, which must have one ("KYIV, Ukraine — ..." is a dateline).
     */
    private boolean gapped(List<Token> tokens, ClaimantGazetteer.Mention m, int from, int to) {
        // the comma may stand just before the clause that starts at the name
        if (m.start() < 2 || m.start() < from || m.end() >= to || !isComma(tokens.get(m.start() - 1))) {
            return false;
        }
        String next = tokens.get(m.end()).norm();
        int back = Math.max(0, m.start() - GAP_REACH);
        return (next.equals("—") || next.equals("–"))
                && (lex.get(Lexicon.REPORTING).find(tokens, back, m.start() - 1) >= 0
                || lex.get(Lexicon.REPORTING_CLAIMANT_BEFORE).find(tokens, back, m.start() - 1) >= 0);
    }

    private static boolean hasNumber(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isNumber()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComma(Token t) {
        return t.norm().equals(",") || t.norm().equals("،");
    }

    /** A number or a role verb between a name and a later reporting verb: the name is not its subject. */
    private boolean endsSubject(List<Token> tokens, int k, int to) {
        Token t = tokens.get(k);
        return t.isNumber()
                || lex.get(Lexicon.LAUNCH_CUES).matchAt(tokens, k, to) > 0
                || lex.get(Lexicon.DESTROY_CUES).matchAt(tokens, k, to) > 0;
    }

    private int distance(List<Token> tokens, ClaimantGazetteer.Mention m, int from, int to) {
        if (m.end() < to && tokens.get(m.end()).norm().equals(":") || gapped(tokens, m, from, to)
                || fillsBracket(tokens, m, from, to)) {
            return 0;
        }
        PhraseSet either = lex.get(Lexicon.REPORTING);
        PhraseSet before = lex.get(Lexicon.REPORTING_CLAIMANT_BEFORE);
        PhraseSet sources = lex.get(Lexicon.REPORTING_SOURCES);
        int best = Integer.MAX_VALUE;
        int commas = 0;
        // "Ukraine's air force (58 shot down out of 67) said": the name's own figures in brackets cost no distance
        int verbFrom = afterParenthesis(tokens, m.end(), to);
        int shift = verbFrom - m.end();
        if (shift > 0 && hasNumber(tokens, m.end(), verbFrom)) {
            return 0; // "Russia's Defence Ministry (41 destroyed) said ...", or with no verb at all
        }
        if (shift == 0) {
            // "В Министерстве обороны России, в свою очередь, заявили": a short aside in commas costs one word
            verbFrom = afterAside(tokens, m.end(), to);
            shift = verbFrom > m.end() ? verbFrom - m.end() - 1 : 0;
        }
        for (int k = verbFrom; k < Math.min(to, verbFrom + WINDOW + 1); k++) {
            if (either.matchAt(tokens, k, to) > 0 || before.matchAt(tokens, k, to) > 0) {
                // "катера ВСУ, сообщили в Минобороны": past one comma a name is less likely the speaker than the
                // name right after the verb; an apposition ("Popko, head of the administration, said") still counts
                best = k - m.end() - shift + (commas == 1 ? 1 : 0);
                break;
            }
            if (isComma(tokens.get(k))) {
                commas++;
            }
            if (endsSubject(tokens, k, to)) {
                break; // "the 86 drones Russia launched overnight, the air force said": Russia acts, does not speak
            }
        }
        boolean reportedSubject = m.start() > from
                && lex.get(Lexicon.COMPLEMENTIZERS).matchAt(tokens, m.start() - 1, m.start()) > 0;
        for (int k = m.start() - 1; !reportedSubject && k >= Math.max(from, m.start() - WINDOW_AFTER_VERB - 3); k--) {
            int len = Math.max(either.matchAt(tokens, k, m.start()), sources.matchAt(tokens, k, m.start()));
            if (len > 0) {
                int d = m.start() - (k + len);
                if (d <= WINDOW_AFTER_VERB) {
                    best = Math.min(best, d);
                }
                break;
            }
        }
        return best;
    }
}

package io.wirewatch.claims;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Evidence;
import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.Sentence;
import io.wirewatch.text.Token;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts drone-count claims (launched / destroyed, by whom, how exact, over what) from an article's text.
 *
 * <p>The pipeline, each step in its own class:
 * <ol>
 *   <li>The article's tokens and sentences as the pipeline cut them once ({@link AnalyzedText}), with offsets into
 *       the text; the lexicons compare Arabic words through their {@link CliticForms}.</li>
 *   <li>{@link ClaimantResolver}: the sentence's claimant, a gazetteer name next to a reporting verb; a sentence
 *       with two speakers is cut into clauses (see {@link #clauseStarts}), each clause's figures going to its own
 *       speaker. A masthead ("Повітряні сили: ...") speaks for the whole post; an unattributed sentence with drone
 *       figures takes the speaker the next sentence of its paragraph names.
 *       Without one, a sentence continues the claimant of the sentence right before it (or two before, past one
 *       that names nobody and counts nothing) in the same paragraph
 *       when that one stated drone figures, was a headline attribution ("الدفاع الروسية:"), ended in a colon
 *       that opens a list (then the next paragraph too: "نشر سلاح الجو حصيلته على النحو التالي:") or the sentence
 *       itself reports someone unnamed ("a top official said"); or of one up to {@link #CONTINUATION_REACH}
 *       sentences back when it says it continues ("وأضاف البيان", "the ministry added"). A figure nobody can be
 *       found for is dropped: precision first.</li>
 *   <li>{@link FigureFinder}: the numbers that count drones, their qualifier, region and role (part, whole,
 *       breakdown).</li>
 *   <li>{@link CueResolver}: the figure's role ({@link Metric}: launched, destroyed, lost, hit, other), and the
 *       attacker.</li>
 *   <li>{@link ClaimMerger}: scope (total / region / cumulative) and one claim per claimant and statement.</li>
 * </ol>
 * Everything is linear in the text length: every look-around is bounded by a constant window. Thread-safe;
 * never throws on input (null or empty text gives no claims).
 */
public final class ClaimExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);

    /** "وأضاف البيان" may follow a quote or two of the same statement. */
    static final int CONTINUATION_REACH = 3;
    /**
     * Real articles state a few dozen figures at most; past this many the text is a table or an attack on the
     * service, and the rest is ignored so that merging stays cheap.
     */
    static final int MAX_PARTS = 500;
    /**
     * Longest stretch of tokens read as one sentence. Real sentences stay far below it; a run-on "sentence"
     * (a table, a scraped page without punctuation, hostile input) is read in chunks of this size, which
     * keeps the per-sentence scans bounded and the whole extraction linear in the text length.
     */
    static final int MAX_SENTENCE_TOKENS = 256;
    /**
     * A sentence that says it continues ("وقال البيان إن ...") keeps the previous claimant unless its own name sits
     * right at a reporting verb: farther away the name is usually an actor or target of the quoted statement.
     */
    static final int LOOSE_ATTRIBUTION = 1;

    private final ClaimantResolver claimants;
    private final FigureFinder figures;
    private final CueResolver cues;
    private final Lexicon lex;
    private final ClaimMerger merger = new ClaimMerger();
    private final CompiledLexicons compiled;

    private ClaimExtractor(ClaimantGazetteer gazetteer, Lexicon lex) {
        this.lex = lex;
        List<PhraseSet> sets = new ArrayList<>(lex.allSets());
        sets.addAll(gazetteer.phraseSets());
        this.compiled = CompiledLexicons.compile(sets);
        this.claimants = new ClaimantResolver(gazetteer, lex);
        this.figures = new FigureFinder(lex);
        this.cues = new CueResolver(lex);
    }

    /**
     * Loads {@code claimants.tsv} and the lexicons of {@code claims/*.properties} from {@code configDir}.
     *
     * @throws ClaimConfigException naming the file and line of the first problem
     */
    public static ClaimExtractor load(Path configDir) {
        ClaimantGazetteer g = ClaimantGazetteer.load(configDir.resolve("claimants.tsv"));
        Lexicon lex = Lexicon.load(configDir.resolve("claims"));
        LOG.info("Loaded {} claimants and the claim lexicons from {}", g.size(), configDir);
        return new ClaimExtractor(g, lex);
    }

    /**
     * The claims of one article.
     *
     * @param text     the analysed text; every evidence span indexes into it
     * @param language ISO 639-1 hint, may be null: all lexicons apply to every text
     */
    public List<DroneClaim> extract(String articleId, LocalDate day, String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return extractFrom(articleId, day, AnalyzedText.of(text), language);
    }

    /**
     * The claims of one article already analysed (the article's one pass); evidence indexes into
     * {@link AnalyzedText#text()}.
     */
    public List<DroneClaim> extractFrom(String articleId, LocalDate day, AnalyzedText text, String language) {
        if (text.text().isEmpty()) {
            return List.of();
        }
        try {
            return merger.merge(articleId, day, parts(text));
        } catch (RuntimeException e) {
            // Why: one odd article must never stop the stream thread; it just yields no claims.
            LOG.warn("Claim extraction failed for article {}: {}", articleId, e.toString());
            return List.of();
        }
    }

    /** Carried from sentence to sentence: the statement being reported. */
    private static final class Statement {
        Claimant claimant;
        int sentence = -10;
        int paragraph = -1;
        boolean hadDrones;
        boolean headline;
        /** The claimant's sentence ended in a colon ("نشر سلاح الجو حصيلته على النحو التالي:"): a list follows. */
        boolean opensList;
        /** The claimant's sentence announced its tally and gave no figure ("Командование ... подвело итоги ночи"). */
        boolean opensTally;
        Metric lastMetric;
        /** "Повітряні сили: ..." as the first line: the whole post is that body's statement. */
        Claimant masthead;
        /** The sentence before, when it counted drones but named nobody: the next one may name its speaker. */
        Pending pending;
        /** Every sentence that counted drones but named nobody since the last speaker, in any paragraph. */
        final List<Pending> orphans = new ArrayList<>();
        /** The body of each kind named last so far ("Sudan's army"), which "the army" refers back to. */
        final Map<String, Claimant> bodies = new HashMap<>(4);
    }

    /**
     * An unattributed sentence with drone figures, kept for one sentence; {@code earlier}: the unattributed sentence
     * with figures right before it in the paragraph, up to {@link #PENDING_CHAIN} in all.
     */
    private record Pending(Sentence sentence, int a, int b, int index, List<Figure> found, Pending earlier, int depth,
                           int waited) {
        /** The sentence after which this one still waits for its speaker. */
        int last() {
            return index + waited;
        }
    }

    /**
     * "Підтверджено збиття 52 ... Ще 26 ... втрачені. Загалом противник запустив 81, — повідомили Повітряні сили":
     * a paragraph of figures whose speaker is named at its end, three sentences at most.
     */
    static final int PENDING_CHAIN = 3;

    /** The most unattributed figure sentences an explicit report back ("Такі дані наводять ...") speaks for. */
    static final int MAX_ORPHANS = 6;

    private List<ClaimPart> parts(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Token> tokens = compiled.scan(analyzed.tokens()); // every lexicon entry found, once
        List<Sentence> sentences = analyzed.sentences();
        List<ClaimPart> parts = new ArrayList<>();
        Statement st = new Statement();
        st.masthead = signature(tokens, sentences);
        int t = 0;
        int index = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            int a = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                t++;
            }
            int b = t;
            if (a == b) {
                continue; // emoji-only lines do not break a statement
            }
            for (int from = a; from < b; from += MAX_SENTENCE_TOKENS) {
                int to = Math.min(b, from + MAX_SENTENCE_TOKENS);
                Sentence chunk = b - a <= MAX_SENTENCE_TOKENS ? s
                        : new Sentence(from == a ? s.start() : tokens.get(from).start(),
                                to == b ? s.end() : tokens.get(to - 1).end(), s.paragraph());
                sentence(text, tokens, chunk, from, to, index, st, parts);
                claimants.namedBodies(tokens, from, to, st.bodies);
                index++;
            }
            if (parts.size() >= MAX_PARTS) {
                LOG.debug("Stopped after {} drone figures", parts.size());
                break;
            }
        }
        return parts;
    }

    /** The longest signature line: a name and a title ("— речник Повітряних сил Юрій Ігнат"). */
    static final int SIGNATURE_TOKENS = 10;

    /**
     * "Губернатор Брянской области А. Богомаз" as the post's last paragraph: a line of a name and a title, with no
     * figure and no verb, signs the whole post, as a masthead heads it; null when the post ends otherwise.
     */
    private Claimant signature(List<Token> tokens, List<Sentence> sentences) {
        // the last paragraph, whatever the splitter made of an initial ("А. Богомаз"), after a body before it
        int first = sentences.size() - 1;
        while (first > 0 && sentences.get(first - 1).paragraph() == sentences.get(first).paragraph()) {
            first--;
        }
        if (first == 0) {
            return null;
        }
        int start = sentences.get(first).start();
        int a = tokens.size();
        while (a > 0 && tokens.get(a - 1).start() >= start && tokens.size() - a <= SIGNATURE_TOKENS) {
            a--;
        }
        if (a > 0 && tokens.get(a - 1).start() >= start) {
            return null; // longer than a signature
        }
        int b = tokens.size();
        if (b - a == 0 || b - a > SIGNATURE_TOKENS || claimants.hasReportingVerb(tokens, a, b)) {
            return null;
        }
        for (int k = a; k < b; k++) {
            if (tokens.get(k).isNumber()) {
                return null;
            }
        }
        return claimants.namedIn(tokens, a, b);
    }

    private void sentence(String text, List<Token> tokens, Sentence s, int a, int b, int index, Statement st,
                          List<ClaimPart> parts) {
        if (lex.get(Lexicon.OWN_COUNT).find(tokens, a, b) >= 0 || lex.get(Lexicon.DRILLS).find(tokens, a, b) >= 0) {
            // "По подсчетам нашей редакции ...", "according to an AP tally": the outlet's own count, nobody's claim;
            // "تدريبات للدفاع الجوي على صد هجوم بـ30 مسيرة": a drill's drones are simulated, nobody's claim either
            st.pending = null;
            return;
        }
        ClaimantResolver.Attribution attribution = claimants.resolve(tokens, a, b, st.bodies);
        if (attribution == null && (st.claimant == null || st.paragraph != s.paragraph())
                && lex.get(Lexicon.AGENT_NOUNS).find(tokens, a, b) >= 0 && !claimants.hasReportingVerb(tokens, a, b)) {
            // "U.S. Central Command (CENTCOM) forces successfully destroyed seven UAS": a press release's own forces
            Claimant agent = claimants.ownForces(tokens, a, b);
            attribution = agent == null ? null : new ClaimantResolver.Attribution(agent, LOOSE_ATTRIBUTION, false);
        }
        Claimant own = attribution == null ? null : attribution.claimant();
        Claimant claimant = own;
        boolean carried = false;
        boolean continued = false;
        if (st.claimant != null && (own == null || attribution.distance() > LOOSE_ATTRIBUTION)) {
            continued = index - st.sentence <= CONTINUATION_REACH && claimants.isContinuation(tokens, a, b);
            boolean adjacent = own == null && index - st.sentence == 1 && s.paragraph() == st.paragraph
                    && (st.hadDrones || st.headline || claimants.hasReportingVerb(tokens, a, b));
            // "... 3 640 збито, повідомили Повітряні сили. Це один із найвищих показників. Лише минулої ночі ворог
            // атакував 112 дронами": one sentence between that names nobody and counts nothing
            adjacent |= own == null && index - st.sentence == 2 && s.paragraph() == st.paragraph && st.hadDrones
                    && st.pending == null;
            // "Повітряні сили: ..." or any attribution in the title ("Нічна атака: дані Повітряних сил"): the lead
            // goes on with that statement.
            boolean lead = own == null && index - st.sentence == 1 && s.paragraph() == st.paragraph + 1
                    && (st.headline || st.sentence == 0);
            // "... على النحو التالي:" then "- أُطلقت: 96 مسيرة": the list, in the same paragraph or the next
            boolean list = own == null && index - st.sentence == 1 && st.opensList
                    && (s.paragraph() == st.paragraph || s.paragraph() == st.paragraph + 1);
            // "Командование Воздушных сил подвело итоги минувшей ночи. Всего противник задействовал 143 ...": the
            // tally the speaker announced follows
            boolean tally = own == null && index - st.sentence == 1 && s.paragraph() == st.paragraph && st.opensTally;
            adjacent |= lead || list || tally;
            if (adjacent || continued) {
                claimant = st.claimant;
                carried = true;
            }
        }
        if (index == 0 && attribution != null && attribution.headline()) {
            st.masthead = own;
        }
        if (claimant == null && st.masthead != null && (st.claimant == null || st.claimant.equals(st.masthead))) {
            claimant = st.masthead; // until the post names someone else
            carried = true;
        }
        Pending pending = st.pending;
        // "Об этом сообщили ...", "говорится в сообщении ...": the sentence reports figures back explicitly
        boolean backward = lex.get(Lexicon.BACKWARD).find(tokens, a, b) >= 0;
        // "Russia attacked with 72 drones overnight. Air defences shot down 56 of them, ...": figures of the
        // sentence before, waiting for their speaker, count drones for this one's elliptical parts too
        boolean pendingBefore = pending != null && pending.last() == index - 1
                && (pending.sentence().paragraph() == s.paragraph() || pending.index() == 0
                // "... 19 others struck targets." then a paragraph of its own: "The Air Force reported this on Telegram."
                || (pending.sentence().paragraph() == s.paragraph() - 1 && backward));
        List<Figure> found = figures.find(tokens, a, b, (carried && st.hadDrones) || pendingBefore,
                index - st.sentence == 1 && st.hadDrones);
        Metric lastMetric = null;
        st.pending = null;
        int partsBefore = parts.size();
        Metric pendingMetric = null;
        // "Air defence downed 52 of them. Another 44 were lost, the statement said.": a sentence that goes on with
        // the statement by its own words speaks for the figures waiting before it too
        Claimant pendingSpeaker = own != null && !carried ? own
                : continued && carried ? claimant : null;
        boolean givesPending = pending != null && pendingSpeaker != null && pendingBefore
                && (pending.waited() == 0 ? !found.isEmpty() || backward || endsInAttribution(tokens, a, b)
                        // after a sentence between, only an explicit report back: "Об этом сообщили ...", "говорится в
                        // сообщении ..."; a quote's "..., Zelenskyy said" speaks for the quote alone
                        : found.isEmpty() && backward);
        if (backward && own != null && !carried && !st.orphans.isEmpty()) {
            // "... Станом на 09:00 збито/подавлено 104 ... Зафіксовано влучання 9 ... Такі дані наводять Повітряні
            // сили": an explicit report back after a bulletin that named nobody speaks for all of it, every paragraph
            java.util.Set<Integer> chain = new java.util.HashSet<>();
            for (Pending p = givesPending ? pending : null; p != null; p = p.earlier()) {
                chain.add(p.index());
            }
            Metric m = null;
            for (Pending o : st.orphans) {
                if (!chain.contains(o.index())) {
                    Metric r = attribute(text, tokens, o.sentence(), o.a(), o.b(), o.a(), o.a(), o.index(), own, m,
                            false, o.found(), parts);
                    m = r != null ? r : m;
                }
            }
            st.orphans.clear();
        }
        if (givesPending) {
            // "Ворог запустив 139 БпЛА. ... збито 110, повідомили Повітряні сили": the first sentence is the same
            // statement, its speaker named one sentence later in the paragraph
            pendingMetric = attributePending(text, tokens, pending, pendingSpeaker, parts);
        }
        List<Integer> clauses = found.isEmpty() ? List.of(a) : clauseStarts(tokens, a, b);
        boolean reports = carried && !found.isEmpty() && claimants.hasReportingVerb(tokens, a, b);
        if (clauses.size() > 1) {
            Claimant previous = carried ? claimant : null; // the sentence-wide name may be a later clause's
            Metric carriedMetric = carried ? st.lastMetric : pendingMetric;
            ClaimantResolver.Attribution[] named = new ClaimantResolver.Attribution[clauses.size()];
            for (int c = 0; c < clauses.size(); c++) {
                named[c] = claimants.resolve(tokens, clauses.get(c),
                        c + 1 < clauses.size() ? clauses.get(c + 1) : b, st.bodies);
            }
            for (int c = 0; c < clauses.size(); c++) {
                int cs = clauses.get(c);
                int ce = c + 1 < clauses.size() ? clauses.get(c + 1) : b;
                List<Figure> inClause = found.stream().filter(f -> f.start() >= cs && f.start() < ce).toList();
                ClaimantResolver.Attribution at = named[c];
                // Nobody named here: the speaker before, else the next one named ("138 drones ..., and 16 got
                // through, Ukraine's air force said")
                Claimant who = at != null ? at.claimant() : previous != null ? previous : nextNamed(named, c);
                if (at != null && !at.claimant().equals(previous)) {
                    carriedMetric = null; // a new speaker: "..., while Ukraine's air force said it shot down 28"
                    if (c > 0 && !inClause.isEmpty() && inClause.get(0).breakdown()) {
                        // "..., Киев — о 30 сбитых": no part of the figures another speaker gave before
                        List<Figure> fresh = new ArrayList<>(inClause);
                        fresh.set(0, fresh.get(0).withBreakdown(false));
                        inClause = fresh;
                    }
                }
                if (who != null && !inClause.isEmpty()) {
                    Sentence clause = new Sentence(tokens.get(cs).start(), tokens.get(ce - 1).end(), s.paragraph());
                    // A period named before this clause ("Over the whole week, Zelensky said, ...") covers it too.
                    // A clause that names nobody goes on with the sentence's verb: "сбиты не 40, ..., а 44 дрона"
                    int cueFrom = at == null ? a : cs;
                    Metric m = attribute(text, tokens, clause, cs, ce, a, cueFrom, index, who, carriedMetric,
                            carried && at == null && !reports, inClause, parts);
                    lastMetric = m != null ? m : lastMetric;
                    carriedMetric = m != null ? m : carriedMetric;
                }
                if (who != null) {
                    previous = who;
                    claimant = who;
                }
            }
        } else if (claimant != null && !found.isEmpty()) {
            lastMetric = attribute(text, tokens, s, a, b, a, a, index, claimant, carried ? st.lastMetric : pendingMetric,
                    carried && !reports, found, parts);
        }
        if (claimant == null && !found.isEmpty() && parts.size() == partsBefore) {
            // nobody to give these figures to, yet
            boolean chained = pending != null && pending.index() == index - 1 && pending.depth() < PENDING_CHAIN
                    && pending.sentence().paragraph() == s.paragraph();
            st.pending = new Pending(s, a, b, index, found, chained ? pending : null, chained ? pending.depth() + 1 : 1,
                    0);
            if (st.orphans.size() == MAX_ORPHANS) {
                st.orphans.remove(0);
            }
            st.orphans.add(new Pending(s, a, b, index, found, null, 1, 0));
        } else if (pending != null && pendingBefore && found.isEmpty() && own == null && !carried && pending.waited() == 0) {
            // "... уничтожили 19 из 26 БпЛА. Кроме того, противник выпустил две ракеты." then "..., говорится в
            // сообщении Воздушных сил": a sentence with neither drone figures nor a speaker does not end the wait for
            // a sentence that reports the figures back
            st.pending = new Pending(pending.sentence(), pending.a(), pending.b(), pending.index(), pending.found(),
                    pending.earlier(), pending.depth(), 1);
        }
        if (own != null || (carried && !found.isEmpty())) {
            st.orphans.clear();
            st.headline = !carried && attribution.headline();
            st.opensList = !carried && found.isEmpty() && b > a && tokens.get(b - 1).norm().equals(":");
            st.opensTally = !carried && found.isEmpty() && lex.get(Lexicon.TALLY_OPENERS).find(tokens, a, b) >= 0;
            st.claimant = claimant;
            st.sentence = index;
            st.paragraph = s.paragraph();
            st.hadDrones = lastMetric != null;
            st.lastMetric = lastMetric;
        }
    }

    /** Attributes a chain of pending sentences to {@code own}, the earliest first; returns the last metric. */
    private Metric attributePending(String text, List<Token> tokens, Pending p, Claimant own, List<ClaimPart> parts) {
        Metric before = p.earlier() == null ? null : attributePending(text, tokens, p.earlier(), own, parts);
        Metric m = attribute(text, tokens, p.sentence(), p.a(), p.b(), p.a(), p.a(), p.index(), own, before, false,
                p.found(), parts);
        return m != null ? m : before;
    }

    /**
     * A sentence without figures that gives its speaker to the sentence before, besides saying so ("Про це
     * повідомили Повітряні сили", {@code backward.markers}): it ends in its attribution ("Пострадавших нет, — заявил
     * губернатор", "No one was hurt, the governor said"), within {@link #TRAILING_ATTRIBUTION} tokens of its end.
     */
    private boolean endsInAttribution(List<Token> tokens, int a, int b) {
        for (int start : claimants.attributionStarts(tokens, a, b)) {
            if (start >= b - TRAILING_ATTRIBUTION) {
                return true;
            }
        }
        return false;
    }

    /** "— заявил губернатор Брянской области Александр Богомаз.": a speaker's name and title at the end. */
    private static final int TRAILING_ATTRIBUTION = 8;

    /** The claimant of the first clause after {@code c} that names one, or null. */
    private static Claimant nextNamed(ClaimantResolver.Attribution[] named, int c) {
        for (int k = c + 1; k < named.length; k++) {
            if (named[k] != null) {
                return named[k].claimant();
            }
        }
        return null;
    }

    /**
     * Where the clauses of {@code tokens[a, b)} start: at {@code a} and at each {@code clause.boundaries} phrase
     * ("while", "whereas", "بينما", "في حين", "тогда как", "тоді як", ";"). Each clause's figures belong to the
     * claimant named in that clause ("Russia's ministry said it destroyed 33 drones, while Ukraine's air force
     * said it shot down 28 of 35"); a clause that names nobody keeps the claimant of the clause before it.
     */
    private List<Integer> clauseStarts(List<Token> tokens, int a, int b) {
        PhraseSet boundaries = lex.get(Lexicon.CLAUSE_BOUNDARIES);
        PhraseSet afterComma = lex.get(Lexicon.CLAUSE_AFTER_COMMA);
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        starts.add(a);
        for (int k = a + 1; k < b; k++) {
            String prev = tokens.get(k - 1).norm();
            if (boundaries.matchAt(tokens, k, b) > 0
                    || ((prev.equals(",") || prev.equals("،")) && afterComma.matchAt(tokens, k, b) > 0)) {
                starts.add(k);
            }
        }
        starts.addAll(claimants.attributionStarts(tokens, a, b));
        return new ArrayList<>(starts);
    }

    /**
     * "Over the same period air defences shot down 1,412": the sentence spans the period of the one before it,
     * so its figures are cumulative exactly when that sentence's were.
     */
    private static boolean previousWasCumulative(List<ClaimPart> parts, int index) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            ClaimPart p = parts.get(i);
            if (p.sentence() < index) {
                return p.sentence() == index - 1 && p.cumulative();
            }
        }
        return false;
    }

    /**
     * Adds one part per figure with a metric; returns the metric of the last one. A figure with no cue of its own
     * looks back to {@code cueFrom} for one; periods are looked for from {@code periodFrom}. {@code continuing}: the
     * claimant is carried from an earlier sentence, and this one names nobody and has no reporting verb ("the
     * ministry said a further 24" is a statement of its own).
     */
    private Metric attribute(String text, List<Token> tokens, Sentence s, int a, int b, int periodFrom, int cueFrom,
                             int index, Claimant claimant, Metric carriedMetric, boolean continuing, List<Figure> found,
                             List<ClaimPart> parts) {
        PeriodMarks periods = PeriodMarks.of(lex, tokens, periodFrom, b);
        boolean samePeriod = lex.get(Lexicon.SAME_PERIOD).find(tokens, a, b) >= 0 && previousWasCumulative(parts, index);
        Evidence evidence = Evidence.of(text, s.start(), s.end());
        Metric prev = carriedMetric;
        // "Over the past seven days ... destroyed 15 UAVs. In the past 24 hours alone, ... three of those": the span
        // the sentence before counted
        boolean prevCumulative = carriedMetric != null && previousWasCumulative(parts, index);
        for (int i = 0; i < found.size(); i++) {
            Figure f = found.get(i);
            int prevEnd = i > 0 ? found.get(i - 1).nounEnd() : a;
            int nextStart = i + 1 < found.size() ? found.get(i + 1).cueStart() : b;
            // "dealt with 17 drones and destroyed them all": the figure an "all of them" refers back to is the whole
            boolean wholeOfNext = i + 1 < found.size() && (isDestroyedPart(tokens, found, i + 1, b)
                    || found.get(i + 1).value() == FigureFinder.ALL_OF_THEM);
            // "58 drones were shot down out of 67": a verb right before a stated whole is this figure's, not the whole's
            boolean governedNext = i + 1 < found.size() && !found.get(i + 1).whole();
            // "БпЛА — 24 117 (+142)": a losses table row, the running total and the day's part of it; losses are
            // drones destroyed, the day's figure shares the total's role
            boolean running = i + 1 < found.size() && found.get(i + 1).increment();
            Metric metric = f.increment() && prev != null ? prev
                    : metric(tokens, f, prevEnd, nextStart, governedNext, wholeOfNext, cueFrom, prev, i == 0);
            if (metric == null && running) {
                metric = Metric.DESTROYED;
            }
            if (metric == null || !metric.kept()) {
                continue; // no role, or one that is no part of a claim ("12 are still in the air")
            }
            boolean cumulative = running || !f.increment() && (samePeriod || periods.cumulative(f));
            boolean breakdown = f.breakdown() && (prev == null || metric == prev);
            if (f.part() && (i > 0 || prev != null)) {
                // "180 منها متجهة نحو موسكو" splits the same metric by region; "110 of which were shot down"
                // gives the other metric of the same statement; so does a part that opens the next clause or
                // sentence ("...; примерно 35 из них были «шахедами»" is a piece of the launched figure).
                breakdown = metric == prev;
            }
            // "ещё о девяти сбитых дронах над Белгородской областью": another statement, not a part of the first;
            // but in a sentence that goes on with an earlier one's speaker and reports nothing anew, "Еще 14 дронов
            // уничтожены над Курской" goes on with its breakdown
            String region = f.hasRegion() && (!f.additional() || continuing)
                    ? text.substring(tokens.get(f.regionStart()).start(), tokens.get(f.regionEnd() - 1).end())
                    : null;
            if (f.part() && i > 0 && !breakdown && prev == Metric.LAUNCHED) {
                // "запустив ще 27 БпЛА, 22 з них знешкоджено над Сумщиною": the other metric of the statement; the
                // place says where they were downed, it is no piece of a total
                region = null;
            }
            if (breakdown && prevCumulative && !cumulative) {
                // "412 this week, 57 of them on Sunday night alone": the part a day's mark takes from a span is
                // that day's total, not a piece of the span
                breakdown = false;
                region = null;
            }
            prevCumulative = cumulative;
            if (breakdown && region == null) {
                prev = metric;
                continue;
            }
            String attacker = cues.attacker(tokens, f, a, b, cues.launchCue(tokens, f, a, b));
            boolean stated = attacker != null;
            if (!stated) {
                attacker = claimant.defaultAttacker();
            }
            // "seven drones and two drone boats": sea drones are a kind of their own, never a part of the aerial
            // count; a figure without a drone noun of its own ("Все три катера уничтожены") counts the kind before it
            boolean sea = lex.get(Lexicon.SEA_DRONE_NOUNS).find(tokens, f.start(), f.nounEnd()) >= 0
                    || lex.get(Lexicon.DRONE_NOUNS).find(tokens, f.start(), f.nounEnd()) < 0 && lastWasSea(parts, claimant);
            parts.add(new ClaimPart(claimant, metric, f.value(), f.qualifier(), attacker, stated, cumulative,
                    breakdown, region, index, evidence, f.additional(), sea));
            if (f.value() == FigureFinder.ALL_OF_THEM) {
                prev = metric; // only a destroyed "all of them" means anything; the merger gives it its value
            } else if (f.all() && metric == Metric.LAUNCHED && cues.destroyCueIn(tokens, f.nounEnd(), b)) {
                // "All of the 27 drones launched by Russia overnight were destroyed"
                parts.add(new ClaimPart(claimant, Metric.DESTROYED, f.value(), f.qualifier(), attacker, stated,
                        cumulative, breakdown, region, index, evidence, f.additional(), sea));
            } else if (f.all() && metric == Metric.DESTROYED) {
                // "all 40 drones were shot down": 40 were launched, too
                parts.add(new ClaimPart(claimant, Metric.LAUNCHED, f.value(), f.qualifier(), attacker, stated,
                        cumulative, breakdown, region, index, evidence, f.additional(), sea));
            }
            prev = metric;
        }
        return prev;
    }

    /** Whether the claimant's latest figure so far counts sea drones. */
    private static boolean lastWasSea(List<ClaimPart> parts, Claimant claimant) {
        for (int k = parts.size() - 1; k >= Math.max(0, parts.size() - KIND_LOOKBACK); k--) {
            if (parts.get(k).claimant().equals(claimant)) {
                return parts.get(k).sea();
            }
        }
        return false;
    }

    /** How many figures back the kind of drone is looked for: a giant article holds thousands. */
    private static final int KIND_LOOKBACK = 8;

    /** "з них 89 збито": figure {@code i} is a part with a destroy, lost or hit cue of its own. */
    private boolean isDestroyedPart(List<Token> tokens, List<Figure> found, int i, int b) {
        Figure f = found.get(i);
        if (!f.part()) {
            return false;
        }
        int nextStart = i + 1 < found.size() ? found.get(i + 1).cueStart() : b;
        CueResolver.Cue cue = cues.metricCue(tokens, f, found.get(i - 1).nounEnd(), nextStart, i + 1 < found.size());
        // its own cue, not one between the whole and it ("о 58 дронах, уничтоженных за ночь, 19 из которых"); a
        // verb touching the marker that opens the part is the part's own ("أُسقط منها 88", "из них сбиты 88")
        return cue != null && cue.metric() != Metric.LAUNCHED
                && (cue.start() >= f.cueStart() || cue.end() >= partMarkerBefore(tokens, f));
    }

    /** Start of the part marker within {@link FigureFinder#PART_REACH} words before the figure, or past its end. */
    private int partMarkerBefore(List<Token> tokens, Figure f) {
        int m = lex.get(Lexicon.PART).find(tokens, Math.max(0, f.cueStart() - FigureFinder.PART_REACH), f.cueStart());
        return m >= 0 ? m : Integer.MAX_VALUE;
    }

    /** {@code carried}: {@code prev} is the metric of an earlier sentence, which a verb of this one outranks. */
    private Metric metric(List<Token> tokens, Figure f, int prevEnd, int nextStart, boolean hasNext,
                          boolean wholeOfNext, int a, Metric prev, boolean carried) {
        if (f.ofNext()) {
            return Metric.DESTROYED;
        }
        if (f.whole()) {
            return Metric.LAUNCHED;
        }
        CueResolver.Cue cue = cues.inPhrase(tokens, cues.metricCue(tokens, f, prevEnd, nextStart, hasNext), a);
        if (cue != null) {
            return cue.metric();
        }
        CueResolver.Cue far = cues.farLeftCue(tokens, a, f.cueStart());
        if (far == null && wholeOfNext) {
            return Metric.LAUNCHED; // "103 шахеди та імітатори, з них 89 збито": the whole the next figure is part of
        }
        if (prev != null && !(carried && far != null)) {
            return prev;
        }
        return far == null ? null : far.metric();
    }
}

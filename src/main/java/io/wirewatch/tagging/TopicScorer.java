package io.wirewatch.tagging;

import io.wirewatch.model.Evidence;
import io.wirewatch.model.TopicTag;
import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one topic over the occurrences found in one text.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>An occurrence counts unless a blocker of the topic or an {@code unless} term of its line starts
 *       within the window; when the line has {@code near} terms, one must start within the window.
 *   <li>A span of tokens counts for one line only: heavier lines, then longer terms, claim their
 *       occurrences first, and an occurrence whose tokens are all claimed already is skipped.
 *   <li>A line adds its weight once, when any of its synonyms has a counting occurrence.
 *   <li>The topic fires when the score reaches its threshold. In a long report (at least
 *       {@link #LONG_PARAGRAPHS} paragraphs, the title counting as one) it must also reach it in the lead
 *       (title and first {@link #LEAD_PARAGRAPHS} body paragraphs) or within a passage of at most
 *       {@link #PASSAGE_PARAGRAPHS} consecutive paragraphs whose evidence spans at least two sentences or opens one
 *       of them before a comma ("دبلوماسيا، ...", "On the diplomatic front, ..."): a topic
 *       is what the headline and lead are about or what a passage is about, not a passing mention (one clause,
 *       or single words scattered far apart) that adds up with others across a long story.
 *   <li>Evidence is the first counting occurrence of each distinct term, heaviest lines first, capped
 *       at {@link #MAX_EVIDENCE}, then in text order.
 * </ol>
 */
final class TopicScorer {
    /** Why 10: enough for a reviewer to see why a topic fired without repeating the whole article. */
    static final int MAX_EVIDENCE = 10;
    /** Agency reports run to many paragraphs; wires and posts have a handful. */
    static final int LONG_PARAGRAPHS = 6;
    static final int LEAD_PARAGRAPHS = 2;
    /** A subject of a long report runs over a few paragraphs; one clause is a passing mention. */
    static final int PASSAGE_PARAGRAPHS = 3;
    /**
     * "وعلى الصعيد السياسي، ...", "Diplomatically, ...": a paragraph that says what it is about does so in its
     * first words, set off by a comma.
     */
    static final int OPENER_TOKENS = 3;
    static final int OPENER_TAIL = 2;

    private final String text;
    private final List<Token> tokens;
    private final Occurrences found;
    private final int window;
    /** Merged, sorted starts of each term list, built once per text. */
    private final Map<List<TermPattern>, int[]> mergedStarts = new IdentityHashMap<>();

    private final AnalyzedText analyzed;

    TopicScorer(AnalyzedText analyzed, Occurrences found, int window) {
        this.analyzed = analyzed;
        this.text = analyzed.text();
        this.tokens = analyzed.words();
        this.found = found;
        this.window = window;
    }

    Optional<TopicTag> score(TopicRule rule) {
        if (blockedByTitle(rule)) {
            return Optional.empty();
        }
        List<TopicRule.Term> claims = rule.ranked();
        boolean[] covered = new boolean[tokens.size()];
        Set<Concept> firedConcepts = new HashSet<>();
        List<Fired> fired = new ArrayList<>();
        Map<Concept, Set<Long>> paragraphsOf = new IdentityHashMap<>();
        Set<Integer> opened = new HashSet<>();
        for (TopicRule.Term claim : claims) {
            Set<Long> where = paragraphsOf.computeIfAbsent(claim.concept(), c -> new HashSet<>());
            int first = claimOccurrences(claim, rule.blockers(), covered, where, opened);
            if (first >= 0) {
                firedConcepts.add(claim.concept());
                int id = claim.term().id();
                fired.add(new Fired(claim.concept().weight(), found.start(id, first), found.end(id, first)));
            }
        }
        double score = firedConcepts.stream().mapToDouble(Concept::weight).sum();
        if (score < rule.threshold() || fired.isEmpty()) {
            return Optional.empty();
        }
        if (paragraphs() >= LONG_PARAGRAPHS && !focused(firedConcepts, paragraphsOf, opened, rule.threshold())) {
            return Optional.empty();
        }
        return Optional.of(new TopicTag(rule.topic(), score, evidence(fired)));
    }

    /**
     * Whether the lead, or a passage of at most {@link #PASSAGE_PARAGRAPHS} consecutive paragraphs with evidence
     * in two or more sentences or opening with evidence ("دبلوماسيا، أجرى ...", "On the diplomatic front, ..."),
     * reaches the threshold. {@code where} holds {@code paragraph << 32 | sentence} of each counting occurrence;
     * {@code opened} the paragraphs whose first {@link #OPENER_TOKENS} tokens hold one, followed by a comma.
     */
    private boolean focused(Set<Concept> fired, Map<Concept, Set<Long>> paragraphsOf, Set<Integer> opened,
                            double threshold) {
        double lead = 0;
        for (Concept c : fired) {
            if (paragraphsOf.get(c).stream().anyMatch(w -> (int) (w >> 32) <= LEAD_PARAGRAPHS)) {
                lead += c.weight();
            }
        }
        if (lead >= threshold) {
            return true;
        }
        for (int first = 0; first < paragraphs(); first++) {
            int last = first + PASSAGE_PARAGRAPHS - 1;
            double score = 0;
            Set<Integer> sentences = new HashSet<>();
            boolean opens = false;
            for (int p = first; p <= last && !opens; p++) {
                opens = opened.contains(p);
            }
            for (Concept c : fired) {
                boolean here = false;
                for (long w : paragraphsOf.get(c)) {
                    int p = (int) (w >> 32);
                    if (p >= first && p <= last) {
                        here = true;
                        sentences.add((int) w);
                    }
                }
                score += here ? c.weight() : 0;
            }
            if (score >= threshold && (sentences.size() >= 2 || opens)) {
                return true;
            }
        }
        return false;
    }

    /** Paragraph starts (offsets into the text) split at blank lines, computed once per text. */
    private int[] paragraphStarts;
    private int[] sentenceStarts;

    private int sentenceOf(int token) {
        if (sentenceStarts == null) {
            sentenceStarts = analyzed.sentences().stream()
                    .mapToInt(io.wirewatch.text.Sentence::start).toArray();
        }
        int at = Arrays.binarySearch(sentenceStarts, tokens.get(token).start());
        return at >= 0 ? at : Math.max(0, -at - 2);
    }

    private int paragraphs() {
        return starts().length;
    }

    private int[] starts() {
        if (paragraphStarts == null) {
            List<Integer> out = new ArrayList<>();
            out.add(0);
            int n = text.length();
            for (int i = 0; i < n; i++) {
                if (text.charAt(i) != '\n') {
                    continue;
                }
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    if (j < n) {
                        out.add(j);
                    }
                    i = j - 1;
                }
            }
            paragraphStarts = out.stream().mapToInt(Integer::intValue).toArray();
        }
        return paragraphStarts;
    }

    /**
     * "UK to supply 120,000 drones to Ukraine", "Kyiv plans to make 4.5 million drones": a short wire whose title
     * holds a blocker of the topic (a supply, a production plan, an exercise) is about that, whatever strike words
     * its body uses to describe the drones. A long report's title says less about every passage, so it is spared.
     */
    private boolean blockedByTitle(TopicRule rule) {
        int paragraphs = paragraphs();
        if (paragraphs < 2 || paragraphs >= LONG_PARAGRAPHS || rule.blockers().isEmpty()) {
            return false;
        }
        int titleEnd = 0;
        while (titleEnd < tokens.size() && paragraphOf(titleEnd) == 0) {
            titleEnd++;
        }
        return titleEnd > 0 && anyStart(rule.blockers(), 0, titleEnd - 1);
    }

    /** The paragraph (0 = the title, or the first paragraph when there is none) of a token. */
    private int paragraphOf(int token) {
        int at = Arrays.binarySearch(starts(), tokens.get(token).start());
        return at >= 0 ? at : -at - 2;
    }

    /** Marks every counting, not yet covered occurrence of the claim covered; returns the first, or -1. */
    private int claimOccurrences(TopicRule.Term claim, List<TermPattern> blockers, boolean[] covered, Set<Long> where,
                                 Set<Integer> opened) {
        int id = claim.term().id();
        Concept concept = claim.concept();
        int first = -1;
        for (int i = 0; i < found.count(id); i++) {
            int start = found.start(id, i);
            int end = found.end(id, i);
            if (isCovered(covered, start, end) || !counts(concept, blockers, start, end)) {
                continue;
            }
            Arrays.fill(covered, start, end + 1, true);
            if (paragraphs() >= LONG_PARAGRAPHS) {
                int paragraph = paragraphOf(start);
                where.add(((long) paragraph << 32) | sentenceOf(start));
                if (paragraph > 0 && paragraphOf(Math.max(0, start - OPENER_TOKENS)) < paragraph
                        && commaAfter(tokens.get(end).end())) {
                    opened.add(paragraph);
                }
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    /**
     * A comma after {@code offset}, at most {@link #OPENER_TAIL} words on: the words before it are a fronted
     * phrase ("دبلوماسيا، ...", "On the diplomatic front, ...").
     */
    private boolean commaAfter(int offset) {
        int i = offset;
        for (int words = 0; words <= OPENER_TAIL; words++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '\u060C')) {
                return true;
            }
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static boolean isCovered(boolean[] covered, int start, int end) {
        for (int t = start; t <= end; t++) {
            if (!covered[t]) {
                return false;
            }
        }
        return true;
    }

    private boolean counts(Concept concept, List<TermPattern> blockers, int start, int end) {
        int from = start - window;
        int to = end + window;
        if (anyStart(blockers, from, to) || anyStart(concept.unless(), from, to)) {
            return false;
        }
        return concept.near().isEmpty() || anyStart(concept.near(), from, to);
    }

    private boolean anyStart(List<TermPattern> terms, int from, int to) {
        if (terms.isEmpty()) {
            return false;
        }
        int[] starts = mergedStarts.computeIfAbsent(terms, this::merge);
        int at = Arrays.binarySearch(starts, from);
        int index = at >= 0 ? at : -at - 1;
        return index < starts.length && starts[index] <= to;
    }

    private int[] merge(List<TermPattern> terms) {
        int size = 0;
        boolean[] seen = new boolean[terms.stream().mapToInt(TermPattern::id).max().orElse(0) + 1];
        for (TermPattern term : terms) {
            if (!seen[term.id()]) {
                seen[term.id()] = true;
                size += found.count(term.id());
            }
        }
        int[] starts = new int[size];
        Arrays.fill(seen, false);
        int n = 0;
        for (TermPattern term : terms) {
            if (!seen[term.id()]) {
                seen[term.id()] = true;
                for (int i = 0; i < found.count(term.id()); i++) {
                    starts[n++] = found.start(term.id(), i);
                }
            }
        }
        Arrays.sort(starts);
        return starts;
    }

    private List<Evidence> evidence(List<Fired> fired) {
        List<Evidence> out = new ArrayList<>();
        fired.stream()
                .sorted(Comparator.comparingDouble(Fired::weight).reversed().thenComparingInt(Fired::startToken))
                .forEach(f -> {
                    Evidence e = Evidence.of(text, tokens.get(f.startToken()).start(),
                            tokens.get(f.endToken()).end());
                    if (out.size() < MAX_EVIDENCE && !out.contains(e)) {
                        out.add(e);
                    }
                });
        out.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
        return out;
    }

    private record Fired(double weight, int startToken, int endToken) {
    }
}

package io.wirewatch.claims;

import io.wirewatch.text.Token;
import java.util.List;
import java.util.Map;

/**
 * Decides a drone figure's role (launched, destroyed, lost, hit or other; see {@link Metric}), and by whom the
 * drones were launched.
 *
 * <p>Metric rules:
 * <ol>
 *   <li>A destroy or lost participle between the number and its noun wins ("176 збитих дронів").</li>
 *   <li>Else the nearest role cue wins, looking left to the previous figure and right to the next one,
 *       each at most {@link #CUE_WINDOW} tokens; on a tie the left cue wins (the verb usually comes first:
 *       "أسقطت 78", "shot down 95"), unless only a comma stands between the left cue and the figure and nothing
 *       between the figure and the right one ("of the 98 drones Russia sent, 79 were shot down").</li>
 *   <li>Without a cue of its own or further left (rule 4's), a figure that the next figure's destroyed, lost or hit
 *       part is taken from is launched, the whole ("«Якщо точніше — 103 шахеди, з них 89 збито»", "88 дронів, 71
 *       із них збито"; {@code ClaimExtractor}).</li>
 *   <li>Without a cue of its own, a figure takes the metric of the figure before it in the sentence
 *       ("downed 40 drones, including 34 over ...").</li>
 *   <li>Still none: the nearest cue further left, up to {@link #FAR_WINDOW} tokens, jumping over other figures.</li>
 * </ol>
 * Attacker rules, first hit wins:
 * <ol>
 *   <li>A country word between the number and the end of its noun or in the two words after it, stopping at a
 *       target preposition ("95 Ukrainian drones", "طائرة مسيرة أوكرانية", "83 طائرة مسيرة أطلقتها روسيا";
 *       but not "drones at Ukraine").</li>
 *   <li>A country word within {@link #AGENT_WINDOW} words before the nearest launch cue, or right after it
 *       ("Russian forces launched", "وأطلق الروس").</li>
 *   <li>The claimant's {@code default_attacker} from the gazetteer.</li>
 * </ol>
 */
final class CueResolver {
    /** A verb governs numbers of its own clause; a dozen tokens covers "shot down or intercepted 95 ...". */
    static final int CUE_WINDOW = 12;
    static final int FAR_WINDOW = 30;
    static final int AGENT_WINDOW = 3;
    private static final int AFTER_NOUN = 2;

    /** A cue found in a sentence. */
    record Cue(Metric metric, int start, int end) {
    }

    private final Lexicon lex;

    CueResolver(Lexicon lex) {
        this.lex = lex;
    }

    /** The cue governing the figure, or null. {@code prevEnd}/{@code nextStart} bound the figure's own clause. */
    Cue metricCue(List<Token> tokens, Figure f, int prevEnd, int nextStart, boolean hasNext) {
        Cue inner = innerCue(tokens, f);
        if (inner != null) {
            return inner;
        }
        Cue left = lastCue(tokens, Math.max(prevEnd, f.cueStart() - CUE_WINDOW), f.cueStart());
        // "36 БПЛА, которые пытались атаковать полуостров, уничтожены": the verb after a relative clause is the
        // figure's; the clause's own verbs say nothing about the figure
        int rightFrom = afterRelativeClause(tokens, f.nounEnd(), nextStart);
        Cue right = firstCue(tokens, rightFrom, Math.min(nextStart, rightFrom + CUE_WINDOW));
        if (right == null && rightFrom > f.nounEnd()) {
            rightFrom = f.nounEnd(); // "12 drones, which hit a depot": no verb after it, the clause is the fate
            right = firstCue(tokens, rightFrom, Math.min(nextStart, rightFrom + CUE_WINDOW));
        }
        // Past a comma a verb belongs to another clause, unless nothing else could govern the figure and the verb
        // says what became of it ("Ще 12 безпілотників, за даними військових, локаційно втрачено").
        boolean acrossComma = right != null && punctuationBetween(tokens, rightFrom, right.start())
                && (left != null || hasNext || right.metric() == Metric.LAUNCHED);
        if (right != null && (hasNext && governsNext(tokens, right, nextStart) || acrossComma)) {
            // "هجوم بـ72 مسيرة وفقدان أثر عشرين", "launched 58 drones, 45 of them downed": the verb right after
            // the noun governs the next figure, and a verb past a comma another clause.
            right = null;
        }
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        if (left.metric() == Metric.DESTROYED && right.metric() == Metric.LAUNCHED) {
            return left; // "دمرت ... خمس طائرات مسيرة أطلقها الحوثيون": the launch verb describes the drones
        }
        int dl = f.cueStart() - left.end();
        int dr = right.start() - f.nounEnd();
        if (dl <= 1 && punctuationBetween(tokens, left.end(), f.cueStart())
                && !punctuationBetween(tokens, f.nounEnd(), right.start())) {
            return right; // "of the 98 drones Russia sent, 79 were shot down": the comma ends the verb's clause
        }
        return dr < dl ? right : left;
    }

    /**
     * A destroy or lost participle between the number and its noun ("176 збитих та подавлених засобами РЕБ
     * дронів", "88 сбитых БПЛА"): the figure's own word for what became of the drones, so it wins over any verb
     * around the figure. A launch word there is a drone head ("95 attack drones"), never a cue.
     */
    private Cue innerCue(List<Token> tokens, Figure f) {
        for (int k = f.end(); k < f.nounEnd(); k++) {
            Cue c = cueAt(tokens, k, f.nounEnd());
            if (c != null && (c.metric() == Metric.DESTROYED || c.metric() == Metric.LOST)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Reads what a cue means in its phrase: "repelled an attack of 12 drones" / "صدت ... هجوم 12 مسيرة" /
     * "отразили атаку 12 беспилотников" destroyed them (an attack noun after a destroy verb of the clause); "shot
     * down or suppressed 81" / "أُسقط منها أو أُخمد 81" is one destroyed figure (a lost cue after "or" and a
     * destroy verb).
     */
    Cue inPhrase(List<Token> tokens, Cue cue, int clauseStart) {
        if (cue == null) {
            return null;
        }
        if (cue.metric() == Metric.LAUNCHED && lex.get(Lexicon.ATTACK_NOUNS).matchAt(tokens, cue.start(), cue.end()) > 0) {
            Cue before = lastCue(tokens, Math.max(clauseStart, cue.start() - ATTACK_REACH), cue.start());
            if (before != null && before.metric() == Metric.DESTROYED) {
                return new Cue(Metric.DESTROYED, cue.start(), cue.end());
            }
        }
        if (cue.metric() == Metric.LOST && cue.start() > clauseStart
                && lex.get(Lexicon.DISJUNCTIONS).matchAt(tokens, cue.start() - 1, cue.start()) > 0) {
            Cue before = lastCue(tokens, Math.max(clauseStart, cue.start() - 1 - DISJUNCTION_REACH), cue.start() - 1);
            if (before != null && before.metric() == Metric.DESTROYED) {
                return new Cue(Metric.DESTROYED, cue.start(), cue.end());
            }
        }
        return cue;
    }

    /** "أسقطت قوات الدفاع الجوي أو أخمدت 126": a subject may stand between the destroy verb and the "or". */
    private static final int DISJUNCTION_REACH = 6;

    /** "صدت الدفاعات الجوية التابعة لوزارة الدفاع هجوم": the destroy verb may stand a few words before. */
    private static final int ATTACK_REACH = 8;

    /** A cue right before the next figure, or before a part marker and it ("وفقدان أثر عشرين", "أسقط منها 45"). */
    private boolean governsNext(List<Token> tokens, Cue cue, int nextStart) {
        int gap = nextStart - cue.end();
        return gap == 0 || (gap > 0 && lex.get(Lexicon.PART).matchAt(tokens, cue.end(), nextStart) == gap);
    }

    /** Longest relative clause set off by commas that {@link #afterRelativeClause} skips. */
    static final int MAX_RELATIVE = 16;

    /** The index after a relative clause in commas right at {@code k} (", которые ... ,"), or {@code k}. */
    private int afterRelativeClause(List<Token> tokens, int k, int limit) {
        if (k + 1 >= limit || !isComma(tokens.get(k)) || lex.get(Lexicon.RELATIVE_PRONOUNS).matchAt(tokens, k + 1, limit) == 0) {
            return k;
        }
        for (int j = k + 2; j < Math.min(limit, k + MAX_RELATIVE); j++) {
            Token t = tokens.get(j);
            if (t.isNumber()) {
                return k; // a figure inside is a clause of its own
            }
            if (isComma(t)) {
                return j + 1;
            }
        }
        return k;
    }

    private static boolean isComma(Token t) {
        return t.norm().equals(",") || t.norm().equals("،");
    }

    private static boolean punctuationBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String n = tokens.get(k).norm();
            if (n.equals(",") || n.equals("،") || n.equals(";") || n.equals("؛")) {
                return true; // a dash ("5 — локаційно втрачені") joins a figure to its verb, a comma does not
            }
        }
        return false;
    }

    /** The nearest cue left of {@code before}, at most {@link #FAR_WINDOW} tokens back, or null. */
    Cue farLeftCue(List<Token> tokens, int sentenceStart, int before) {
        return lastCue(tokens, Math.max(sentenceStart, before - FAR_WINDOW), before);
    }

    /** Attacker country from the sentence, or null when the sentence does not say. */
    String attacker(List<Token> tokens, Figure f, int sentenceStart, int sentenceEnd, Cue launchCue) {
        for (int k = f.end(); k < f.nounEnd(); k++) {
            String c = countryAt(tokens, k, f.nounEnd());
            if (c != null) {
                return c;
            }
        }
        int limit = Math.min(sentenceEnd, f.nounEnd() + AFTER_NOUN);
        for (int k = f.nounEnd(); k < limit; k++) {
            Token t = tokens.get(k);
            if ((t.isPunct() && !t.isQuote()) || lex.get(Lexicon.TARGET_PREPOSITIONS).matchAt(tokens, k, sentenceEnd) > 0) {
                break;
            }
            String c = countryAt(tokens, k, sentenceEnd);
            if (c != null) {
                return c;
            }
        }
        if (launchCue != null) {
            for (int k = launchCue.start() - 1; k >= Math.max(sentenceStart, launchCue.start() - AGENT_WINDOW); k--) {
                Token t = tokens.get(k);
                if (t.isPunct() && !t.isQuote()) {
                    break;
                }
                String c = countryAt(tokens, k, launchCue.start());
                if (c != null) {
                    return c;
                }
            }
            int k = launchCue.end();
            if (k < sentenceEnd && !tokens.get(k).isNumber()) {
                String c = countryAt(tokens, k, sentenceEnd);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The nearest launch cue around the figure (for the attacker's agent rule), or null. */
    Cue launchCue(List<Token> tokens, Figure f, int sentenceStart, int sentenceEnd) {
        PhraseSet launch = lex.get(Lexicon.LAUNCH_CUES);
        int from = Math.max(sentenceStart, f.cueStart() - CUE_WINDOW);
        int l = launch.findLast(tokens, from, f.cueStart());
        int rEnd = Math.min(sentenceEnd, f.nounEnd() + AFTER_NOUN + 1);
        int r = launch.find(tokens, f.nounEnd(), rEnd);
        int k = r >= 0 ? r : l;
        if (l >= 0 && r >= 0) {
            k = (f.cueStart() - l) <= (r - f.nounEnd()) ? l : r;
        }
        return k < 0 ? null : new Cue(Metric.LAUNCHED, k, k + launch.matchAt(tokens, k, sentenceEnd));
    }

    private String countryAt(List<Token> tokens, int k, int limit) {
        for (Map.Entry<String, PhraseSet> e : lex.attackers().entrySet()) {
            if (e.getValue().matchAt(tokens, k, limit) > 0) {
                return e.getKey();
            }
        }
        return null;
    }

    private Cue lastCue(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= Math.max(0, from); k--) {
            Cue c = cueAt(tokens, k, to);
            if (c != null) {
                // A longer cue may start just before and cover this one: "صد هجوم" (repelled), not "هجوم".
                for (int j = k - 1; j >= Math.max(0, Math.max(from, k - 2)); j--) {
                    Cue outer = cueAt(tokens, j, to);
                    if (outer != null && outer.end() >= c.end()) {
                        return outer;
                    }
                }
                return c;
            }
        }
        return null;
    }

    /** The first cue right of a figure; {@code hit.after} verbs count here only ("one drone hit a house"). */
    private Cue firstCue(List<Token> tokens, int from, int to) {
        PhraseSet hitAfter = lex.get(Lexicon.HIT_AFTER);
        for (int k = from; k < to; k++) {
            Cue c = cueAt(tokens, k, to);
            int h = hitAfter.matchAt(tokens, k, to);
            if (h > 0 && (c == null || h >= c.end() - c.start())) {
                return new Cue(Metric.HIT, k, k + h);
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Whether a destroy cue stands in {@code tokens[from, to)} ("all of the 27 drones launched ... were destroyed"). */
    boolean destroyCueIn(List<Token> tokens, int from, int to) {
        return lex.get(Lexicon.DESTROY_CUES).find(tokens, from, to) >= 0;
    }

    /**
     * The role cue starting at {@code k}: the longest phrase of the role lexicons wins, so "suppressed by
     * electronic warfare" (lost) beats "suppressed" (destroyed); on equal length the order of {@link #ROLES}
     * decides. Why destroy first: "attacked and shot down" style phrases end in the destroy verb.
     */
    private Cue cueAt(List<Token> tokens, int k, int limit) {
        Cue best = null;
        for (int r = 0; r < ROLES.length; r++) {
            int len = lex.get(ROLE_KEYS[r]).matchAt(tokens, k, limit);
            if (len > 0 && (best == null || len > best.end() - best.start())) {
                best = new Cue(ROLES[r], k, k + len);
            }
        }
        if (best != null && best.metric() == Metric.LAUNCHED && best.end() < tokens.size()
                && lex.get(Lexicon.LAUNCH_ORIGINS).matchAt(tokens, best.end(), Math.min(tokens.size(), best.end() + 1)) > 0
                && lex.get(Lexicon.PASSIVE_AUXILIARIES).startOfMatchEndingAt(tokens, k, Math.max(0, k - 2)) < 0) {
            // "drones launched from Yemen", "launched by Russia": describes the drones, governs no figure; "53 drones
            // were launched from the Kursk region" is the clause's verb
            return null;
        }
        return best;
    }

    private static final Metric[] ROLES = {Metric.DESTROYED, Metric.LAUNCHED, Metric.LOST, Metric.HIT, Metric.OTHER};
    private static final String[] ROLE_KEYS = {Lexicon.DESTROY_CUES, Lexicon.LAUNCH_CUES, Lexicon.LOST_CUES,
        Lexicon.HIT_CUES, Lexicon.OTHER_CUES};
}

package io.wirewatch.claims;

import io.wirewatch.model.Qualifier;
import io.wirewatch.text.Numbers;
import io.wirewatch.text.Token;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers of one sentence that count drones.
 *
 * <p>Rules:
 * <ol>
 *   <li>The counted noun decides: scanning at most {@link #NOUN_WINDOW} words after the number (quotes are
 *       transparent, other punctuation and the next number stop), a drone noun makes it a drone figure, a
 *       non-drone noun (missiles, ships, soldiers, hours, regions, percent) makes it no figure. A drone head
 *       ("طائرة", "ударних") extends the window by {@link #HEAD_EXTENSION} words; an aircraft head with no drone
 *       noun after it ("طائرة" alone) is an aircraft. With no noun after it, the noun may stand before the
 *       number: "الساعات الـ24", "المسيرات الثلاث", "the number of drones reached 104" ({@code total.verbs}).</li>
 *   <li>An Arabic dual drone noun with no number before it ("طائرتين مسيرتين") is the figure two; a singular
 *       one next to a destroy cue ({@code drone.singulars}, {@code drone.singular_heads}: "اعتراض طائرة مسيرة", "shot down an American Reaper drone", "a drone was intercepted") one; "all of them"
 *       with no number ("Усі ворожі дрони знищено") is a figure the merger gives the launched value.</li>
 *   <li>A number with no noun is a drone figure only when a region preposition follows at once or it is a part
 *       ("منها"), and the context already counts drones ("كما دمرت ... 36 فوق أراضي مقاطعة بريانسك"); or when a
 *       drone figure precedes it in the sentence and a destroy/launch verb follows it at once ("launched 64 drones
 *       and 58 were shot down").</li>
 *   <li>Model names and ordinals glued to letters ({@code Tu-142}, {@code 28th}, {@code إكس-101},
 *       {@code Shahed-131/136}) are no counts; nor is a day of the month, a number right after or right before a
 *       {@code date.months} word ("Sept. 8", "в ночь на 21 августа", "8 سبتمبر"), nor a clock time ("09:00").</li>
 *   <li>"all 40", "всі 20", "جميع المسيرات الـ40", "both" mark every drone launched; "ещё 9", "25 more" a further
 *       statement.</li>
 *   <li>"X of Y": X takes Y's noun. After "من بين Y drones" / "out of Y drones", a bare number is a drone figure
 *       (the part). "all but 3 of the 45" is "42 of the 45" ({@code figure.all_but}); a number right after a
 *       {@code figure.negators} word is dropped.</li>
 *   <li>Approximators and bounds right before the number set its qualifier.</li>
 *   <li>A region is what follows a region preposition within {@link #REGION_GAP} words of the noun, up to
 *       {@link #REGION_WORDS} words, stopping at punctuation, numbers and stop words; vague regions ("several
 *       regions", "عدة مناطق") are no region.</li>
 *   <li>A later figure is a breakdown when a breakdown marker ("including", "بما فيها") stands between it and
 *       the previous drone figure, when it is elliptical with a region, or when it stands in a list opened by a
 *       colon or a dash (a dash list closes at the next dash); a figure with a region that such an elliptical
 *       item continues ("31 over Bryansk, 22 over Kursk") is the list's first item; parts ("منها", "of which", before or after the
 *       number) are decided by the extractor.</li>
 * </ol>
 */
final class FigureFinder {
    /** Nouns follow the number closely in both languages; three words cover "95 Ukrainian attack drones". */
    static final int NOUN_WINDOW = 3;
    /** "339 طائرة أوكرانية مسيّرة": the drone modifier may come two words after the head. */
    static final int HEAD_EXTENSION = 2;
    /** "طائرة أمريكية من نوع MQ-9": a singular head's drone noun may come three words after it. */
    static final int SINGULAR_HEAD_EXTENSION = 3;
    /** Words allowed between the noun and the region preposition ("drones heading towards"). */
    static final int REGION_GAP = 2;
    /** Region names are short; longer runs are the rest of the sentence. */
    static final int REGION_WORDS = 4;
    /** "176 збитих та подавлених засобами РЕБ дронів": participles skipped on the way to the noun. */
    private static final int MAX_PARTICIPLES = 2;
    /** "shot down an American MQ-9 Reaper drone": words allowed between the cue and a singular drone noun. */
    private static final int SINGULAR_MODIFIERS = 3;
    /** Tokens a singular phrase may span in all, model names ("MQ-9") and hyphens included. */
    private static final int SINGULAR_REACH = 8;
    /** "58 were shot down": at most one auxiliary between a bare number and its verb. */
    private static final int CUE_GAP = 1;
    /** A sentence with more numbers than this is a table or junk; the rest of it is ignored. */
    static final int MAX_FIGURES = ClaimExtractor.MAX_PARTS;
    /** How far back qualifiers and markers are looked for. */
    private static final int MARKER_WINDOW = 6;
    /** "جميع الطائرات المسيرة الـ40": the drone noun may stand between "all" and the number. */
    private static final int ALL_REACH = 3;
    /** "أُسقط منها أو أُخمد 81": a part marker may stand a verb or two before its number. */
    static final int PART_REACH = 3;
    /** "عدد الطائرات المسيرة التي دمرت أثناء اقترابها من العاصمة بلغ 34": the noun may stand well before the verb. */
    private static final int TOTAL_REACH = 10;

    /** AIRCRAFT: an aircraft head alone ("65 طائرة"): drones once the sentence or statement counts drones. */
    private enum Noun { DRONE, AIRCRAFT, OTHER, NONE }

    private final Lexicon lex;

    FigureFinder(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Drone figures in {@code tokens[from, to)}.
     *
     * @param droneContext the previous sentence of the same statement counted drones, so elliptical figures count
     * @param countedBefore the sentence right before counted drones, whoever said it: a part of them ("52 of them",
     *                      "з них 40") counts drones
     */
    List<Figure> find(List<Token> tokens, int from, int to, boolean droneContext, boolean countedBefore) {
        List<String> norms = new AbstractList<>() {
            @Override
            public String get(int index) {
                return tokens.get(from + index).norm();
            }

            @Override
            public int size() {
                return to - from;
            }
        };
        List<Figure> raw = new ArrayList<>();
        List<Noun> nouns = new ArrayList<>();
        int k = from;
        while (k < to && raw.size() < MAX_FIGURES) {
            Token t = tokens.get(k);
            if (t.isPunct() || (t.isWord() && t.norm().length() > 24)) {
                k++;
                continue;
            }
            Numbers.Match m = Numbers.parse(norms, k - from);
            int dual = m == null ? lex.get(Lexicon.DRONE_DUALS).matchAt(tokens, k, to) : 0;
            if (dual > 0 && k > from && (tokens.get(k - 1).isNumber() || Numbers.parse(norms, k - 1 - from) != null)) {
                // "إحدى المسيرتين": one of the two, the dual is what the one is taken from, no figure of its own
                k += dual;
                continue;
            }
            if (dual > 0) {
                // "اعترضت طائرتين مسيرتين": the dual is the number two, and its own drone noun ("طائرتين أخريين
                // دُمرتا قرب مدينة ...": no later noun says what it counts)
                Figure f = describe(tokens, from, to, k, k, 2, nouns);
                if (f != null) {
                    nouns.set(nouns.size() - 1, Noun.DRONE);
                    raw.add(f.nounEnd() < k + dual ? f.withNounEnd(k + dual) : f);
                }
                k += dual;
                continue;
            }
            int[] single = m == null && dual == 0 ? singular(tokens, from, k, to) : null;
            if (single != null) {
                // "اعترض طائرة مسيرة أطلقت من لبنان", "shot down an American MQ-9 Reaper drone": one drone, destroyed
                Figure f = describe(tokens, from, to, k, single[1], 1, nouns);
                if (f != null) {
                    raw.add(f);
                }
                k = single[0];
                continue;
            }
            if (m == null) {
                int allEnd = allOfThem(tokens, k, to);
                if (allEnd > k) {
                    raw.add(new Figure(k, allEnd, k, ALL_OF_THEM, Qualifier.EXACT, allEnd, false, false, false, false,
                            false, -1, -1, true, false, false));
                    nouns.add(Noun.DRONE);
                    k = allEnd;
                    continue;
                }
                k++;
                continue;
            }
            int end = k + m.length();
            if (t.designation() || m.value() <= 0) {
                k = end;
                continue;
            }
            Figure f = describe(tokens, from, to, k, end, m.value(), nouns);
            int inc = f == null ? -1 : incrementAt(tokens, end, to);
            if (inc >= 0) {
                // "БпЛА оперативно-тактичного рівня — 24 117 (+142)": a losses table's running total and the day's part
                Numbers.Match im = Numbers.parse(norms, inc - from);
                int after = inc + (im == null ? 1 : im.length()) + 1;
                if (f.elliptical() && (tableNoun(tokens, from, k) || droneNounWithin(tokens, after, to))) {
                    nouns.set(nouns.size() - 1, Noun.DRONE);
                    f = f.withTableNoun();
                }
                raw.add(f);
                if (im != null && im.value() > 0) {
                    raw.add(Figure.increment(inc, inc + im.length(), im.value(), f));
                    nouns.add(nouns.get(nouns.size() - 1));
                }
                k = inc + (im == null ? 1 : im.length()) + 1;
                continue;
            }
            if (f != null) {
                raw.add(f);
            }
            k = end;
        }
        return decide(tokens, from, raw, nouns, droneContext, countedBefore);
    }

    /** The index of M in "(+M)" right at {@code k}, or -1. */
    private static int incrementAt(List<Token> tokens, int k, int to) {
        if (k + 3 < to && tokens.get(k).norm().equals("(") && tokens.get(k + 1).norm().equals("+")
                && tokens.get(k + 2).isNumber() && tokens.get(k + 3).norm().equals(")")) {
            return k + 2;
        }
        return -1;
    }

    /** "БпЛА оперативно-тактичного рівня — 24 117": a drone noun within a few words before a dash or colon. */
    private boolean tableNoun(List<Token> tokens, int from, int start) {
        int dash = start - 1;
        if (dash <= from || !(isListMark(tokens.get(dash).norm()) || tokens.get(dash).norm().equals("-"))) {
            return false;
        }
        for (int j = dash - 1; j >= Math.max(from, dash - TABLE_REACH); j--) {
            if (tokens.get(j).isNumber() || tokens.get(j).isPunct()) {
                return false;
            }
            if (lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, j, dash) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "знищено 15 879 (+115) безпілотників": the drone noun right after the bracket, a head or two allowed. */
    private boolean droneNounWithin(List<Token> tokens, int k, int to) {
        for (int j = k; j < Math.min(to, k + 3); j++) {
            if (lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, j, to) > 0) {
                return true;
            }
            if (tokens.get(j).isNumber() || tokens.get(j).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** "one of the largest": the superlative within three words after "one". */
    static final int ONE_OF_REACH = 3;

    /** "беспилотных летательных аппаратов оперативно-тактического уровня —": the noun and its qualifiers. */
    private static final int TABLE_REACH = 6;

    private Figure describe(List<Token> tokens, int from, int to, int start, int end, long value, List<Noun> nouns) {
        if (isDayOfMonth(tokens, from, to, start, end) || isClockTime(tokens, end, to) || isMinutes(tokens, from, start)
                || isYearOfDate(tokens, from, start, value)) {
            return null;
        }
        if (value == 1 && lex.get(Lexicon.COMPARISON).find(tokens, start, Math.min(to, end + ONE_OF_REACH)) >= 0) {
            return null; // "one of the largest attacks", "في واحدة من أعنف ليالي", "одна из крупнейших атак"
        }
        int before = skipQuotesBack(tokens, start, from);
        boolean allBut = false;
        if (lex.get(Lexicon.ALL_BUT).startOfMatchEndingAt(tokens, before, Math.max(from, before - MARKER_WINDOW)) >= 0) {
            // "destroyed all but three of the 45": the part is 45 - 3, read as "42 of the 45"
            long whole = wholeAfter(tokens, end, to);
            if (whole <= value) {
                return null;
            }
            value = whole - value;
            allBut = true;
        } else if (lex.get(Lexicon.NEGATORS).startOfMatchEndingAt(tokens, before, Math.max(from, before - MARKER_WINDOW)) >= 0) {
            return null;
        } else if (value == 1 && lex.get(Lexicon.EVERY).startOfMatchEndingAt(tokens, before, Math.max(from, before - 1)) >= 0) {
            // "destroyed every one of the 24 drones": read as "24 of the 24"
            long whole = wholeAfter(tokens, end, to);
            if (whole > 1) {
                value = whole;
            }
        }
        Qualifier q = Qualifier.EXACT;
        int cueStart = start;
        int lo = Math.max(from, before - MARKER_WINDOW);
        // the longest qualifier wins: "no fewer than ten" is at least ten, though "fewer than" ends it too
        int most = lex.get(Lexicon.AT_MOST).startOfMatchEndingAt(tokens, before, lo);
        int least = lex.get(Lexicon.AT_LEAST).startOfMatchEndingAt(tokens, before, lo);
        int about = lex.get(Lexicon.APPROXIMATE).startOfMatchEndingAt(tokens, before, lo);
        if (most >= 0 && (least < 0 || most <= least) && (about < 0 || most <= about)) {
            q = Qualifier.AT_MOST;
            cueStart = most;
        } else if (least >= 0 && (about < 0 || least <= about)) {
            q = Qualifier.AT_LEAST;
            cueStart = least;
        } else if (about >= 0) {
            q = Qualifier.APPROXIMATE;
            cueStart = about;
        }
        int wb = lex.get(Lexicon.WHOLE_BEFORE).startOfMatchEndingAt(tokens, skipQuotesBack(tokens, cueStart, from),
                Math.max(from, cueStart - MARKER_WINDOW));
        boolean whole = wb >= 0;
        if (whole) {
            cueStart = wb;
        }
        int j = end;
        boolean part = false;
        int len = lex.get(Lexicon.PART).matchAt(tokens, j, to);
        if (len > 0) {
            part = true;
            j += len;
        } else {
            // "أُسقط منها أو أُخمد 81", "of which 22 over Kharkiv", "з них 15 збито": the marker before the number
            part = lex.get(Lexicon.PART).find(tokens, Math.max(from, cueStart - PART_REACH), cueStart) >= 0;
        }
        boolean ofNext = false;
        // "96 збитих із 120", "88 сбитых из 100": a fate participle may stand between the part and its "of"
        int fate = part ? 0 : fateCue(tokens, j, to);
        int of = fate > 0 ? j + fate : j;
        len = lex.get(Lexicon.WHOLE_AFTER).matchAt(tokens, of, to);
        if (!part && len > 0 && of + len < to && startsNumber(tokens, of + len, to)) {
            ofNext = true;
        }
        int[] nounEnd = {end};
        // "خلال الساعات الأربع والعشرين الماضية طائرتين مسيرتين", "الساعات الـ24": a definite number follows the noun
        // it counts, whatever noun comes after it
        Noun counted = ofNext ? Noun.NONE
                : java.util.Objects.requireNonNullElse(nounBeforeDefinite(tokens, from, before), Noun.NONE);
        Noun noun = ofNext ? Noun.NONE : counted != Noun.NONE ? counted : scanNoun(tokens, j, to, nounEnd);
        if (noun == Noun.NONE && !ofNext) {
            noun = nounBefore(tokens, from, before);
        }
        boolean elliptical = noun == Noun.NONE;
        int afterNoun = elliptical ? j : nounEnd[0];
        // "Fifteen of them were brought down over the Bryansk Region": a part names what it counts, its verb may
        // stand between it and the region as a drone noun's does
        int[] region = ofNext ? new int[] {-1, -1} : region(tokens, afterNoun, to, elliptical && !part);
        if (region[0] < 0 && !ofNext && !elliptical) {
            region = regionBefore(tokens, from, skipQuotesBack(tokens, cueStart, from));
        }
        nouns.add(noun);
        return new Figure(start, end, cueStart, value, q, afterNoun, elliptical, part, ofNext, whole, false,
                region[0], region[1], !allBut && all(tokens, from, start, end, q == Qualifier.EXACT ? start : cueStart), additional(tokens, from, before, end, to),
                false);
    }

    /** The number Y of an "of Y" right after {@code end} ("three of the 45"), or 0. */
    private long wholeAfter(List<Token> tokens, int end, int to) {
        int len = lex.get(Lexicon.WHOLE_AFTER).matchAt(tokens, end, to);
        if (len == 0 || end + len >= to) {
            return 0;
        }
        Numbers.Match m = Numbers.parse(tokens.subList(end + len, to).stream().map(Token::norm).toList(), 0);
        return m == null ? 0 : m.value();
    }

    /**
     * The value of a figure that counts "all of them" without a number ("Усі ворожі дрони знищено", "all of them
     * were shot down", "أسقطت جميعها"): the claim's launched figure, filled in by {@link ClaimMerger}.
     */
    static final long ALL_OF_THEM = -1;

    /**
     * End of an "all of them" phrase at {@code k}: an {@code all.pronouns} phrase, or an {@code all.markers} word
     * with a drone noun or a part pronoun ("of them", "з них") within {@link #ALL_REACH} words and no number in
     * between; else {@code k}.
     */
    private int allOfThem(List<Token> tokens, int k, int to) {
        int p = lex.get(Lexicon.ALL_PRONOUNS).matchAt(tokens, k, to);
        if (p > 0) {
            return k + p;
        }
        int len = lex.get(Lexicon.ALL_MARKERS).matchAt(tokens, k, to);
        if (len == 0 || !tokens.get(k).isWord()) {
            return k;
        }
        for (int j = k + len; j < Math.min(to, k + len + ALL_REACH); j++) {
            Token t = tokens.get(j);
            if (t.isNumber() || t.isPunct() || startsNumber(tokens, j, to)) {
                return k;
            }
            int noun = Math.max(lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, j, to),
                    lex.get(Lexicon.PART).matchAt(tokens, j, to));
            if (noun > 0) {
                // "جميع المسيرات الـ24", "all the drones, 24 of them": the number follows, it is no "all of them"
                for (int after = j + noun; after < Math.min(to, j + noun + ALL_REACH); after++) {
                    if (tokens.get(after).isNumber() || startsNumber(tokens, after, to)) {
                        return k;
                    }
                }
                return j + noun;
            }
        }
        return k;
    }

    /** Keeps the drone figures: applies the noun, X-of-Y, elliptical and breakdown rules. */
    private List<Figure> decide(List<Token> tokens, int from, List<Figure> raw, List<Noun> nouns,
                                boolean droneContext, boolean countedBefore) {
        List<Figure> out = new ArrayList<>();
        boolean seenDrone = false;
        // "من بين 70 مسيرة ... أسقطت الدفاعات 64": after a stated whole, a bare number is the part taken from it.
        boolean wholeSeen = false;
        int lastDroneEnd = -1;
        boolean ofNextKept = false;
        boolean inList = false;
        boolean dashList = false;
        for (int i = 0; i < raw.size(); i++) {
            Figure f = raw.get(i);
            Noun noun = nouns.get(i);
            boolean isWholeOfPrevious = i > 0 && raw.get(i - 1).ofNext();
            boolean drone;
            if (f.ofNext()) {
                // "shot down 28 of 35": the whole may leave its noun out once the sentence counts drones
                drone = i + 1 < raw.size() && (nouns.get(i + 1) == Noun.DRONE
                        || (nouns.get(i + 1) == Noun.NONE && (seenDrone || droneContext)));
                ofNextKept = drone;
            } else if (noun == Noun.DRONE) {
                drone = true;
            } else if (noun == Noun.OTHER) {
                drone = false;
            } else if (noun == Noun.AIRCRAFT) {
                drone = seenDrone || droneContext; // "أسقطت 42 مسيرة ... من أصل 65 طائرة": the drones just counted
            } else if (isWholeOfPrevious && ofNextKept) {
                drone = true;
            } else if (f.whole() && seenDrone) {
                drone = true; // "أسقطت 38 طائرة مسيرة من أصل 50": the whole of the drones just counted
            } else if (!seenDrone && f.elliptical() && i > 0 && nouns.get(i - 1) == Noun.OTHER && !f.hasRegion()
                    && !f.part()) {
                // "две ракеты Х-59, обе сбиты": before any drones, a bare number right after missiles counts missiles
                drone = false;
            } else if (f.all() && nextToCue(tokens, f, false)) {
                drone = true; // "Всі 20 знищені": every one of the drones the text is about
            } else {
                drone = !isWholeOfPrevious && (((seenDrone || droneContext) && (f.hasRegion() || f.part()))
                        || (countedBefore && f.part())
                        || wholeSeen || (seenDrone && (nextToCue(tokens, f, false) || afterCue(tokens, from, f)))
                        // "— Сбить удалось 48, еще четыре потеряны локационно": the statement goes on counting
                        || (droneContext && (nextToCue(tokens, f, true) || afterCue(tokens, from, f))));
            }
            if (isWholeOfPrevious && drone) {
                f = f.withWhole(true);
            }
            if (!drone) {
                continue;
            }
            if (f.increment()) {
                out.add(f); // the day's figure of a losses table row: never a breakdown
                continue;
            }
            boolean breakdown = false;
            if (seenDrone && !isWholeOfPrevious && !(wholeSeen && f.elliptical() && !f.hasRegion())) {
                boolean marker = lex.get(Lexicon.BREAKDOWN).find(tokens, Math.max(lastDroneEnd, f.cueStart() - MARKER_WINDOW),
                        f.cueStart()) >= 0;
                // Why not parts: "110 of which were shot down" completes a launched total; the extractor decides.
                ListMarks marks = listMarks(tokens, Math.max(lastDroneEnd, f.cueStart() - MARKER_WINDOW), f.cueStart());
                // A list opened by a colon or dash goes on to its end; a second dash closes a list in dashes.
                if (marks.count() > 0) {
                    inList = !(inList && dashList && marks.count() == 1 && marks.lastIsDash());
                    dashList = marks.lastIsDash();
                }
                breakdown = marker || (f.elliptical() && f.hasRegion()) || inList;
            } else if (f.elliptical() && droneContext && !f.ofNext()) {
                breakdown = true;
            }
            // "Больше всего — 38 — над Брянской", "the largest number, 45, over Crimea": the top item of a breakdown
            breakdown |= lex.get(Lexicon.LARGEST).find(tokens, Math.max(from, f.cueStart() - MARKER_WINDOW),
                    f.cueStart()) >= 0;
            out.add(breakdown ? f.withBreakdown(true) : f);
            if (!f.elliptical() || !seenDrone) {
                seenDrone = true;
            }
            lastDroneEnd = f.end();
            wholeSeen |= f.whole() && !f.ofNext();
        }
        return listHeads(tokens, out);
    }

    /**
     * "31 drones were destroyed over the Bryansk Region, 22 over the Kursk Region, ...": a figure with a region
     * that the next figure continues as an elliptical item with a region of its own opens a list by region; it is
     * the list's first item, a breakdown like the rest, not the total. Not when a breakdown marker or a part
     * marker joins them ("343 drones over ten regions, including 126 over Kursk", "six over 24 hours, five of them
     * over the Red Sea"): the first is then the whole.
     */
    private List<Figure> listHeads(List<Token> tokens, List<Figure> figures) {
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure f = figures.get(i);
            Figure next = figures.get(i + 1);
            if (!f.breakdown() && !f.part() && !f.ofNext() && !f.elliptical() && f.hasRegion()
                    && next.breakdown() && next.elliptical() && !next.part() && next.hasRegion()
                    && lex.get(Lexicon.BREAKDOWN).find(tokens, f.end(), next.cueStart()) < 0) {
                figures.set(i, f.withBreakdown(true));
            }
        }
        return figures;
    }

    /** Colons and dashes found between two figures, and whether the last of them was a dash. */
    private record ListMarks(int count, boolean lastIsDash) {
    }

    /**
     * Colons and dashes between a drone figure and this one: a list that breaks the figure down ("96 drones: 38
     * over Bryansk, ...", "seven drones — four sea drones and three UAVs —"). The extractor keeps a list item a
     * breakdown only when it has the figure's role ("68 дронами: 45 збито" is the destroyed figure).
     */
    private static ListMarks listMarks(List<Token> tokens, int from, int to) {
        int marks = 0;
        boolean dash = false;
        for (int k = Math.max(0, from); k < to; k++) {
            String n = tokens.get(k).norm();
            if (isListMark(n) || spacedHyphen(tokens, k)) {
                marks++;
                dash = !n.equals(":");
            }
        }
        return new ListMarks(marks, dash);
    }

    /** "six drones - five sea drones and one UAV -": a hyphen with spaces both sides is a typed dash. */
    private static boolean spacedHyphen(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).norm().equals("-")
                && tokens.get(k - 1).end() < tokens.get(k).start() && tokens.get(k).end() < tokens.get(k + 1).start();
    }

    /** A colon or a dash, which opens or goes on with a list of figures. */
    private static boolean isListMark(String n) {
        return n.equals(":") || n.equals("—") || n.equals("–");
    }

    /** "атакувала 54 дронами, оборона збила 33": a bare number right after a destroy, lost or hit verb. */
    private boolean afterCue(List<Token> tokens, int from, Figure f) {
        for (String key : new String[] {Lexicon.DESTROY_CUES, Lexicon.LOST_CUES, Lexicon.HIT_CUES}) {
            int s = lex.get(key).startOfMatchEndingAt(tokens, f.cueStart(), Math.max(from, f.cueStart() - 3));
            if (s >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "launched 64 drones and 58 were shot down", "16 got through": a bare number right before a role cue; with
     * {@code fateOnly} only a destroy or lost cue ("еще четыре потеряны", not a hit: "one more struck").
     */
    private boolean nextToCue(List<Token> tokens, Figure f, boolean fateOnly) {
        int to = Math.min(tokens.size(), f.end() + CUE_GAP + 2);
        for (int k = f.end(); k < Math.min(to, f.end() + CUE_GAP + 1); k++) {
            if (fateCue(tokens, k, to) > 0) {
                return true;
            }
            if (!fateOnly && (lex.get(Lexicon.LAUNCH_CUES).matchAt(tokens, k, to) > 0
                    || lex.get(Lexicon.HIT_CUES).matchAt(tokens, k, to) > 0
                    || lex.get(Lexicon.HIT_AFTER).matchAt(tokens, k, to) > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A singular drone phrase at {@code k} that counts one drone destroyed: at most {@link #SINGULAR_MODIFIERS}
     * modifier words ("an American MQ-9 Reaper drone", "украинский беспилотник") and a singular drone noun
     * ({@code drone.singulars}), or a singular head with a drone noun after it ({@code drone.singular_heads}:
     * "طائرة أمريكية من دون طيار"), standing right after a destroy cue or right before one ("a drone was shot
     * down"). Not when a number, an attack noun ("repelled a drone attack") or a noun the drone word qualifies
     * ("drone debris") follows. Returns {@code {end, noun start}}, or null.
     */
    private int[] singular(List<Token> tokens, int from, int k, int to) {
        int nounAt = -1;
        int nounEnd = -1;
        int head = lex.get(Lexicon.DRONE_SINGULAR_HEADS).matchAt(tokens, k, to);
        if (head > 0) {
            for (int j = k + head; j <= Math.min(to - 1, k + head + SINGULAR_HEAD_EXTENSION) && tokens.get(j).isWord(); j++) {
                int len = lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, j, to);
                if (len > 0) {
                    nounAt = k;
                    nounEnd = j + len;
                    break;
                }
            }
        }
        int budget = SINGULAR_MODIFIERS;
        boolean determinersOnly = true;
        for (int j = k; nounAt < 0 && j < Math.min(to, k + SINGULAR_REACH); j++) {
            int len = lex.get(Lexicon.DRONE_SINGULARS).matchAt(tokens, j, to);
            if (len > 0) {
                nounAt = j;
                nounEnd = j + len;
                for (int more; (more = lex.get(Lexicon.DRONE_SINGULARS).matchAt(tokens, nounEnd, to)) > 0; ) {
                    nounEnd += more; // "Reaper drone"
                }
            } else if (tokens.get(j).designation() || tokens.get(j).norm().equals("-")) {
                continue; // "MQ-9": a model name is no word of the budget
            } else if (budget-- == 0 || !isModifier(tokens, j, to)) {
                return null;
            } else {
                determinersOnly &= lex.get(Lexicon.SINGULAR_DETERMINERS).matchAt(tokens, j, to) > 0
                        || lex.get(Lexicon.DRONE_HEADS).matchAt(tokens, j, to) > 0;
            }
        }
        if (nounAt < 0 || nounEnd > to || definite(tokens.get(nounAt)) || numberBefore(tokens, from, k)) {
            return null; // "المسيرة": a drone told before; "50 مسيرة أسقطت", "41 знищений дрон": the noun of a number
        }
        if (nounEnd < to) {
            // a few words are enough to read "واحدة": never the rest of a giant sentence for each singular
            Numbers.Match one = Numbers.parse(tokens.subList(nounEnd, Math.min(to, nounEnd + SINGULAR_REACH)).stream()
                    .map(Token::norm).toList(), 0);
            if (one != null && one.value() == 1) {
                nounEnd += one.length(); // "اعترض طائرة مسيرة واحدة": the number one after the noun is the same one
            } else if (startsNumber(tokens, nounEnd, to) || lex.get(Lexicon.ATTACK_NOUNS).matchAt(tokens, nounEnd, to) > 0
                    || lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, nounEnd, to) > 0
                    || lex.get(Lexicon.NONDRONE_NOUNS).matchAt(tokens, nounEnd, to) > 0) {
                return null;
            }
        }
        boolean cueBefore = k > from
                && lex.get(Lexicon.DESTROY_CUES).startOfMatchEndingAt(tokens, k, Math.max(from, k - 4)) >= 0;
        // "A Ukrainian drone was shot down", "Минобороны: беспилотник сбит": the phrase opens its clause, and only
        // determiners and drone heads stand before its noun ("Ukraine says drone destroyed" is no such phrase)
        boolean opensClause = determinersOnly && (k == from || tokens.get(k - 1).isPunct()
                || lex.get(Lexicon.COMPLEMENTIZERS).startOfMatchEndingAt(tokens, k, Math.max(from, k - 2)) >= 0);
        boolean cueAfter = false;
        for (int j = nounEnd; opensClause && !cueBefore && !cueAfter && j <= nounEnd + CUE_GAP && j < to && !tokens.get(j).isPunct(); j++) {
            cueAfter = lex.get(Lexicon.DESTROY_CUES).matchAt(tokens, j, to) > 0;
        }
        return cueBefore || cueAfter ? new int[] {nounEnd, nounAt} : null;
    }

    /** Length of a destroy or lost cue at {@code k} (the participles that may stand inside a noun phrase), or 0. */
    int fateCue(List<Token> tokens, int k, int to) {
        return Math.max(lex.get(Lexicon.DESTROY_CUES).matchAt(tokens, k, to), lex.get(Lexicon.LOST_CUES).matchAt(tokens, k, to));
    }

    /** A number within {@link #SINGULAR_MODIFIERS} tokens before {@code k}: the singular is that number's noun. */
    private static boolean numberBefore(List<Token> tokens, int from, int k) {
        for (int j = Math.max(from, k - SINGULAR_MODIFIERS); j < k; j++) {
            if (startsNumber(tokens, j, k)) {
                return true;
            }
        }
        return false;
    }

    /** An Arabic noun with its article ("المسيرة", "والطائرة"): a drone the text has told of already. */
    private static boolean definite(Token t) {
        String n = t.norm();
        return n.startsWith("ال") || n.startsWith("لل") || (n.length() > 3 && "وفبك".indexOf(n.charAt(0)) >= 0
                && (n.startsWith("ال", 1) || n.startsWith("لل", 1)));
    }

    /** A word that may stand between a destroy cue and a singular drone noun: no number, cue or other noun. */
    private boolean isModifier(List<Token> tokens, int j, int to) {
        Token t = tokens.get(j);
        return t.isWord() && !startsNumber(tokens, j, to)
                && lex.get(Lexicon.NONDRONE_NOUNS).matchAt(tokens, j, to) == 0
                && lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, j, to) == 0
                && lex.get(Lexicon.DESTROY_CUES).matchAt(tokens, j, to) == 0
                && lex.get(Lexicon.LAUNCH_CUES).matchAt(tokens, j, to) == 0
                && lex.get(Lexicon.REGION_PREPOSITIONS).matchAt(tokens, j, to) == 0;
    }

    private Noun scanNoun(List<Token> tokens, int j, int to, int[] nounEnd) {
        int budget = NOUN_WINDOW;
        int participles = 0;
        boolean head = false;
        int k = j;
        while (k < to && budget > 0) {
            Token t = tokens.get(k);
            if (t.isQuote()) {
                k++;
                continue;
            }
            if (t.isPunct() && !t.norm().equals("%")) {
                break;
            }
            if (startsNumber(tokens, k, to)) {
                break; // "الساعات الـ24 الماضية خمس طائرات": the noun after the next number is that number's
            }
            if (k == j && Math.max(lex.get(Lexicon.DAILY).matchAt(tokens, k, to),
                    lex.get(Lexicon.CUMULATIVE).matchAt(tokens, k, to)) > 0) {
                // "بينها 287 خلال اليوم الماضي": a period right after the number is no counted noun ("days"); past a
                // participle it may stand inside the noun phrase ("о 88 сбитых за ночь БПЛА")
                break;
            }
            int len = lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, k, to);
            if (len > 0) {
                nounEnd[0] = k + len;
                return Noun.DRONE;
            }
            // "176 збитих та подавлених засобами РЕБ дронів", "о 88 сбитых за ночь БПЛА": a participle saying what
            // became of the drones stands between the number and its noun and costs no word of the window. Before
            // the non-drone nouns: "14 локаційно втрачено" is a fate, not "локації" (locations).
            int fate = fateCue(tokens, k, to);
            if (fate > 0 && participles < MAX_PARTICIPLES) {
                participles++;
                k += fate;
                continue;
            }
            if (lex.get(Lexicon.NONDRONE_NOUNS).matchAt(tokens, k, to) > 0) {
                return Noun.OTHER;
            }
            if (k == j && lex.get(Lexicon.REGION_PREPOSITIONS).matchAt(tokens, k, to) > 0) {
                return Noun.NONE;
            }
            if (!head && lex.get(Lexicon.DRONE_HEADS).matchAt(tokens, k, to) > 0) {
                head = true;
                budget += HEAD_EXTENSION;
            }
            budget--;
            k++;
        }
        return head && isAircraftHead(tokens, j, to) ? Noun.AIRCRAFT : Noun.NONE;
    }

    /**
     * Arabic and "number reached" phrasings put the counted noun before the number: "الساعات الـ24", "جميع
     * المسيرات الـ40", "عدد المسيرات بلغ 104", "the number of drones reached 104". Looks back over the article
     * "الـ", or over a {@code total.verbs} verb and at most {@link #TOTAL_REACH} words before it.
     */
    private Noun nounBefore(List<Token> tokens, int from, int before) {
        int k = before;
        Noun definite = nounBeforeDefinite(tokens, from, k);
        if (definite != null) {
            return definite;
        }
        int verb = lex.get(Lexicon.TOTAL_VERBS).startOfMatchEndingAt(tokens, k, Math.max(from, k - 3));
        if (verb < 0) {
            // "putting the number of drones destroyed over its territory at 33", "оценив число сбитых аппаратов в
            // двадцать три": a count noun, then the figure after a preposition
            int prep = lex.get(Lexicon.COUNT_PREPOSITIONS).startOfMatchEndingAt(tokens, k, Math.max(from, k - 2));
            int count = prep < 0 ? -1 : lex.get(Lexicon.COUNT_NOUNS).findLast(tokens, Math.max(from, prep - TOTAL_REACH), prep);
            if (count < 0) {
                return Noun.NONE;
            }
            // the noun after the count noun ("عدد المسيرات المعترضة منذ ساعات الصباح إلى") or the one before the
            // preposition ("число уничтоженных над регионом аппаратов в")
            Noun first = Noun.NONE;
            for (int j = count + 1; j < prep && first == Noun.NONE; j++) {
                first = nounAt(tokens, j, from);
            }
            Noun last = Noun.NONE;
            for (int j = prep - 1; j > count && last == Noun.NONE; j--) {
                last = nounAt(tokens, j, from);
            }
            return first == Noun.DRONE || last == Noun.DRONE ? Noun.DRONE : first;
        }
        for (int j = verb - 1; j >= Math.max(from, verb - TOTAL_REACH); j--) {
            Noun n = nounAt(tokens, j, from);
            if (n != Noun.NONE) {
                return n;
            }
        }
        return Noun.NONE;
    }

    /**
     * The noun before an Arabic number with the article ("الساعات الـ24", or a number word that carries it:
     * "المسيرات الأوكرانية التسع"), or null when the number has none.
     */
    private Noun nounBeforeDefinite(List<Token> tokens, int from, int k) {
        if (k > from && tokens.get(k - 1).norm().equals("ال")) {
            return nounBackOverHeads(tokens, k - 2, from);
        }
        if (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).norm().startsWith("ال")) {
            return nounBackOverHeads(tokens, k - 1, from);
        }
        return null;
    }

    /** The noun at {@code k} or, past drone heads ("الأوكرانية"), up to two words before it. */
    private Noun nounBackOverHeads(List<Token> tokens, int k, int from) {
        for (int j = k; j >= Math.max(from, k - 2); j--) {
            Noun n = nounAt(tokens, j, from);
            if (n != Noun.NONE || lex.get(Lexicon.DRONE_HEADS).matchAt(tokens, j, j + 1) == 0) {
                return n;
            }
        }
        return Noun.NONE;
    }

    private Noun nounAt(List<Token> tokens, int k, int from) {
        if (k < from || k < 0) {
            return Noun.NONE;
        }
        int limit = Math.min(tokens.size(), k + 3);
        if (lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, k, limit) > 0) {
            return Noun.DRONE;
        }
        return lex.get(Lexicon.NONDRONE_NOUNS).matchAt(tokens, k, limit) > 0 ? Noun.OTHER : Noun.NONE;
    }

    /**
     * A head with no drone noun after it is a plain aircraft only when the first word after the number is an
     * aircraft noun ("طائرة" alone); an adjective head ("الست المعادية", "hostile") says nothing of the kind.
     */
    private boolean isAircraftHead(List<Token> tokens, int j, int to) {
        return j < to && lex.get(Lexicon.AIRCRAFT_HEADS).matchAt(tokens, j, to) > 0;
    }

    /** {start, end} token indices of the region after a figure, or {-1, -1}. */
    /**
     * "над Московским регионом уничтожены семь БПЛА": a region that opens the figure's clause, right before the verb
     * right before the number, is the figure's region too; {-1, -1} when there is none.
     */
    private int[] regionBefore(List<Token> tokens, int from, int cueStart) {
        int verb = lex.get(Lexicon.DESTROY_CUES).startOfMatchEndingAt(tokens, cueStart, Math.max(from, cueStart - 4));
        if (verb < 0) {
            return new int[] {-1, -1};
        }
        PhraseSet preps = lex.get(Lexicon.REGION_PREPOSITIONS);
        for (int p = verb - 1; p >= Math.max(from, verb - REGION_WORDS - 2); p--) {
            if (tokens.get(p).isNumber() || tokens.get(p).isPunct()) {
                break;
            }
            // at the clause start, or after one particle that opens it ("أما فوق بيلغورود فأسقطت ست مسيرات")
            if (preps.matchAt(tokens, p, verb) > 0 && (p <= from + 1 || tokens.get(p - 1).isPunct()
                    || tokens.get(p - 2).isPunct())) {
                int[] r = region(tokens, p, verb, true);
                return r[0] >= 0 && r[1] == verb ? r : new int[] {-1, -1};
            }
        }
        return new int[] {-1, -1};
    }

    private int[] region(List<Token> tokens, int j, int to, boolean elliptical) {
        int none = -1;
        PhraseSet preps = lex.get(Lexicon.REGION_PREPOSITIONS);
        int gap = elliptical ? 1 : REGION_GAP + 1;
        int k = j;
        int prepLen = 0;
        for (int g = 0; g < gap && k < to; g++, k++) {
            Token t = tokens.get(k);
            if (t.isPunct() && !t.isQuote()) {
                return new int[] {none, none};
            }
            prepLen = preps.matchAt(tokens, k, to);
            if (prepLen > 0) {
                break;
            }
            // "40 drones were shot down over Kharkiv": the figure's own verb does not count against the gap
            int cue = Math.max(lex.get(Lexicon.DESTROY_CUES).matchAt(tokens, k, to),
                    lex.get(Lexicon.LOST_CUES).matchAt(tokens, k, to));
            if (cue > 0) {
                k += cue - 1;
                g--;
            }
        }
        if (prepLen == 0) {
            return new int[] {none, none};
        }
        int r = k + prepLen;
        for (int guard = 0; guard < 3 && r < to; guard++) {
            int fl = lex.get(Lexicon.REGION_FILLERS).matchAt(tokens, r, to);
            if (fl == 0) {
                break;
            }
            r += fl;
        }
        if (r >= to || lex.get(Lexicon.REGION_VAGUE).matchAt(tokens, r, to) > 0 || startsNumber(tokens, r, to)) {
            return new int[] {none, none}; // "над девятью регионами", "over 14 regions": how many, not where
        }
        int e = r;
        while (e < to && e - r < REGION_WORDS) {
            Token t = tokens.get(e);
            if (!t.isWord()) {
                break;
            }
            if (e > r && (lex.get(Lexicon.REGION_STOPS).matchAt(tokens, e, to) > 0 || preps.matchAt(tokens, e, to) > 0
                    || lex.get(Lexicon.DESTROY_CUES).matchAt(tokens, e, to) > 0
                    || lex.get(Lexicon.LAUNCH_CUES).matchAt(tokens, e, to) > 0)) {
                break;
            }
            if (lex.get(Lexicon.REGION_STOPS).matchAt(tokens, e, to) > 0) {
                break;
            }
            e++;
        }
        return e > r ? new int[] {r, e} : new int[] {none, none};
    }

    /**
     * "all 40 drones", "all of the 40", "جميع المسيرات الـ40", "всі 20", or the number word itself ("both"): an
     * {@code all.markers} phrase is the number, or ends at most {@link #ALL_REACH} words before it (before its
     * qualifier, {@code lead}) with no punctuation between.
     */
    private boolean all(List<Token> tokens, int from, int start, int end, int lead) {
        PhraseSet all = lex.get(Lexicon.ALL_MARKERS);
        // A dual ("مسيرتين") is a figure of no width: it is not itself an "all" word.
        if (end > start && all.matchAt(tokens, start, end) == end - start) {
            return true;
        }
        // "all of the roughly twenty": from the qualifier, which stands between "all" and the number
        for (int k = lead - 1; k >= Math.max(from, lead - ALL_REACH - 1); k--) {
            Token t = tokens.get(k);
            if (t.isPunct() && !t.isQuote() || t.isNumber()) {
                return false;
            }
            int len = all.matchAt(tokens, k, lead);
            if (len > 0 && lead - (k + len) <= ALL_REACH) {
                return true;
            }
            // only drone words and articles between "all" and its number: "Both missiles and 50 of the drones"
            if (lex.get(Lexicon.DRONE_NOUNS).matchAt(tokens, k, lead) == 0
                    && lex.get(Lexicon.DRONE_HEADS).matchAt(tokens, k, lead) == 0
                    && !t.norm().equals("the") && !t.norm().equals("of") && !t.norm().equals("ال")) {
                return false;
            }
        }
        return false;
    }

    /** An {@code additional.markers} word before the number ("ещё 23", "еще о девяти") or right after it ("25 more"). */
    private boolean additional(List<Token> tokens, int from, int before, int end, int to) {
        PhraseSet more = lex.get(Lexicon.ADDITIONAL);
        // one word may stand between: "еще о девяти", "another 12"
        return more.startOfMatchEndingAt(tokens, before, Math.max(from, before - 2)) >= 0
                || (before - 1 > from && more.startOfMatchEndingAt(tokens, before - 1, Math.max(from, before - 3)) >= 0)
                || more.matchAt(tokens, end, to) > 0;
    }

    /** "з 09:00 до 15:00", "at 18:30": hours and minutes, glued by a colon. */
    private static boolean isClockTime(List<Token> tokens, int end, int to) {
        if (end + 1 >= to || !tokens.get(end).norm().equals(":") || !tokens.get(end + 1).isNumber()) {
            return false;
        }
        Token colon = tokens.get(end);
        return colon.start() == tokens.get(end - 1).end() && tokens.get(end + 1).start() == colon.end();
    }

    /** The "30" of "08:30". */
    private static boolean isMinutes(List<Token> tokens, int from, int start) {
        return start - 2 >= from && tokens.get(start - 2).isNumber() && isClockTime(tokens, start - 1, tokens.size());
    }

    /** "Sept. 8", "on 8 September", "на 21 августа": a month word right before (past its dot) or right after. */
    private boolean isDayOfMonth(List<Token> tokens, int from, int to, int start, int end) {
        PhraseSet months = lex.get(Lexicon.DATE_MONTHS);
        if (end < to && months.matchAt(tokens, end, to) > 0) {
            return true;
        }
        int b = start;
        if (b > from && tokens.get(b - 1).norm().equals(".")) {
            b--;
        }
        return months.startOfMatchEndingAt(tokens, b, Math.max(from, b - 2)) >= 0;
    }

    /** "the night to February 8, 2024", "8 лютого 2024", "فبراير 2025": a year a few words after a month name. */
    private boolean isYearOfDate(List<Token> tokens, int from, int start, long value) {
        return value >= 1900 && value <= 2100
                && lex.get(Lexicon.DATE_MONTHS).find(tokens, Math.max(from, start - YEAR_REACH), start) >= 0;
    }

    /** "February 8, 2024": the month, the day and a comma before the year. */
    static final int YEAR_REACH = 3;

    private static boolean startsNumber(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return false;
        }
        Token t = tokens.get(k);
        if (t.isNumber()) {
            return true;
        }
        return t.isWord() && t.norm().length() <= 24 && Numbers.parse(List.of(t.norm()), 0) != null;
    }

    private static int skipQuotesBack(List<Token> tokens, int k, int from) {
        int b = k;
        while (b > from && tokens.get(b - 1).isQuote()) {
            b--;
        }
        return b;
    }
}

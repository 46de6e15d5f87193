package io.wirewatch.claims;

import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a sentence names, and which one each figure counts over. A sentence may give a day's figure and a
 * running total side by side ("destroyed 176 drones over the past day, bringing the total since the February
 * 2022 invasion to 40,112"): a figure is cumulative when a span-of-days mark stands in the sentence and no
 * one-day mark ({@code daily.markers}: overnight, over the past day, за минулу добу, خلال الـ24 ساعة الماضية)
 * stands nearer to it.
 *
 * <p>Span-of-days marks: {@code cumulative.markers}, and a {@code since.markers} word followed within
 * {@link #SINCE_REACH} words by a year ("since October 2023", "منذ الثامن من أكتوبر 2023") or by a month within
 * {@link #MONTH_REACH} words ("since January", "с начала марта") or right by a weekday ("since Thursday"), and a
 * range of days
 * ("с 20 по 26 января", "between November 8 and 14").
 *
 * <p>A span a superlative is measured over ({@code comparison.markers} within {@link #COMPARISON_REACH} words
 * before it: "one of the largest attacks this month") is the comparison's, no mark for the figures.
 *
 * <p>An ordinal between a figure and a span mark takes the mark: "shot down an MQ-9, the 22nd since the campaign
 * began" counts the one drone of the day and numbers it in a running tally; the span is the ordinal's
 * ({@code ordinal.words}, or a number glued to an {@code ordinal.suffixes} word: "22nd", "22-й"), not the figure's.
 */
final class PeriodMarks {
    /** "منذ الثامن من أكتوبر 2023": the year may stand a few words after "since". */
    static final int SINCE_REACH = 4;
    /** "one of the largest attacks launched by Russia this month": a superlative a few words before the span. */
    static final int COMPARISON_REACH = 5;

    /** A period phrase's tokens {@code [start, end)}. */
    private record Mark(int start, int end) {
    }

    private final List<Mark> spans;
    private final List<Mark> days;
    private final List<Mark> ordinals;

    private PeriodMarks(List<Mark> spans, List<Mark> days, List<Mark> ordinals) {
        this.spans = spans;
        this.days = days;
        this.ordinals = ordinals;
    }

    static PeriodMarks of(Lexicon lex, List<Token> tokens, int a, int b) {
        List<Mark> spans = marks(lex.get(Lexicon.CUMULATIVE), tokens, a, b);
        PhraseSet since = lex.get(Lexicon.SINCE);
        for (int k = a; k < b; k++) {
            int len = since.matchAt(tokens, k, b);
            if (len > 0 && yearWithin(tokens, k + len, Math.min(b, k + len + SINCE_REACH))) {
                spans.add(new Mark(k, k + len));
            } else if (len > 0) {
                // "since January", "с начала марта", "منذ مطلع يناير": a month, not a day of it, is a span; so is
                // "since the Iranian attacks began": an event's start, the event named in a few words
                int month = monthAfter(lex, tokens, k + len, b);
                int began = lex.get(Lexicon.SINCE_BEGAN).find(tokens, k + len, Math.min(b, k + len + SINCE_REACH + 1));
                if (month > 0) {
                    spans.add(new Mark(k, month));
                } else if (began >= 0) {
                    spans.add(new Mark(k, began + 1));
                }
            }
            int range = lex.get(Lexicon.RANGE_MARKERS).matchAt(tokens, k, b);
            int end = range > 0 ? dateRangeEnd(lex, tokens, k + range, b) : -1;
            if (end > 0) {
                spans.add(new Mark(k, end));
            }
        }
        List<Mark> ordinals = marks(lex.get(Lexicon.ORDINALS), tokens, a, b);
        PhraseSet suffixes = lex.get(Lexicon.ORDINAL_SUFFIXES);
        for (int k = a; k < b; k++) {
            int end = tokens.get(k).isNumber() ? suffixEnd(suffixes, tokens, k, b) : -1;
            if (end > 0) {
                ordinals.add(new Mark(k, end));
            }
        }
        ordinals.removeIf(o -> inDate(lex, tokens, o, a, b));
        PhraseSet comparison = lex.get(Lexicon.COMPARISON);
        // "في واحدة من أكبر الحصائل المعلنة هذا الشهر", "one of the largest attacks this year": the span is the
        // comparison's, not the figure's
        spans.removeIf(m -> comparison.find(tokens, Math.max(a, m.start() - COMPARISON_REACH), m.start()) >= 0);
        return new PeriodMarks(spans, marks(lex.get(Lexicon.DAILY), tokens, a, b), ordinals);
    }

    /**
     * "с 20 по 26 января", "between November 8 and 14", "من 3 إلى 9 مارس": two days of a month joined by a
     * {@code range.joiners} word right after a {@code range.markers} word, the month before or after them; the end
     * of the range, or -1. Clock times ("в период с 20:00 до 23:00") name no month and are no span of days.
     */
    private static int dateRangeEnd(Lexicon lex, List<Token> tokens, int k, int b) {
        PhraseSet months = lex.get(Lexicon.DATE_MONTHS);
        int j = k;
        boolean month = false;
        int len = months.matchAt(tokens, j, b);
        if (len > 0) {
            month = true;
            j += len;
        }
        if (!isDay(tokens, j, b)) {
            return -1;
        }
        j++;
        int join = lex.get(Lexicon.RANGE_JOINERS).matchAt(tokens, j, b);
        if (join == 0 || !isDay(tokens, j + join, b)) {
            return -1;
        }
        j += join + 1;
        len = months.matchAt(tokens, j, b);
        if (len > 0) {
            return j + len;
        }
        return month ? j : -1;
    }

    /** Words that may stand between "since" and a month ("с начала марта", "since early March"). */
    static final int MONTH_REACH = 2;

    /** The end of a month name within {@link #MONTH_REACH} words (no number among them) after {@code k}, or -1. */
    private static int monthAfter(Lexicon lex, List<Token> tokens, int k, int b) {
        PhraseSet months = lex.get(Lexicon.DATE_MONTHS);
        PhraseSet weekdays = lex.get(Lexicon.DATE_WEEKDAYS);
        for (int j = k; j < Math.min(b, k + MONTH_REACH + 1); j++) {
            int len = Math.max(months.matchAt(tokens, j, b), j == k ? weekdays.matchAt(tokens, j, b) : 0);
            if (len > 0) {
                return j + len;
            }
            if (tokens.get(j).isNumber() || tokens.get(j).isPunct()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDay(List<Token> tokens, int k, int b) {
        if (k >= b || !tokens.get(k).isNumber() || k + 1 < b && tokens.get(k + 1).norm().equals(":")) {
            return false;
        }
        String n = tokens.get(k).norm();
        if (n.isEmpty() || n.length() > 2 || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false; // "1,5", "٫5" and the like: no day of a month
        }
        int day = Integer.parseInt(n);
        return day >= 1 && day <= 31;
    }

    /** Whether {@code f} counts over a span of days: a span mark is nearer to it than any one-day mark. */
    boolean cumulative(Figure f) {
        List<Mark> own = spans;
        if (!ordinals.isEmpty()) {
            own = new ArrayList<>();
            for (Mark m : spans) {
                if (!ordinalBetween(f, m)) {
                    own.add(m);
                }
            }
        }
        int span = nearest(own, f);
        return span < Integer.MAX_VALUE && span <= nearest(days, f);
    }

    /**
     * An ordinal of a date is no tally: "منذ الثامن من أكتوبر 2023", "the 8th of October", "تشرين الثاني" (a month
     * name covers it, or one begins within {@link #DATE_REACH} words after it).
     */
    private static boolean inDate(Lexicon lex, List<Token> tokens, Mark o, int a, int b) {
        PhraseSet months = lex.get(Lexicon.DATE_MONTHS);
        for (int j = Math.max(a, o.start() - 2); j < Math.min(b, o.end() + DATE_REACH + 1); j++) {
            int len = months.matchAt(tokens, j, b);
            if (len > 0 && (j >= o.end() || j + len > o.start())) {
                return true;
            }
        }
        return false;
    }

    /** Words between a day's ordinal and its month: "the 8th of October", "الثامن من أكتوبر". */
    static final int DATE_REACH = 2;

    /** "22nd", "22-й", "22-га": a number with an ordinal suffix glued to it (a hyphen may join them); the end, or -1. */
    private static int suffixEnd(PhraseSet suffixes, List<Token> tokens, int k, int b) {
        int j = k + 1;
        if (j + 1 < b && tokens.get(j).norm().equals("-") && tokens.get(j).start() == tokens.get(k).end()) {
            j++;
        }
        return j < b && tokens.get(j).start() == tokens.get(j - 1).end() && suffixes.matchAt(tokens, j, j + 1) == 1
                ? j + 1 : -1;
    }

    private boolean ordinalBetween(Figure f, Mark span) {
        for (Mark o : ordinals) {
            if (span.start() >= f.nounEnd() ? o.start() >= f.nounEnd() && o.end() <= span.start()
                    : o.start() >= span.end() && o.end() <= f.start()) {
                return true;
            }
        }
        return false;
    }

    /** A mark before the figure is as near as its end ("منذ بداية الغزو الروسي 61,430"), one after as its start. */
    private static int nearest(List<Mark> marks, Figure f) {
        int best = Integer.MAX_VALUE;
        for (Mark m : marks) {
            int d = m.start() < f.start() ? Math.max(0, f.start() - m.end()) : Math.max(0, m.start() - f.nounEnd());
            best = Math.min(best, d);
        }
        return best;
    }

    private static List<Mark> marks(PhraseSet set, List<Token> tokens, int a, int b) {
        List<Mark> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            int len = set.matchAt(tokens, k, b);
            if (len > 0) {
                out.add(new Mark(k, k + len));
            }
        }
        return out;
    }

    private static boolean yearWithin(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            String n = tokens.get(j).norm();
            if (tokens.get(j).isNumber() && n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
                return true;
            }
        }
        return false;
    }
}

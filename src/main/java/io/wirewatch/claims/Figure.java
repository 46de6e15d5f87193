package io.wirewatch.claims;

import io.wirewatch.model.Qualifier;

/**
 * A number in a sentence that counts drones, before it is attributed to anyone.
 *
 * @param start       token index of the number's first word
 * @param end         token index after the number
 * @param cueStart    token index where the words that qualify the number begin ("more than 10" starts at "more")
 * @param nounEnd     token index after the counted drone noun, or {@code end} when the noun is left out
 * @param elliptical  the noun is left out ("36 over Bryansk", "واثنتين فوق ...")
 * @param part        "X of which" / "X منها": a part of the figure before it
 * @param ofNext      "X of Y" / "X من أصل Y": the next figure is the whole X was taken from
 * @param whole       "out of Y" / "من بين Y", or the Y of "X of Y": the launched whole
 * @param breakdown   follows a total as one of its regional parts ("including 34 over Krasnodar")
 * @param regionStart token index of the region the figure covers, or -1
 * @param regionEnd   token index after that region, or -1
 * @param additional  "ещё 23", "25 more drones", "ще 21": a further figure of its own, never a part of an earlier one
 * @param all         "all 40 drones", "جميع المسيرات الـ40", "всі 20", "both": every drone launched met this fate
 * @param increment   the "(+142)" after a running total in a losses table ("БпЛА — 24 117 (+142)"): the day's
 *                    figure of the same role; the figure before it is the running total
 */
record Figure(int start, int end, int cueStart, long value, Qualifier qualifier, int nounEnd, boolean elliptical,
              boolean part, boolean ofNext, boolean whole, boolean breakdown, int regionStart, int regionEnd, boolean all,
              boolean additional, boolean increment) {

    boolean hasRegion() {
        return regionStart >= 0;
    }

    Figure withBreakdown(boolean b) {
        return new Figure(start, end, cueStart, value, qualifier, nounEnd, elliptical, part, ofNext, whole, b,
                regionStart, regionEnd, all, additional, increment);
    }

    /** The day's increment "(+M)" after the running total {@code total} of a losses table. */
    static Figure increment(int start, int end, long value, Figure total) {
        return new Figure(start, end, start, value, total.qualifier(), end, false, false, false, false, false, -1, -1,
                false, false, true);
    }

    /** The running total of a losses table, its drone noun named before the dash ("БпЛА ... — 24 117"). */
    Figure withTableNoun() {
        return new Figure(start, end, cueStart, value, qualifier, nounEnd, false, part, ofNext, whole, breakdown,
                regionStart, regionEnd, all, additional, increment);
    }

    /** The figure with its noun ending at {@code end}: a dual names its drones itself. */
    Figure withNounEnd(int end) {
        return new Figure(start, this.end, cueStart, value, qualifier, end, false, part, ofNext, whole, breakdown,
                regionStart, regionEnd, all, additional, increment);
    }

    Figure withWhole(boolean w) {
        return new Figure(start, end, cueStart, value, qualifier, nounEnd, elliptical, part, ofNext, w, breakdown,
                regionStart, regionEnd, all, additional, increment);
    }
}

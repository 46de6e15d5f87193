package io.wirewatch.tagging;

import java.util.Arrays;

/**
 * Where each pattern occurred, as token-index ranges in text order, with a "is there one near
 * here?" query answered by binary search.
 */
final class Occurrences {
    private static final int[] NONE = new int[0];

    private final int[][] starts;
    private final int[][] ends;
    private final int[] counts;
    /** The patterns that occurred at all, in order of first occurrence. */
    private int[] seen = new int[8];
    private int seenCount;

    Occurrences(int patternCount) {
        starts = new int[patternCount][];
        ends = new int[patternCount][];
        counts = new int[patternCount];
    }

    void add(int pattern, int startToken, int endToken) {
        int n = counts[pattern];
        if (n == 0) {
            if (seenCount == seen.length) {
                seen = Arrays.copyOf(seen, seenCount * 2);
            }
            seen[seenCount++] = pattern;
        }
        if (starts[pattern] == null) {
            starts[pattern] = new int[4];
            ends[pattern] = new int[4];
        } else if (n == starts[pattern].length) {
            starts[pattern] = Arrays.copyOf(starts[pattern], n * 2);
            ends[pattern] = Arrays.copyOf(ends[pattern], n * 2);
        }
        starts[pattern][n] = startToken;
        ends[pattern][n] = endToken;
        counts[pattern] = n + 1;
    }

    int seenCount() {
        return seenCount;
    }

    int seen(int i) {
        return seen[i];
    }

    int count(int pattern) {
        return counts[pattern];
    }

    int start(int pattern, int i) {
        return starts[pattern][i];
    }

    int end(int pattern, int i) {
        return ends[pattern][i];
    }

    /** Whether the pattern starts anywhere in token range [from, to]. Starts are added in order. */
    boolean startsWithin(int pattern, int from, int to) {
        int n = counts[pattern];
        if (n == 0) {
            return false;
        }
        int[] s = starts[pattern] == null ? NONE : starts[pattern];
        int at = Arrays.binarySearch(s, 0, n, from);
        int index = at >= 0 ? at : -at - 1;
        return index < n && s[index] <= to;
    }
}

package io.wirewatch.text;

import java.util.Arrays;

/**
 * A map from a pair of non-negative ints to a non-negative int, open addressing over one {@code long[]}: the
 * transitions (state, symbol) → state of the compiled rule automata, looked up per token without boxing.
 * Filled at load, then read-only (safe to share once published).
 */
public final class IntPairMap {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] values;
    private int size;

    public IntPairMap() {
        keys = new long[64];
        values = new int[64];
        Arrays.fill(keys, EMPTY);
    }

    /** The value of (a, b), or -1. */
    public int get(int a, int b) {
        long key = key(a, b);
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    public void put(int a, int b, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(key(a, b), value);
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

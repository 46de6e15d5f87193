package io.wirewatch.claims;

import io.wirewatch.text.Token;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An article's tokens as the claim reader sees them, with every lexicon entry found where it starts
 * ({@link CompiledLexicons#scan}): for token {@code i}, the hits {@code packed[first[i] .. first[i + 1])}, each a
 * set id and an entry length.
 */
final class LexiconHits extends AbstractList<Token> implements RandomAccess {
    private final List<Token> tokens;
    private final CompiledLexicons compiled;
    private final int[] first;
    private final int[] packed;

    LexiconHits(List<Token> tokens, CompiledLexicons compiled, int[] first, int[] packed) {
        this.tokens = tokens;
        this.compiled = compiled;
        this.first = first;
        this.packed = packed;
    }

    boolean compiledBy(CompiledLexicons c) {
        return compiled == c;
    }

    @Override
    public Token get(int index) {
        return tokens.get(index);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    /** Length of the longest entry of the set starting at {@code i} and at most {@code max} tokens long, or 0. */
    int longest(int set, int i, int max) {
        int best = 0;
        for (int h = first[i]; h < first[i + 1]; h++) {
            int hit = packed[h];
            int length = CompiledLexicons.lengthOf(hit);
            if (CompiledLexicons.setOf(hit) == set && length <= max && length > best) {
                best = length;
            }
        }
        return best;
    }

    /** Whether an entry of the set exactly {@code length} tokens long starts at {@code i}. */
    boolean has(int set, int i, int length) {
        for (int h = first[i]; h < first[i + 1]; h++) {
            int hit = packed[h];
            if (CompiledLexicons.setOf(hit) == set && CompiledLexicons.lengthOf(hit) == length) {
                return true;
            }
        }
        return false;
    }
}

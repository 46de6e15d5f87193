package io.wirewatch.tagging;

import java.util.List;

/**
 * One lexicon term compiled to the lookup keys of its words, in order.
 *
 * @param source the term as written in the rule file, for messages
 * @param keys one {@link TermKeys} key per word
 * @param id dense index shared by every term with the same keys, used by {@link PhraseMatcher}
 */
record TermPattern(String source, List<String> keys, int id) {
    TermPattern {
        keys = List.copyOf(keys);
    }
}

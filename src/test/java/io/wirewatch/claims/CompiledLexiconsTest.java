package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.Token;
import io.wirewatch.text.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled claim lexicons after a flood of never-seen words: the vocabulary stays bounded, matches stay right. */
class CompiledLexiconsTest {

    /**
     * Twice the vocabulary's capacity of distinct words forces a start-over and then gives every index to a junk
     * word the lexicons have read; a token cut before that must still find its entry, not the junk's symbols.
     */
    @Test
    void shouldStayBoundedAndRightAfterAFloodOfNeverSeenWords() {
        PhraseSet drones = new PhraseSet();
        drones.add("مسيرات");
        CompiledLexicons lexicons = CompiledLexicons.compile(List.of(drones));
        List<Token> before = AnalyzedText.of("أسقطت الدفاعات والمسيرات").tokens();
        assertThat(drones.find(before, 0, before.size())).isEqualTo(2);

        int words = 2 * Vocabulary.CAPACITY;
        for (int from = 0; from < words; from += 4_096) {
            lexicons.scan(AnalyzedText.of(neverSeenWords(from, 4_096)).tokens());
        }

        assertThat(Vocabulary.size()).isLessThanOrEqualTo(Vocabulary.CAPACITY);
        assertThat(drones.find(before, 0, before.size())).isEqualTo(2);
        List<Token> after = AnalyzedText.of("أسقطت الدفاعات والمسيرات").tokens();
        assertThat(drones.find(after, 0, after.size())).isEqualTo(2);
    }

    /** Distinct words no lexicon holds: the numbers from {@code from} in base 20 over Arabic letters, after "ظظ". */
    private static String neverSeenWords(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int n = from; n < from + count; n++) {
            sb.append("ظظ");
            for (int v = n; v > 0 || sb.charAt(sb.length() - 1) == 'ظ'; v /= 20) {
                sb.append((char) ('ب' + v % 20));
            }
            sb.append(' ');
        }
        return sb.toString();
    }
}

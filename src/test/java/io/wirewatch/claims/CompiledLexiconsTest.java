package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.Token;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compiled claim lexicons after a flood of never-seen words: memory as before, matches as before. */
class CompiledLexiconsTest {

    /**
     * Why: the process-wide vocabulary this replaced gave every word ever read an id and each lexicon a slot per id,
     * so hostile or random text grew them until a bound of 300,000 words; now memory is bounded by the lexicons.
     */
    @Test
    void shouldRememberNoMoreWordsThanItsTableWhateverTheTextsRead() {
        PhraseSet drones = new PhraseSet();
        drones.add("مسيرات");
        CompiledLexicons lexicons = CompiledLexicons.compile(List.of(drones));
        Random random = new Random(11);

        for (int text = 0; text < 100; text++) {
            lexicons.scan(AnalyzedText.of(randomWords(random, 1_000)).tokens());
        }

        assertThat(lexicons.rememberedWords()).isLessThanOrEqualTo(CompiledLexicons.REMEMBERED_WORDS);
        List<Token> real = AnalyzedText.of("أسقطت الدفاعات والمسيرات").tokens();
        assertThat(drones.find(real, 0, real.size())).isEqualTo(2);
    }

    private static String randomWords(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < count; w++) {
            int length = 3 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                sb.append((char) ('\u0621' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        return sb.toString();
    }
}

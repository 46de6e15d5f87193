package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testing.LinearGrowth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(NormalizedText.of(text)).stream().map(Token::text).toList();
    }

    @Test
    void shouldKeepArabicAndLatinWords() {
        assertThat(words("قال الجيش: drone!")).containsExactly("قال", "الجيش", "drone");
    }

    @Test
    void shouldSplitHyphenatedWords() {
        assertThat(words("a Shahed-type sea-drone")).containsExactly("a", "shahed", "type", "sea", "drone");
    }

    @Test
    void shouldSplitDigitsGluedToArabicNoun() {
        assertThat(words("أطلقت ٥٠٠مسيرة")).containsExactly("اطلقت", "500", "مسيره");
    }

    @Test
    void shouldSplitApostropheS() {
        assertThat(words("Russia's navy")).containsExactly("russia", "s", "navy");
    }

    @Test
    void shouldGiveOriginalOffsetsOfEachToken() {
        String original = "أسقطت الدفاعاتُ المسيّرات";
        Token last = Tokenizer.tokenize(NormalizedText.of(original)).get(2);

        assertThat(original.substring(last.originalStart(), last.originalEnd())).isEqualTo("المسيّرات");
    }

    @Test
    void shouldTokenizeOneMegabyteOfUnbrokenArabicInLinearTime() {
        List<Token> tokens = Tokenizer.tokenize(NormalizedText.of("م".repeat(1_000_000)));

        assertThat(tokens).hasSize(1);
        System.out.println("tokenizer, unbroken Arabic: " + LinearGrowth.assertLinear("unbroken Arabic", 1_000_000,
                n -> "م".repeat(n), t -> Tokenizer.tokenize(NormalizedText.of(t))));
    }
}

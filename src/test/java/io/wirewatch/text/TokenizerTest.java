package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testing.LinearGrowth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one tokenizer's decisions: each consumer's view comes from the same scan. */
class TokenizerTest {

    private static List<String> words(String text) {
        return AnalyzedText.of(text).words().stream().map(Token::norm).toList();
    }

    private static List<String> tokens(String text) {
        return AnalyzedText.of(text).tokens().stream().map(Token::norm).toList();
    }

    @Test
    void shouldKeepArabicAndLatinWords() {
        assertThat(words("قال الجيش: drone!")).containsExactly("قال", "الجيش", "drone");
    }

    @Test
    void shouldSplitHyphenatedWordsInTheWordsView() {
        assertThat(words("a Shahed-type sea-drone")).containsExactly("a", "shahed", "type", "sea", "drone");
    }

    @Test
    void shouldKeepHyphenatedWordsWholeAsTokens() {
        assertThat(tokens("a Shahed-type sea-drone")).containsExactly("a", "shahed-type", "sea-drone");
    }

    @Test
    void shouldGiveEachPartOfACompoundItsOwnSpan() {
        String original = "a sea-drone";
        List<Token> parts = AnalyzedText.of(original).words();

        assertThat(original.substring(parts.get(2).start(), parts.get(2).end())).isEqualTo("drone");
    }

    @Test
    void shouldSplitDigitsGluedToArabicNoun() {
        assertThat(words("أطلقت ٥٠٠مسيرة")).containsExactly("اطلقت", "500", "مسيره");
        assertThat(tokens("أطلقت ٥٠٠مسيرة")).containsExactly("اطلقت", "500", "مسيره");
    }

    @Test
    void shouldKeepAGroupedNumberWholeAsATokenAndItsDigitRunsAsWords() {
        assertThat(tokens("збито 1 588 дронів")).containsExactly("збито", "1,588", "дронів");
        assertThat(words("збито 1 588 дронів")).containsExactly("збито", "1", "588", "дронів");
    }

    @Test
    void shouldSplitApostropheS() {
        assertThat(words("Russia's navy")).containsExactly("russia", "s", "navy");
        assertThat(tokens("Russia’s navy")).containsExactly("russia", "s", "navy");
    }

    @Test
    void shouldReadAUkrainianApostropheAsPartOfTheWordWhicheverIsTyped() {
        assertThat(tokens("п'ять п’ять пʼять")).containsExactly("пять", "пять", "пять");
        assertThat(words("п'ять дронів")).containsExactly("пять", "дронів");
    }

    @Test
    void shouldFoldYehWithHamzaSoBothSpellingsOfTaairaAreOneWord() {
        assertThat(tokens("طائرة طايرة")).containsExactly("طايره", "طايره");
        assertThat(words("طائرة")).containsExactly("طايره");
    }

    @Test
    void shouldFoldCyrillicIoToIe() {
        assertThat(tokens("ещё Ещё")).containsExactly("еще", "еще");
    }

    @Test
    void shouldNotSplitAWordAtAZeroWidthNonJoiner() {
        assertThat(tokens("مسي\u200Cرة")).containsExactly("مسيره");
    }

    @Test
    void shouldSkipWebAddressesWhole() {
        assertThat(tokens("see https://example.com/drone-100 now")).containsExactly("see", "now");
        assertThat(words("see www.drones.example now")).containsExactly("see", "now");
    }

    @Test
    void shouldMarkANumberGluedToLatinLettersAsADesignation() {
        List<Token> t = AnalyzedText.of("Tu-142 and 40 F35").tokens();

        assertThat(t).filteredOn(Token::isNumber).extracting(Token::norm, Token::designation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("142", true),
                        org.assertj.core.groups.Tuple.tuple("40", false),
                        org.assertj.core.groups.Tuple.tuple("35", true));
    }

    @Test
    void shouldMakeOnePunctuationTokenOfAnEllipsis() {
        List<Token> t = AnalyzedText.of("…").tokens();

        assertThat(t).hasSize(1);
        assertThat(t.get(0).isPunct()).isTrue();
    }

    @Test
    void shouldGiveOriginalOffsetsOfEachToken() {
        String original = "أسقطت الدفاعاتُ المسيّرات";
        Token last = AnalyzedText.of(original).words().get(2);

        assertThat(original.substring(last.start(), last.end())).isEqualTo("المسيّرات");
    }

    @Test
    void shouldTokenizeOneMegabyteOfUnbrokenArabicInLinearTime() {
        AnalyzedText text = AnalyzedText.of("م".repeat(1_000_000));

        assertThat(text.words()).hasSize(1);
        System.out.println("tokenizer, unbroken Arabic: " + LinearGrowth.assertLinear("unbroken Arabic", 1_000_000,
                n -> "م".repeat(n), AnalyzedText::of));
    }

    /**
     * A digit beyond the BMP (Brahmi U+11066) once sent the scan into a loop that read nothing and added the same
     * token until the test JVM ran out of heap (AnalyzerPropertiesTest, which draws random supplementary code points).
     */
    @Test
    void shouldReadADigitBeyondTheBmpAsANumber() {
        String brahmiTwelve = new String(Character.toChars(0x11067)) + new String(Character.toChars(0x11068));
        String original = "x " + brahmiTwelve + " y";
        List<Token> t = AnalyzedText.of(original).tokens();

        assertThat(t).extracting(Token::norm).containsExactly("x", "12", "y");
        assertThat(original.substring(t.get(1).start(), t.get(1).end())).isEqualTo(brahmiTwelve);
    }

    /** Every code point, alone, after a digit and after a letter: the scan ends, with at most one token per char. */
    @Test
    void shouldEndOnEveryCodePoint() {
        List<int[]> chunks = new ArrayList<>();
        int chunk = 1 << 12;
        for (int from = 0; from <= Character.MAX_CODE_POINT; from += chunk) {
            chunks.add(new int[] {from, Math.min(from + chunk, Character.MAX_CODE_POINT + 1)});
        }
        for (int[] range : chunks) {
            StringBuilder sb = new StringBuilder();
            for (int cp = range[0]; cp < range[1]; cp++) {
                sb.append(' ').appendCodePoint(cp).append(" 7").appendCodePoint(cp).append(" a").appendCodePoint(cp);
            }
            String text = sb.toString();

            assertThat(AnalyzedText.of(text).tokens().size()).as("U+%X..", range[0]).isLessThanOrEqualTo(text.length());
        }
    }
}

package io.wirewatch.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.text.HtmlMasker;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** What every masked text keeps, whatever the input: its length, its words, and its plain chars. */
class HtmlMaskerPropertiesTest {
    private static final List<String> TAGS = List.of("<p>", "</p>", "<br>", "<br/>", "<b>", "</b>",
            "<div class=\"a > b\">", "</div>", "<h3>", "</h3>", "<li>", "</li>", "<span dir='rtl'>", "</span>",
            "<!-- note 40 drones -->", "<script>var n = 500;</script>", "<style>p { x: 1 }</style>", "<img src=x />");

    @Property(tries = 500)
    void shouldKeepLength(@ForAll("hostileText") String text) {
        assertThat(HtmlMasker.mask(text)).hasSameSizeAs(text);
    }

    /** A char changes only to blank markup or to decode a reference at its '&'. */
    @Property(tries = 500)
    void shouldChangeCharsOnlyToBlanksOrDecodedReferences(@ForAll("hostileText") String text) {
        String masked = HtmlMasker.mask(text);
        for (int i = 0; i < text.length(); i++) {
            char m = masked.charAt(i);
            if (m != text.charAt(i) && m != ' ' && m != '\n') {
                boolean decoded = text.charAt(i) == '&'
                        || (i > 0 && text.charAt(i - 1) == '&' && Character.isLowSurrogate(m));
                assertThat(decoded).as("char %d changed from U+%04X to U+%04X", i, (int) text.charAt(i), (int) m)
                        .isTrue();
            }
        }
    }

    @Property(tries = 300)
    void shouldKeepEveryWordBetweenWellFormedTags(@ForAll("wordsAndTags") List<String> parts) {
        String html = String.join("", parts);
        String withoutTags = String.join(" ", parts.stream().filter(p -> !TAGS.contains(p)).toList());

        assertThat(words(HtmlMasker.mask(html))).isEqualTo(words(withoutTags));
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    @Provide
    Arbitrary<String> hostileText() {
        return HostileText.text();
    }

    @Provide
    Arbitrary<List<String>> wordsAndTags() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(HostileText.WORDS).map(w -> w.replace(' ', '_')),
                HostileText.numbers().filter(n -> n.chars().noneMatch(Character::isWhitespace)),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars(HostileText.TASHKEEL.toCharArray())
                        .ofMinLength(1).ofMaxLength(8)).map(w -> w + " "); // words never touch
        return Arbitraries.frequencyOf(
                        Tuple.of(3, word),
                        Tuple.of(2, Arbitraries.of(TAGS)))
                .list().ofMaxSize(40);
    }
}

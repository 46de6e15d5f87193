package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.testing.LinearGrowth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Linear time ({@link LinearGrowth}: work at 1 MB against 256 KB, no speed bound) and no exceptions on hostile bodies. */
class ClaimExtractorRobustnessTest {
    private static final int ONE_MB = 1 << 20;
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.load(Path.of("config"));
        // Warm up the JIT so the timings below measure the algorithm, not class loading.
        extractor.extract("w", LocalDate.EPOCH, "قالت وزارة الدفاع الروسية إنها أسقطت 12 مسيرة. ".repeat(2000), "ar");
    }

    /** The claims in the full-size text, after checking that the work grows linearly up to it. */
    private static List<DroneClaim> linear(String what, IntFunction<String> text) {
        System.out.println("claims " + what + ": " + LinearGrowth.assertLinear(what, ONE_MB, text,
                t -> extractor.extract("big", LocalDate.EPOCH, t, null)));
        return extractor.extract("big", LocalDate.EPOCH, text.apply(ONE_MB), null);
    }

    @Test
    void shouldHandleEndlessDigitsQuickly() {
        assertThat(linear("endless digits", n -> "7".repeat(n))).isEmpty();
    }

    @Test
    void shouldHandleEndlessArabicLettersQuickly() {
        assertThat(linear("endless Arabic letters", n -> "م".repeat(n))).isEmpty();
    }

    @Test
    void shouldHandleOneGiantSentenceWithThousandsOfNumbersQuickly() {
        linear("one giant sentence of numbers", size -> {
            StringBuilder sb = new StringBuilder("قالت وزارة الدفاع الروسية إن الدفاعات أسقطت ");
            int n = 0;
            while (sb.length() < size) {
                sb.append(n++ % 997).append(" مسيرة فوق منطقة كورسك و");
            }
            return sb.toString();
        });
    }

    @Test
    void shouldHandleEndlessDigitSeparatorsQuickly() {
        linear("endless digit separators", n -> "1,".repeat(n / 2));
    }

    @Test
    void shouldNeverThrowOnRandomText() {
        Random r = new Random(42);
        String alphabet = "0123456789٠١٢۳,.٬٫ -\n:؟!\"'«»()مسيرةطائراتdrones of which منها أصل of ";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = "Ukraine's air force said " + sb;
            List<DroneClaim> claims = extractor.extract("r", LocalDate.EPOCH, text, null);
            assertThat(claims).allSatisfy(c -> assertThat(text.substring(c.evidence().start(), c.evidence().end()))
                    .isEqualTo(c.evidence().text()));
        }
    }

    @Test
    void shouldSurviveUnpairedSurrogatesAndControlCharacters() {
        assertThat(extractor.extract("s", LocalDate.EPOCH, "\uD800 12 \u0000 drones \uDFFF", "en")).isEmpty();
    }
}

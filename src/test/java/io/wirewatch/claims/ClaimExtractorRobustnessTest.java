package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DroneClaim;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Linear time and no exceptions on hostile bodies. The time bound is loose on purpose (shared CI cores). */
class ClaimExtractorRobustnessTest {
    private static final int ONE_MB = 1 << 20;
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.load(Path.of("config"));
        // Warm up the JIT so the timings below measure the algorithm, not class loading.
        extractor.extract("w", LocalDate.EPOCH, "قالت وزارة الدفاع الروسية إنها أسقطت 12 مسيرة. ".repeat(2000), "ar");
    }

    private static List<DroneClaim> timed(String text) {
        // CPU time of this thread, not wall time: it measures the work, not the other builds on the machine.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        List<DroneClaim> claims = extractor.extract("big", LocalDate.EPOCH, text, null);
        assertThat(Duration.ofNanos(cpu.getCurrentThreadCpuTime() - t0)).isLessThan(LIMIT);
        return claims;
    }

    @Test
    void shouldHandleEndlessDigitsQuickly() {
        assertThat(timed("7".repeat(ONE_MB))).isEmpty();
    }

    @Test
    void shouldHandleEndlessArabicLettersQuickly() {
        assertThat(timed("م".repeat(ONE_MB))).isEmpty();
    }

    @Test
    void shouldHandleOneGiantSentenceWithThousandsOfNumbersQuickly() {
        StringBuilder sb = new StringBuilder("قالت وزارة الدفاع الروسية إن الدفاعات أسقطت ");
        int n = 0;
        while (sb.length() < ONE_MB) {
            sb.append(n++ % 997).append(" مسيرة فوق منطقة كورسك و");
        }
        timed(sb.toString());
    }

    @Test
    void shouldHandleEndlessDigitSeparatorsQuickly() {
        timed("1,".repeat(ONE_MB / 2));
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

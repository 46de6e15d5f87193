package io.wirewatch.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.text.HtmlMasker;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One-megabyte bodies built to hit the worst case of text code: no spaces, no sentence ends, endless
 * numbers, deep nesting, markup that never closes. Each must be analysed with its invariants intact.
 *
 * <p>Why 3 s: the target is well under a second, but the build machine is two shared cores; the bound
 * only has to catch a quadratic blow-up (which takes minutes on 1 MB). The measured time is printed.
 */
class AdversarialInputTest {
    /** Bodies as large as the parser accepts ({@code ArticleParser.DEFAULT_MAX_BODY_CHARS}). */
    private static final int SIZE = 1_000_000;
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Instant PUBLISHED = Instant.parse("2026-03-01T06:00:00Z");

    private static Analyzer analyzer;

    @BeforeAll
    static void warmUp() {
        analyzer = Fixtures.analyzer();
        for (int i = 0; i < 20; i++) {
            analyzer.analyze(Fixtures.article("warm-up", i % 2 == 0 ? "en" : "ar", "Drones",
                    "Air defences shot down 12 of 40 drones. أسقطت الدفاعات ١٢ مسيرة من أصل ٤٠.", PUBLISHED));
        }
    }

    @Test
    void shouldAnalyseEndlessAsciiDigits() {
        analyse("endless ASCII digits", "en", fill("0123456789"));
    }

    @Test
    void shouldAnalyseEndlessArabicIndicDigits() {
        analyse("endless Arabic-Indic digits", "ar", fill(HostileText.ARABIC_INDIC));
    }

    @Test
    void shouldAnalyseEndlessArabicLettersWithoutSpaces() {
        StringBuilder letters = new StringBuilder();
        for (char c = '\u0621'; c <= '\u064A'; c++) {
            letters.append(c);
        }
        analyse("endless Arabic letters, no spaces", "ar", fill(letters.toString()));
    }

    @Test
    void shouldAnalyseEndlessArabicLettersWithTashkeel() {
        analyse("endless Arabic letters with tashkeel, no spaces", "ar", fill("مُسَيَّرَةٌ"));
    }

    @Test
    void shouldAnalyseOneGiantEnglishClaimSentence() {
        Random r = new Random(1);
        StringBuilder s = new StringBuilder("Ukraine's air force said ");
        while (s.length() < SIZE) {
            int launched = r.nextInt(10_000);
            s.append(r.nextInt(launched + 1)).append(" drones of ").append(launched).append(" were shot down, ");
        }
        analyse("one giant sentence of 'X drones of Y were shot down'", "en", s.substring(0, SIZE));
    }

    @Test
    void shouldAnalyseOneGiantArabicClaimSentence() {
        Random r = new Random(2);
        StringBuilder s = new StringBuilder("الدفاع الروسية: ");
        while (s.length() < SIZE) {
            int launched = r.nextInt(10_000);
            s.append("أسقطت قوات الدفاع الجوي ").append(HostileText.toDigits(String.valueOf(r.nextInt(launched + 1)),
                    HostileText.ARABIC_INDIC)).append(" طائرة مسيرة من أصل ").append(launched).append("، ");
        }
        analyse("one giant Arabic sentence of claims", "ar", s.substring(0, SIZE));
    }

    @Test
    void shouldAnalyseHundredThousandNestedParentheses() {
        String body = "(".repeat(100_000) + "12 drones" + ")".repeat(100_000);
        analyse("100k nested parentheses", "en", body);
    }

    @Test
    void shouldAnalyseHundredThousandNestedMixedBrackets() {
        String body = "[{(«".repeat(100_000) + "أسقطت 12 مسيرة" + "»)}]".repeat(100_000);
        analyse("100k nested mixed brackets", "ar", body);
    }

    @Test
    void shouldAnalyseAMegabyteOfLessThan() {
        analyse("1 MB of '<'", "en", fill("<"));
    }

    @Test
    void shouldAnalyseAMegabyteOfUnclosedTags() {
        analyse("1 MB of unclosed '<a href=\"x'", "en", fill("<a href=\"x drones "));
    }

    @Test
    void shouldAnalyseAMegabyteOfTagsClosedOnlyAtTheEnd() {
        analyse("1 MB of open tags, one '>' at the end", "en", fill("<a title='x 40 drones ").substring(1) + ">");
    }

    @Test
    void shouldAnalyseAMegabyteOfUnclosedScriptsAndComments() {
        analyse("1 MB of '<script><!--' without closers", "en", fill("<script>12 drones<!--<style>") + ">");
    }

    @Test
    void shouldAnalyseAMegabyteOfAmpersands() {
        analyse("1 MB of '&#' and '&amp'", "en", fill("&#&amp&#x&#1575"));
    }

    @Test
    void shouldAnalyseAMegabyteOfLoneSurrogatesAndMarks() {
        analyse("1 MB of lone surrogates, bidi marks, combining marks", "ar",
                fill("\uD83D\u200F\u0301\uDE80\u061C\u0000"));
    }

    @Test
    void shouldAnalyseAMegabyteOfOneRepeatedSentence() {
        analyse("1 MB of one claim sentence repeated",
                "en", fill("Russia's defence ministry said its air defence units shot down 95 Ukrainian drones. "));
    }

    private static String fill(String unit) {
        StringBuilder s = new StringBuilder(SIZE + unit.length());
        while (s.length() < SIZE) {
            s.append(unit);
        }
        s.setLength(SIZE);
        return s.toString();
    }

    private static void analyse(String what, String language, String body) {
        Article article = Fixtures.article("adversarial", language, "Drone attack", body, PUBLISHED);
        long started = System.nanoTime();
        EnrichedArticle result = assertTimeoutPreemptively(LIMIT, () -> analyzer.analyze(article),
                () -> what + ": analyze took over " + LIMIT);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long maskStarted = System.nanoTime();
        HtmlMasker.mask(article.text());
        long maskMillis = (System.nanoTime() - maskStarted) / 1_000_000;
        System.out.printf("adversarial %-55s %,9d chars %6d ms (masking alone %4d ms), %d topics, %d claims%n",
                what, article.text().length(), millis, maskMillis, result.topics().size(), result.claims().size());
        Fixtures.assertInvariants(article, result);
    }
}

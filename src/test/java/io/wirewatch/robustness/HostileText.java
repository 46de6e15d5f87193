package io.wirewatch.robustness;

import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.model.Article;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile text and of mutated real articles, for the jqwik properties.
 *
 * <p>Text is built from fragments, so every try mixes the things that break text code: Arabic letters
 * with tashkeel, three digit scripts, bidi and format marks, emoji (surrogate pairs, ZWJ sequences, flags),
 * lone surrogates, combining marks, NUL and controls, HTML fragments, and the very words the rules look
 * for, so rules actually fire on hostile surroundings.
 */
final class HostileText {
    static final String ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
    static final String PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
    /** Fatha to sukun, superscript alef, tatweel: what Arabic copy sprinkles inside words. */
    static final String TASHKEEL = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640";
    static final List<String> MARKUP = List.of("<p>", "</p>", "<br>", "<br/>", "</div>", "<div class=\"x\">",
            "<h2>", "</li>", "<b>", "</b>", "<script>x=1</script>", "<script>", "<style>", "<!--", "-->",
            "<!-- c -->", "<", ">", "&", "&amp;", "&#1575;", "&#x1F680;", "&nbsp;", "&#", "&#;", "&lt;",
            "<a href='x>y'>", "<a href=\"", "</", "<!DOCTYPE html>", "<?xml?>", "]]>", "&#99999999;");
    static final List<String> WORDS = List.of("drones", "drone", "UAVs", "shot down", "intercepted",
            "launched", "destroyed", "Shahed", "air force", "air defence", "Russia", "Ukraine", "Black Sea",
            "Moscow", "of which", "out of", "at least", "about", "more than", "over", "said", "ministry",
            "warship", "sunk", "talks", "مسيرة", "مسيّرة", "طائرة", "درون", "أسقطت", "اعترضت", "الدفاع",
            "الروسية", "أوكرانية", "من أصل", "نحو", "أكثر من", "قرابة", "وزارة", "الجوي", "سفينة", "موسكو");
    static final List<String> SEPARATORS = List.of(" ", " ", " ", "\n", "\n\n", "\t", "\u00A0", "\u2028",
            ".", ",", "،", "؟", "!", ":", "(", ")", "[", "]", "-", "–", "\"", "«", "»");
    static final List<String> EMOJI = List.of("🇷🇺", "🇺🇦", "🏴\u200D☠️", "🤙", "🚀", "💥", "👨‍👩‍👧", "1️⃣");

    private HostileText() {
    }

    /** Hostile text up to a few thousand chars. */
    static Arbitrary<String> text() {
        return fragment().list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<String> fragment() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(WORDS)),
                Tuple.of(6, Arbitraries.of(SEPARATORS)),
                Tuple.of(4, numbers()),
                Tuple.of(3, Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(12)),
                Tuple.of(2, Arbitraries.strings().withChars(TASHKEEL.toCharArray()).ofMinLength(1).ofMaxLength(4)),
                Tuple.of(2, Arbitraries.strings().withChars('\u200E', '\u200F', '\u061C', '\u200B', '\u200C',
                        '\u200D', '\u2066', '\u2069', '\u202E', '\uFEFF', '\u00AD').ofMinLength(1).ofMaxLength(3)),
                Tuple.of(2, Arbitraries.of(EMOJI)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)),
                Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0300', '\u036F').withCharRange('\u06D6', '\u06ED')
                        .ofMinLength(1).ofMaxLength(5)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001F').withCharRange('\u007F', '\u009F')
                        .ofMinLength(1).ofMaxLength(3)),
                Tuple.of(4, Arbitraries.of(MARKUP)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(10)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\uFB50', '\uFEFC').ofMinLength(1).ofMaxLength(6)));
    }

    /** Numbers as wires write them, and as no wire should: ASCII, Arabic-Indic, Persian, huge, signed. */
    static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 2000).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40),
                Arbitraries.integers().between(0, 2000).map(n -> toDigits(String.valueOf(n), ARABIC_INDIC)),
                Arbitraries.integers().between(0, 2000).map(n -> toDigits(String.valueOf(n), PERSIAN)),
                Arbitraries.of("1,000", "1.5", "-40", "٬", "1٬234", "٫5", "10-15", "1e9", "0x1F", "½", "²"));
    }

    static String toDigits(String s, String digits) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? digits.charAt(c - '0') : c);
        }
        return out.toString();
    }

    static Arbitrary<String> language() {
        return Arbitraries.of("ar", "en", "ru", "uk", "fr", "", " ", "AR-iq", "en_GB", "-", "zz-zz-zz")
                .injectNull(0.2);
    }

    /** Any instant an ingested article can carry (the parser reads epoch millis up to Long range). */
    static Arbitrary<Instant> published() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Instant::ofEpochMilli),
                Arbitraries.longs().between(1_600_000_000_000L, 1_800_000_000_000L).map(Instant::ofEpochMilli));
    }

    static Arbitrary<Article> articles() {
        return Combinators.combine(text().injectNull(0.2), text(), language(), published())
                .as((title, body, lang, at) -> Fixtures.article("gen", lang, title, body, at));
    }

    /** Ways real text gets damaged or abused on its way to us. */
    enum Mutation {
        CUT_END, CUT_START, SPLICE, DUPLICATE_SENTENCE, INSERT_DIGITS, INSERT_MARKUP, INSERT_TASHKEEL,
        INSERT_MARKS, ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, WRAP_IN_HTML, DROP_TITLE, SWAP_LANGUAGE
    }

    /** Real articles (or generated ones when the corpus is absent) with one to three mutations. */
    static Arbitrary<Article> mutatedArticles() {
        List<Article> corpus = Fixtures.corpusArticles();
        Arbitrary<Article> seed = corpus.isEmpty() ? articles() : Arbitraries.of(corpus);
        return Combinators.combine(seed, seed, Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.randoms(), language())
                .as((a, b, mutations, random, otherLanguage) -> {
                    Article out = a;
                    for (Mutation m : mutations) {
                        out = mutate(out, b, m, random, otherLanguage);
                    }
                    return out;
                });
    }

    static Article mutate(Article a, Article other, Mutation m, Random r, String otherLanguage) {
        String body = a.body() == null ? "" : a.body();
        String title = a.title();
        String language = a.language();
        switch (m) {
            case CUT_END -> body = body.substring(0, r.nextInt(body.length() + 1)); // may split a surrogate pair
            case CUT_START -> body = body.substring(r.nextInt(body.length() + 1));
            case SPLICE -> {
                String o = other.body() == null ? "" : other.body();
                body = body.substring(0, r.nextInt(body.length() + 1)) + o.substring(r.nextInt(o.length() + 1));
            }
            case DUPLICATE_SENTENCE -> body = duplicateSentence(body, r);
            case INSERT_DIGITS -> body = insertAtRandom(body, r, 1 + r.nextInt(20), () -> randomDigits(r));
            case INSERT_MARKUP -> body = insertAtRandom(body, r, 1 + r.nextInt(20),
                    () -> MARKUP.get(r.nextInt(MARKUP.size())));
            case INSERT_TASHKEEL -> body = insertAtRandom(body, r, 1 + r.nextInt(200),
                    () -> String.valueOf(TASHKEEL.charAt(r.nextInt(TASHKEEL.length()))));
            case INSERT_MARKS -> body = insertAtRandom(body, r, 1 + r.nextInt(50),
                    () -> String.valueOf("\u200E\u200F\u061C\u200C\u200D\u0000\uFEFF".charAt(r.nextInt(7))));
            case ARABIC_INDIC_DIGITS -> body = toDigits(body, ARABIC_INDIC);
            case PERSIAN_DIGITS -> body = toDigits(body, PERSIAN);
            case WRAP_IN_HTML -> body = "<div><p>" + body.replace("&", "&amp;").replace("\n", "</p>\n<p>")
                    + "</p></div>";
            case DROP_TITLE -> title = null;
            case SWAP_LANGUAGE -> language = otherLanguage;
        }
        return new Article(a.id(), a.source(), a.published(), language, title, admitted(body), a.url());
    }

    /**
     * The body cut to what the parser admits ({@link ArticleParser#DEFAULT_MAX_BODY_CHARS}): a longer one is
     * dead-lettered and never reaches the analyzer. Why it matters: {@link Mutation#DUPLICATE_SENTENCE}
     * compounds. A last sentence without a full stop, repeated 1000 times, is still one sentence, and a
     * second duplication repeats all of it again: a 33-char sentence became a 33-million-char body, a third
     * duplication a 33-billion-char one. Those are what ran the property fork out of heap.
     */
    static String admitted(String body) {
        return body.length() <= ArticleParser.DEFAULT_MAX_BODY_CHARS
                ? body : body.substring(0, ArticleParser.DEFAULT_MAX_BODY_CHARS);
    }

    /**
     * One sentence of the body repeated 1000 times in place: a wire stuck in a loop. The repeat stops at
     * what the parser admits, so that no intermediate string is larger than an admitted body either.
     */
    static String duplicateSentence(String body, Random r) {
        String[] sentences = body.split("(?<=[.!?؟\n])");
        if (sentences.length == 0 || body.isEmpty()) {
            return body;
        }
        int pick = r.nextInt(sentences.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            if (i == pick) {
                for (int k = 0; k < 1000 && out.length() <= ArticleParser.DEFAULT_MAX_BODY_CHARS; k++) {
                    out.append(sentences[i]);
                }
            } else {
                out.append(sentences[i]);
            }
        }
        return out.toString();
    }

    private static String randomDigits(Random r) {
        String[] scripts = {"0123456789", ARABIC_INDIC, PERSIAN};
        String digits = scripts[r.nextInt(scripts.length)];
        StringBuilder out = new StringBuilder();
        for (int i = 1 + r.nextInt(12); i > 0; i--) {
            out.append(digits.charAt(r.nextInt(10)));
        }
        return out.toString();
    }

    private static String insertAtRandom(String s, Random r, int count, java.util.function.Supplier<String> piece) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < count; i++) {
            out.insert(r.nextInt(out.length() + 1), piece.get());
        }
        return out.toString();
    }
}

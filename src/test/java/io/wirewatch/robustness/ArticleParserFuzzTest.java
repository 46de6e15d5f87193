package io.wirewatch.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Article;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever bytes arrive, {@link ArticleParser#parse(byte[], Instant)} either gives a complete article or a
 * {@link BadInputException} with a reason: never another exception, which would take the stream thread
 * down instead of dead-lettering the record.
 */
class ArticleParserFuzzTest {
    private static final Instant FALLBACK = Instant.parse("2026-01-01T00:00:00Z");
    /**
     * A hang guard, not a speed bound: parses measured on the 2-core build machine take well under 100 ms,
     * a 1 MB field included; only a hang or a quadratic scan of such a field gets near 20 s.
     */
    private static final Duration PER_CALL = Duration.ofSeconds(20);
    private static final String VALID = "{\"id\":\"a-1\",\"source\":\"wire\",\"published\":\"2026-03-01T06:00:00+02:00\","
            + "\"language\":\"ar\",\"title\":\"عاجل\",\"body\":\"أسقطت الدفاعات ٤٠ مسيرة\",\"url\":\"https://x\"}";
    private static final String VALID_NINJS = "{\"uri\":\"urn:x:1\",\"headline\":\"Drones\","
            + "\"body_html\":\"<p>Air defences shot down 40 drones.</p>\",\"versioncreated\":\"2026-03-01T06:00:00Z\","
            + "\"language\":\"en-GB\",\"provider\":{\"name\":\"Wire\"}}";

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ArticleParser parser = new ArticleParser();

    @Property(tries = 200)
    void shouldRejectOrAcceptRandomBytes(@ForAll("randomBytes") byte[] value) {
        assertParsesOrRejects(value);
    }

    /** Bytes that start as XML, built from NewsML-G2 and markup fragments, DOCTYPEs and entities among them. */
    @Property(tries = 200)
    void shouldRejectOrAcceptXmlLikeBytes(@ForAll("xmlLike") String xml) {
        assertParsesOrRejects(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> xmlLike() {
        return Arbitraries.of("<", ">", "/", "=", "\"", " ", "\n", "newsItem", "newsMessage", "itemSet", " guid=\"g\"",
                        " version=\"2\"", "contentSet", "inlineData", "inlineXML", " contenttype=\"text/plain\"",
                        "html", "body", "p", "nitf", "body.content", "itemMeta", "itemClass", " qcode=\"ninat:text\"",
                        " xml:lang=\"ar\"", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<![CDATA[", "]]>", "&amp;", "&e;",
                        "&#1575;", "&#x0;", "<?xml version=\"1.0\"?>", "<!--", "-->", "قال الجيش", "drones", "\uFEFF")
                .list().ofMaxSize(120).map(parts -> "<" + String.join("", parts));
    }

    @Property(tries = 200)
    void shouldRejectOrAcceptMutatedValidJson(@ForAll("mutatedJson") byte[] value) {
        assertParsesOrRejects(value);
    }

    @Property(tries = 200)
    void shouldRejectOrAcceptArticlesWithFieldsOfAnyType(@ForAll("oddlyTypedArticles") String json) {
        assertParsesOrRejects(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The event time, in both shapes, as any JSON number or date-like string. */
    @Property(tries = 200)
    void shouldRejectOrAcceptAnyEventTime(@ForAll("eventTimes") String time, @ForAll boolean ninjs) {
        String json = ninjs ? "{\"uri\":\"u\",\"body_text\":\"b\",\"versioncreated\":" + time + "}"
                : "{\"id\":\"x\",\"body\":\"b\",\"published\":" + time + "}";
        assertParsesOrRejects(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50)
    void shouldRejectOrAcceptHugeAndDeepValues(@ForAll("hugeAndDeep") String json) {
        assertParsesOrRejects(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses in this thread and bounds its CPU time afterwards: a preemptive timeout would leave a slow
     * parse burning a shared core in the background and skew what runs next.
     */
    private void assertParsesOrRejects(byte[] value) {
        long cpuStart = CPU.getCurrentThreadCpuTime();
        Article article;
        try {
            article = parser.parse(value, FALLBACK);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).as("reason for rejecting %s", describe(value)).isNotBlank();
            assertCpuWithinLimit(cpuStart, value);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw " + e + " instead of BadInputException on " + describe(value), e);
        }
        assertCpuWithinLimit(cpuStart, value);
        assertThat(article).as("article from %s", describe(value)).isNotNull();
        assertThat(article.id()).as("id").isNotNull();
        assertThat(article.body()).as("body").isNotNull();
        assertThat(article.published()).as("published").isNotNull();
        assertThat(article.language()).as("language").isNotNull();
    }

    private static void assertCpuWithinLimit(long cpuStart, byte[] value) {
        Duration cpu = Duration.ofNanos(CPU.getCurrentThreadCpuTime() - cpuStart);
        assertThat(cpu).as("parse CPU time on %s", describe(value)).isLessThan(PER_CALL);
    }

    private static String describe(byte[] value) {
        if (value.length > 300) {
            return value.length + " bytes starting " + new String(value, 0, 200, StandardCharsets.UTF_8) + "...";
        }
        return new String(value, StandardCharsets.UTF_8) + " (hex " + HexFormat.of().formatHex(value) + ")";
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                // Mostly-JSON bytes: the structural chars make the parser go further before failing.
                Arbitraries.of((byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) '"', (byte) ':', (byte) ',',
                        (byte) '\\', (byte) 'u', (byte) '0', (byte) 'e', (byte) '-', (byte) 0xC3, (byte) 0xA9,
                        (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                        (byte) 0).array(byte[].class).ofMaxSize(500));
    }

    /** Valid wires (the real corpus lines when present) truncated, bit-flipped, spliced or mis-encoded. */
    @Provide
    Arbitrary<byte[]> mutatedJson() {
        List<String> corpus = Fixtures.corpusLines();
        Arbitrary<String> seed = corpus.isEmpty() ? Arbitraries.of(VALID, VALID_NINJS)
                : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(corpus)), Tuple.of(1, Arbitraries.of(VALID, VALID_NINJS)));
        return Combinators.combine(seed, Arbitraries.integers().between(1, 4), Arbitraries.randoms())
                .as((json, rounds, random) -> {
                    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < rounds; i++) {
                        bytes = mutate(bytes, random);
                    }
                    return bytes;
                });
    }

    private static byte[] mutate(byte[] b, Random r) {
        if (b.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(7)) {
            case 0 -> { // truncate, possibly inside a multi-byte char
                return java.util.Arrays.copyOf(b, at);
            }
            case 1 -> { // flip a bit
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 2 -> { // an invalid UTF-8 byte or overlong sequence
                byte[] bad = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0x80}).get(r.nextInt(5));
                return splice(b, at, at, bad);
            }
            case 3 -> { // delete a range
                return splice(b, at, Math.min(b.length, at + 1 + r.nextInt(20)), new byte[0]);
            }
            case 4 -> { // duplicate a range
                int end = Math.min(b.length, at + 1 + r.nextInt(50));
                return splice(b, end, end, java.util.Arrays.copyOfRange(b, at, end));
            }
            case 5 -> { // a JSON token where it does not belong
                String token = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "\\u", "\\uD800", "1e999",
                        "-", "\u0000").get(r.nextInt(13));
                return splice(b, at, at, token.getBytes(StandardCharsets.UTF_8));
            }
            default -> { // trailing garbage or a second object
                return splice(b, b.length, b.length, List.of(" x", "{}", "\n{\"id\":1}", "]").get(r.nextInt(4))
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** Articles in both shapes whose every field may hold any JSON value, including absurd numbers. */
    @Provide
    Arbitrary<String> oddlyTypedArticles() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "-0", "1e999", "-1e999", "NaN",
                        "9223372036854775807", "-9223372036854775808", "99999999999999999999999",
                        "-99999999999999999999999", "-1000000000000000000", "100000000000", "-100000000000000000",
                        "[]", "{}", "[1,2]", "{\"name\":null}", "{\"name\":\"Wire\"}", "\"\"", "\" \"",
                        "\"\\u0000\"", "\"\\uD800\"", "\"2026-02-30\"", "\"2026-03-01 6:00\"", "\"+999999999-12-31\"",
                        "\"2026-03-01T25:00\"", "\"Sun, 01 Mar 2026 06:00:00 GMT\"", "\"-\"", "\"en-\"",
                        "[{\"contenttype\":\"text/html\",\"value\":\"<p>x\"}]", "[\"x\"]", "[null]"),
                HostileText.text().map(ArticleParserFuzzTest::jsonString));
        List<String> simple = List.of("id", "source", "published", "language", "title", "body", "url");
        List<String> ninjs = List.of("uri", "headline", "headlines", "body_text", "body_html", "bodies",
                "versioncreated", "firstcreated", "language", "provider", "copyrightholder", "infosources", "by");
        Arbitrary<List<String>> keys = Arbitraries.oneOf(Arbitraries.of(simple), Arbitraries.of(ninjs))
                .list().ofMinSize(1).ofMaxSize(9);
        return Combinators.combine(keys, value.list().ofSize(9), Arbitraries.of(true, false))
                .as((ks, vs, requiredAsStrings) -> {
                    StringBuilder json = new StringBuilder("{");
                    if (requiredAsStrings) { // so that some tries get past the required-field checks
                        json.append(ks.contains("uri") ? "\"uri\":\"u\"," : "\"id\":\"x\",\"body\":\"b\",");
                    }
                    for (int i = 0; i < ks.size(); i++) {
                        json.append(i == 0 ? "" : ",").append('"').append(ks.get(i)).append("\":").append(vs.get(i));
                    }
                    return json.append('}').toString();
                });
    }

    @Provide
    Arbitrary<String> eventTimes() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(d -> !d.contains("N") && !d.contains("I")),
                Arbitraries.of("\"+999999999-12-31T23:59:59-18:00\"", "\"-999999999-01-01T00:00+18:00\"",
                        "\"2026-03-01\"", "\"2026-03-01T6:00\"", "\"2026-02-30T06:00Z\"",
                        "\"Sun, 01 Mar 2026 06:00:00 GMT\"",
                        "\"\"", "\"2026\"", "\"T\"", "null", "[]", "{}", "true"));
    }

    /** Deep nesting, huge strings, top-level non-objects. */
    @Provide
    Arbitrary<String> hugeAndDeep() {
        return Arbitraries.of(
                "[".repeat(10_000) + "]".repeat(10_000),
                "[".repeat(10_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                "{\"id\":\"x\",\"body\":\"b\",\"title\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                "{\"id\":\"x\",\"body\":\"b\",\"extra\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}",
                "{\"id\":\"x\",\"body\":\"" + "a".repeat(1_000_001) + "\"}",
                "{\"id\":\"x\",\"body\":\"" + "ب".repeat(999_999) + "\"}",
                "{\"id\":\"" + "i".repeat(10_000) + "\",\"body\":\"b\"}",
                "{\"id\":\"x\",\"body\":\"" + "\\u0627".repeat(200_000) + "\"}",
                "{\"id\":\"x\",\"body\":\"" + "a".repeat(3_000_000) + "\"}",
                // Sized so that a linear strip takes milliseconds and a quadratic one clearly over the limit
                // (a 1 MB body_html is accepted, and would then take minutes).
                "{\"uri\":\"x\",\"body_html\":\"" + "<".repeat(100_000) + "\"}",
                "{\"uri\":\"x\",\"body_html\":\"" + "<a ".repeat(40_000) + "\"}",
                "{\"id\":\"x\",\"body\":\"b\",\"n\":" + "9".repeat(100_000) + "}",
                "{\"id\":\"x\",\"body\":\"b\",\"n\":0." + "9".repeat(100_000) + "e99999}",
                "[{\"id\":\"x\",\"body\":\"b\"}]",
                "\"just a string\"",
                "42",
                "-1e999",
                "true",
                "null",
                " ",
                "\uFEFF",
                "\uFEFF{\"id\":\"x\",\"body\":\"b\"}");
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

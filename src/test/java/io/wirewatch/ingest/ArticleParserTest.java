package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static final Instant RECORD_TIME = Instant.parse("2026-01-02T03:04:05Z");
    private final ArticleParser parser = new ArticleParser(1000);

    private Article parse(String json) throws BadInputException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), RECORD_TIME);
    }

    private static String simple(String published) {
        return "{\"id\":\"a1\",\"source\":\"AP\",\"published\":" + published
                + ",\"language\":\"en\",\"title\":\"T\",\"body\":\"B\",\"url\":\"http://x\"}";
    }

    @Test
    void shouldParseSimpleForm() throws BadInputException {
        Article a = parse(simple("\"2025-05-25T05:46:54Z\""));
        assertThat(a).isEqualTo(new Article("a1", "AP", Instant.parse("2025-05-25T05:46:54Z"), "en", "T", "B",
                "http://x"));
    }

    @Test
    void shouldReadTimeWithoutOffsetAsUtc() throws BadInputException {
        assertThat(parse(simple("\"2025-05-25T05:46:54\"")).published()).isEqualTo("2025-05-25T05:46:54Z");
    }

    @Test
    void shouldReadTimeWithoutSeconds() throws BadInputException {
        assertThat(parse(simple("\"2025-05-25T05:46Z\"")).published()).isEqualTo("2025-05-25T05:46:00Z");
    }

    @Test
    void shouldApplyHalfHourOffset() throws BadInputException {
        assertThat(parse(simple("\"2025-05-25T09:16:54+03:30\"")).published()).isEqualTo("2025-05-25T05:46:54Z");
    }

    @Test
    void shouldApplyCompactOffset() throws BadInputException {
        assertThat(parse(simple("\"2025-05-25T08:46:54+0300\"")).published()).isEqualTo("2025-05-25T05:46:54Z");
    }

    @Test
    void shouldReadDateOnlyAsMidnightUtc() throws BadInputException {
        assertThat(parse(simple("\"2025-05-25\"")).published()).isEqualTo("2025-05-25T00:00:00Z");
    }

    @Test
    void shouldAcceptSpaceInsteadOfT() throws BadInputException {
        assertThat(parse(simple("\"2025-05-25 05:46:54.250Z\"")).published()).isEqualTo("2025-05-25T05:46:54.250Z");
    }

    @Test
    void shouldReadEpochMillis() throws BadInputException {
        assertThat(parse(simple("1748152014000")).published()).isEqualTo("2025-05-25T05:46:54Z");
    }

    @Test
    void shouldFallBackToRecordTimeWhenPublishedIsUnparseable() throws BadInputException {
        assertThat(parse(simple("\"yesterday evening\"")).published()).isEqualTo(RECORD_TIME);
    }

    @Test
    void shouldFallBackToRecordTimeWhenPublishedIsAbsent() throws BadInputException {
        assertThat(parse("{\"id\":\"a\",\"body\":\"b\"}").published()).isEqualTo(RECORD_TIME);
    }

    @Test
    void shouldDetectLanguageWhenAbsent() throws BadInputException {
        assertThat(parse("{\"id\":\"a\",\"body\":\"قال الجيش إن الدفاعات الجوية أسقطت طائرات مسيرة\"}").language())
                .isEqualTo("ar");
    }

    @Test
    void shouldReduceLanguageTagToPrimarySubtag() throws BadInputException {
        assertThat(parse("{\"id\":\"a\",\"body\":\"b\",\"language\":\"en-GB\"}").language()).isEqualTo("en");
    }

    @Test
    void shouldParseNinjs() throws BadInputException {
        Article a = parse("""
                {"uri":"urn:newsml:ap:2026:1","headline":"H","body_text":"Body",
                 "versioncreated":"2026-01-26T06:00:00Z","firstcreated":"2026-01-26T05:00:00Z",
                 "language":"en","by":"Jane Doe","copyrightholder":"AP"}""");
        assertThat(a).isEqualTo(new Article("urn:newsml:ap:2026:1", "AP", Instant.parse("2026-01-26T06:00:00Z"),
                "en", "H", "Body", null));
    }

    @Test
    void shouldStripHtmlBodyOfNinjs() throws BadInputException {
        Article a = parse("{\"uri\":\"u\",\"body_html\":\"<p>One &amp; two</p><p>Three<br/>four</p>\"}");
        assertThat(a.body()).isEqualTo("One & two\nThree\nfour");
    }

    @Test
    void shouldRejectMissingBody() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"title\":\"t\"}"))
                .isInstanceOf(BadInputException.class).hasMessage("missing required field 'body'");
    }

    @Test
    void shouldRejectMissingId() {
        assertThatThrownBy(() -> parse("{\"body\":\"b\"}"))
                .isInstanceOf(BadInputException.class).hasMessage("missing required field 'id'");
    }

    @Test
    void shouldRejectNonStringBody() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"body\":{\"x\":1}}"))
                .isInstanceOf(BadInputException.class).hasMessage("field 'body' must be a string, got an object");
    }

    @Test
    void shouldRejectTopLevelArray() {
        assertThatThrownBy(() -> parse("[{\"id\":\"a\",\"body\":\"b\"}]"))
                .isInstanceOf(BadInputException.class).hasMessage("top-level JSON is an array, expected an object");
    }

    @Test
    void shouldRejectTopLevelNumber() {
        assertThatThrownBy(() -> parse("42"))
                .isInstanceOf(BadInputException.class).hasMessage("top-level JSON is a number, expected an object");
    }

    @Test
    void shouldRejectEmptyMessage() {
        assertThatThrownBy(() -> parse("  \n"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("empty message");
    }

    @Test
    void shouldRejectTombstone() {
        assertThatThrownBy(() -> parser.parse((byte[]) null, RECORD_TIME))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("null value");
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> parser.parse(bad, RECORD_TIME))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("not valid UTF-8");
    }

    @Test
    void shouldRejectText() {
        assertThatThrownBy(() -> parse("drones over Kyiv"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("not JSON: ");
    }

    @Test
    void shouldRejectTruncatedJson() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"body\":\"b"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("not JSON: ");
    }

    @Test
    void shouldRejectTrailingContent() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"body\":\"b\"} {\"id\":\"c\"}"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("trailing content");
    }

    @Test
    void shouldRejectDeepNesting() {
        String deep = "{\"id\":\"a\",\"body\":\"b\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> parse(deep))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("JSON exceeds a safety limit");
    }

    @Test
    void shouldRejectBodyOverLimit() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"body\":\"" + "x".repeat(1001) + "\"}"))
                .isInstanceOf(BadInputException.class).hasMessage("body exceeds 1000 chars (1001); the limit is wirewatch.max.body.chars");
    }

    @Test
    void shouldRejectHugeStringValueWithoutReadingItAll() {
        String huge = "{\"id\":\"a\",\"body\":\"b\",\"junk\":\"" + "x".repeat(3_000_000) + "\"}";
        assertThatThrownBy(() -> parse(huge))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("JSON exceeds a safety limit");
    }

    @Test
    void shouldRejectOverlongId() {
        assertThatThrownBy(() -> parse("{\"id\":\"" + "i".repeat(600) + "\",\"body\":\"b\"}"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("field 'id' exceeds");
    }
}

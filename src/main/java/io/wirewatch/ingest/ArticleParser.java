package io.wirewatch.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import io.wirewatch.text.LanguageDetector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bytes of one wire message → {@link Article}s, or a {@link BadInputException} saying why not.
 *
 * <p>Three shapes are accepted, UTF-8 always. A message whose first non-blank byte is {@code <} is XML,
 * anything else JSON (one object):
 * <ul>
 *   <li><b>simple</b>: {@code id, source, published, language, title, body, url}; {@code id} and
 *       {@code body} are required;</li>
 *   <li><b>IPTC ninjs</b> (recognised by {@code uri}, {@code headline(s)}, {@code body_text},
 *       {@code body_html}, {@code bodies} or {@code versioncreated}): {@code uri} → id,
 *       {@code headline} → title, {@code body_text} → body (else {@code body_html} with tags stripped,
 *       else ninjs 2 {@code bodies}), {@code versioncreated} then {@code firstcreated} → published,
 *       {@code language}; source is {@code provider} (name), else {@code copyrightholder}, else {@code by}
 *       — the outlet before the byline, as in the simple form.</li>
 *   <li><b>NewsML-G2</b> XML, a {@code newsItem} or a {@code newsMessage}: one article per text item, mapped
 *       by {@link NewsMlParser}, read by {@link SafeXml} (no DTD: an XXE or entity-expansion payload is
 *       refused before anything is resolved). {@link #parseAll} returns them all.</li>
 * </ul>
 *
 * <p>Event time: {@code published} is read leniently ({@link #parseTime}); when it is absent or
 * unparseable the caller's fallback — the Kafka record timestamp — is used instead of failing, so a
 * sloppy date never costs an article. A time without offset is taken as UTC.
 *
 * <p>Language: the given one reduced to its primary subtag ({@code en-GB} → {@code en}), else detected
 * from the text with {@link LanguageDetector}.
 *
 * <p>Limits: JSON nesting depth {@value #MAX_NESTING} (articles are flat; deep nesting is an attack or a
 * mistake), body length {@code maxBodyChars}, id length {@value #MAX_ID_CHARS}. An XML message is measured
 * before it is parsed: over {@code maxBodyChars} <em>bytes</em> it is refused unread, so the parser never
 * holds more text than the limit allows (every char of a body takes at least one byte, and markup more);
 * each item's body is then checked in chars like a JSON body.
 */
public final class ArticleParser {
    public static final int DEFAULT_MAX_BODY_CHARS = 1_000_000;
    /** The setting named in rejections, so an operator knows what to raise. */
    public static final String MAX_BODY_KEY = "wirewatch.max.body.chars";
    /** Articles are flat objects; ninjs nests a few levels. */
    static final int MAX_NESTING = 32;
    /** Ids are Kafka keys and store keys: keep them short. */
    static final int MAX_ID_CHARS = 512;
    private static final int EXCERPT = 60;

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    /** Date, optional time (seconds and fraction optional), optional offset in any common spelling. */
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(\\d{1,2}:)");

    private final int maxBodyChars;
    private final JsonFactory factory;

    public ArticleParser() {
        this(DEFAULT_MAX_BODY_CHARS);
    }

    public ArticleParser(int maxBodyChars) {
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("maxBodyChars must be positive, got " + maxBodyChars);
        }
        this.maxBodyChars = maxBodyChars;
        // Strings may be somewhat longer than a body (escapes, the title); the body check below gives the
        // precise reason, this one only stops absurd allocations.
        int maxString = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1_000_000L, 2L * maxBodyChars));
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(maxString)
                        .build())
                .build();
        this.factory.setCodec(Json.mapper());
    }

    public int maxBodyChars() {
        return maxBodyChars;
    }

    /**
     * Every article of one message: the one of a JSON message, or each text item of a NewsML-G2 one, in
     * document order. The message is refused whole when any item is bad: nothing of it is half-taken.
     *
     * @param value        the record value (null for a tombstone)
     * @param fallbackTime the record timestamp: the event time when an article gives none usable
     */
    public List<Article> parseAll(byte[] value, Instant fallbackTime) throws BadInputException {
        Objects.requireNonNull(fallbackTime, "fallbackTime");
        if (value != null && isXml(value)) {
            checkXmlSize(value.length);
            return fromNewsMl(decodeUtf8(value), fallbackTime);
        }
        return List.of(parse(value, fallbackTime));
    }

    /** {@link #parseAll(byte[], Instant)} of an already-decoded message (an NDJSON line, an XML file's text). */
    public List<Article> parseAll(String message, Instant fallbackTime) throws BadInputException {
        Objects.requireNonNull(fallbackTime, "fallbackTime");
        if (message != null && isXml(message)) {
            checkXmlSize(utf8Length(message));
            return fromNewsMl(message.startsWith("\uFEFF") ? message.substring(1) : message, fallbackTime);
        }
        return List.of(parse(message, fallbackTime));
    }

    /**
     * The one article of a message: a JSON message, or a NewsML-G2 message with exactly one text item (use
     * {@link #parseAll} where a {@code newsMessage} may carry several).
     *
     * @param value        the record value (null for a tombstone)
     * @param fallbackTime the record timestamp: the event time when the article gives none usable
     */
    public Article parse(byte[] value, Instant fallbackTime) throws BadInputException {
        Objects.requireNonNull(fallbackTime, "fallbackTime");
        if (value == null) {
            throw new BadInputException("null value (tombstone), expected a JSON object");
        }
        if (isXml(value)) {
            return single(parseAll(value, fallbackTime));
        }
        String text = decodeUtf8(value);
        if (text.isBlank()) {
            throw new BadInputException("empty message, expected a JSON object");
        }
        return parse(readObject(text), fallbackTime);
    }

    /** Parses one already-decoded JSON text (e.g. one NDJSON line). */
    public Article parse(String json, Instant fallbackTime) throws BadInputException {
        if (json == null || json.isBlank()) {
            throw new BadInputException("empty message, expected a JSON object");
        }
        return parse(readObject(json), fallbackTime);
    }

    private static Article single(List<Article> articles) throws BadInputException {
        if (articles.size() != 1) {
            throw new BadInputException("message holds " + articles.size() + " articles (a NewsML-G2 newsMessage);"
                    + " read it with parseAll");
        }
        return articles.get(0);
    }

    /** XML when the first byte that is not a BOM or white space is {@code <}. */
    static boolean isXml(byte[] value) {
        int i = value.length >= 3 && (value[0] & 0xFF) == 0xEF && (value[1] & 0xFF) == 0xBB
                && (value[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < value.length && (value[i] == ' ' || value[i] == '\t' || value[i] == '\r' || value[i] == '\n')) {
            i++;
        }
        return i < value.length && value[i] == '<';
    }

    static boolean isXml(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r'
                || text.charAt(i) == '\n')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '<';
    }

    private void checkXmlSize(long bytes) throws BadInputException {
        if (bytes > maxBodyChars) {
            throw new BadInputException("XML message of " + bytes + " bytes exceeds " + MAX_BODY_KEY + "="
                    + maxBodyChars + " (an XML message is measured in bytes, before it is parsed)");
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private List<Article> fromNewsMl(String xml, Instant fallback) throws BadInputException {
        List<Article> articles = new ArrayList<>();
        for (NewsMlParser.Item item : NewsMlParser.items(SafeXml.parse(xml))) {
            String id = checkedId(item.id(), "guid");
            String body = requiredBody(item.body(), "contentSet");
            articles.add(article(id, item.source(), withinRange(parseTime(item.published()), fallback),
                    item.language(), item.title(), body, null));
        }
        return List.copyOf(articles);
    }

    private static String decodeUtf8(byte[] value) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(value);
        try {
            String s = decoder.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new BadInputException("not valid UTF-8: malformed byte sequence at byte " + in.position());
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid UTF-8: " + e.getMessage());
        }
    }

    private JsonNode readObject(String text) throws BadInputException {
        try (JsonParser p = factory.createParser(text)) {
            JsonNode node = p.readValueAsTree();
            if (node == null) {
                throw new BadInputException("empty message, expected a JSON object");
            }
            if (!node.isObject()) {
                throw new BadInputException("top-level JSON is " + kind(node) + ", expected an object");
            }
            if (p.nextToken() != null) {
                throw new BadInputException("trailing content after the JSON object at char "
                        + p.currentLocation().getCharOffset() + " (one object per message)");
            }
            return node;
        } catch (StreamConstraintsException e) {
            String what = firstLine(e.getOriginalMessage());
            if (what.startsWith("String value length")) {
                // Only a body can legitimately be this long: say which setting bounds it.
                what = what.replaceFirst(", from `StreamReadConstraints.getMaxStringLength\\(\\)`", "")
                        + "; bodies are limited by " + MAX_BODY_KEY + "=" + maxBodyChars;
            } else if (what.startsWith("Document nesting depth")) {
                what = "JSON nesting deeper than " + MAX_NESTING + " levels";
            }
            throw new BadInputException("JSON exceeds a safety limit: " + what);
        } catch (JsonProcessingException e) {
            throw new BadInputException("not JSON: " + firstLine(e.getOriginalMessage()) + " at char "
                    + e.getLocation().getCharOffset());
        } catch (IOException e) {
            throw new BadInputException("not JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** Maps one JSON object, in either shape, to an article. */
    public Article parse(JsonNode node, Instant fallbackTime) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException("top-level JSON is " + kind(node) + ", expected an object");
        }
        return isNinjs(node) ? fromNinjs(node, fallbackTime) : fromSimple(node, fallbackTime);
    }

    static boolean isNinjs(JsonNode n) {
        return !n.has("body") && (n.has("uri") || n.has("headline") || n.has("headlines") || n.has("body_text")
                || n.has("body_html") || n.has("bodies") || n.has("versioncreated"));
    }

    private Article fromSimple(JsonNode n, Instant fallback) throws BadInputException {
        String id = requiredId(n, "id");
        String title = text(n, "title");
        String body = requiredBody(text(n, "body"), "body");
        return article(id, text(n, "source"), time(n.get("published"), fallback), text(n, "language"), title,
                body, text(n, "url"));
    }

    private Article fromNinjs(JsonNode n, Instant fallback) throws BadInputException {
        String id = requiredId(n, "uri");
        String title = firstNonBlank(text(n, "headline"), firstValue(n.get("headlines")));
        String body = firstNonBlank(text(n, "body_text"), stripHtml(text(n, "body_html")), ninjs2Body(n.get("bodies")));
        body = requiredBody(body, "body_text");
        JsonNode published = n.hasNonNull("versioncreated") ? n.get("versioncreated") : n.get("firstcreated");
        String source = firstNonBlank(nameOf(n.get("provider")), text(n, "copyrightholder"),
                nameOf(firstElement(n.get("infosources"))), text(n, "by"));
        String url = text(n, "url");
        return article(id, source, time(published, fallback), text(n, "language"), title, body, url);
    }

    private Article article(String id, String source, Instant published, String language, String title,
                            String body, String url) {
        String lang = language == null ? LanguageDetector.detect(title == null ? body : title + "\n" + body)
                : primarySubtag(language);
        return new Article(id, source, published, lang, title, body, url);
    }

    private String requiredId(JsonNode n, String field) throws BadInputException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadInputException("missing required field '" + field + "'");
        }
        if (!v.isTextual() && !v.isIntegralNumber()) {
            throw new BadInputException("field '" + field + "' must be a string, got " + kind(v));
        }
        return checkedId(v.asText(), field);
    }

    private static String checkedId(String raw, String field) throws BadInputException {
        String id = raw == null ? "" : raw.strip();
        if (id.isEmpty()) {
            throw new BadInputException("field '" + field + "' is blank");
        }
        if (id.length() > MAX_ID_CHARS) {
            throw new BadInputException("field '" + field + "' exceeds " + MAX_ID_CHARS + " chars ("
                    + id.length() + ")");
        }
        return id;
    }

    private String requiredBody(String body, String field) throws BadInputException {
        if (body == null || body.isBlank()) {
            throw new BadInputException("missing required field '" + field + "'");
        }
        if (body.length() > maxBodyChars) {
            throw new BadInputException("body exceeds " + maxBodyChars + " chars (" + body.length() + "); the limit is "
                    + MAX_BODY_KEY);
        }
        return body;
    }

    /** A string field, or null when absent, null or blank; a non-string is an error. */
    private static String text(JsonNode n, String field) throws BadInputException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode() || v.isBinary()) {
            throw new BadInputException("field '" + field + "' must be a string, got " + kind(v));
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static Instant time(JsonNode v, Instant fallback) {
        if (v == null || v.isNull()) {
            return fallback;
        }
        Instant t;
        if (v.isIntegralNumber()) {
            long n = v.asLong();
            // Below 1e11 a number reads as seconds (year 5138 in seconds, 1973 in millis).
            t = n < 100_000_000_000L && n > -100_000_000_000L ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
        } else {
            t = parseTime(v.asText());
        }
        return withinRange(t, fallback);
    }

    private static Instant withinRange(Instant t, Instant fallback) {
        // Outside years 1..9999 a time is a data error, not an event: fall back to the record time.
        return t == null || t.isBefore(EARLIEST) || t.isAfter(LATEST) ? fallback : t;
    }

    /**
     * Lenient ISO-8601: {@code 2025-05-25T05:46:54Z}, {@code 2025-05-25T05:46+03:30},
     * {@code 2025-05-25 05:46:54.123+0330}, {@code 2025-05-25} (midnight), no offset = UTC; also
     * RFC 1123 ({@code Sun, 25 May 2025 05:46:54 GMT}).
     *
     * @return the instant, or null when the text is none of these
     */
    public static Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = DATE_SPACE_TIME.matcher(text.strip()).replaceFirst("$1T$2");
        if (s.length() > 11 && s.charAt(10) == 'T' && s.length() > 12 && s.charAt(12) == ':') {
            s = s.substring(0, 11) + "0" + s.substring(11); // single-digit hour
        }
        try {
            TemporalAccessor t = LENIENT.parse(s);
            LocalDate date = LocalDate.from(t);
            LocalTime time = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(t) : LocalTime.MIDNIGHT;
            ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
            return date.atTime(time).toInstant(offset);
        } catch (java.time.DateTimeException e) {
            try {
                return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip()));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * HTML as text: tags out ({@code HtmlMasker}), one line per block element, entities decoded, runs of
     * spaces collapsed; null when nothing is left. The rule for ninjs {@code body_html}, NewsML-G2 HTML
     * {@code inlineData} and RSS/Atom HTML bodies alike.
     */
    public static String stripHtml(String html) {
        if (html == null) {
            return null;
        }
        // HtmlMasker is one linear pass (a tag regex backtracks quadratically on a run of '<').
        String s = io.wirewatch.text.HtmlMasker.mask(html);
        s = SPACES.matcher(s).replaceAll(" ").replace(" \n", "\n").replace("\n ", "\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private static String ninjs2Body(JsonNode bodies) {
        if (bodies == null || !bodies.isArray()) {
            return null;
        }
        String html = null;
        for (JsonNode b : bodies) {
            String type = b.path("contenttype").asText("");
            String value = b.path("value").asText(null);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (type.contains("html")) {
                html = html == null ? value : html;
            } else {
                return value;
            }
        }
        return stripHtml(html);
    }

    private static String firstValue(JsonNode array) {
        JsonNode first = firstElement(array);
        if (first == null) {
            return null;
        }
        String v = first.isTextual() ? first.asText() : first.path("value").asText(null);
        return v == null || v.isBlank() ? null : v;
    }

    private static JsonNode firstElement(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return null;
        }
        return array.get(0);
    }

    private static String nameOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.path("name").asText(null);
        return s == null || s.isBlank() ? null : s;
    }

    private static String primarySubtag(String language) {
        String s = language.strip().toLowerCase(Locale.ROOT);
        int cut = s.indexOf('-') >= 0 ? s.indexOf('-') : s.indexOf('_');
        return cut > 0 ? s.substring(0, cut) : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > EXCERPT * 3 ? line.substring(0, EXCERPT * 3) + "..." : line;
    }
}

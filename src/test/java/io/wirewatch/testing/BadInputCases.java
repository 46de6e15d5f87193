package io.wirewatch.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One batch of hostile and odd wires, shared by the {@code TopologyTestDriver} test and the real-broker
 * test so both count the very same records. Each case says where it must end: {@code news.tagged}
 * (with the id it gets and the UTC day of its event time) or {@code news.dlq} (with a word of the reason).
 */
public final class BadInputCases {
    /** Over the default {@code wirewatch.max.body.chars} (1 000 000): five million characters. */
    public static final int HUGE_BODY_CHARS = 5_000_000;
    /** Far deeper than any article (the parser allows 32 levels). */
    public static final int DEEP_NESTING = 10_000;
    /** The record timestamp of every case: the event time of articles without a usable {@code published}. */
    public static final Instant RECORD_TIME = Instant.parse("2024-09-20T10:00:00Z");
    public static final LocalDate RECORD_DAY = LocalDate.of(2024, 9, 20);
    /** The file the XXE case tries to read, and a line of it that must never show up in any output. */
    public static final String XXE_TARGET = "file:///etc/passwd";
    public static final String XXE_TARGET_CONTENT = "root:x:0:0";
    /** Over the default {@code wirewatch.max.body.chars} (1 000 000) in bytes: an XML message refused unparsed. */
    public static final int HUGE_XML_BYTES = 2_000_000;

    public enum Outcome { TAGGED, DLQ }

    /**
     * @param key            record key (may be null)
     * @param value          record value (may be null: a tombstone)
     * @param id             the article id expected in {@code news.tagged}, or null for the DLQ
     * @param day            the expected UTC day of the tagged record's event time, or null
     * @param reasonContains a fragment of the expected {@code wirewatch.dlq.reason}, or null
     */
    public record Case(String name, String key, byte[] value, Outcome outcome, String id, LocalDate day,
                       String reasonContains) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BadInputCases() {
    }

    public static List<Case> all() {
        List<Case> c = new ArrayList<>();
        dlq(c, "invalid JSON", "k", utf8("{\"id\": \"broken\", \"body\": "), "not JSON");
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        dlq(c, "binary garbage", "k", garbage, "UTF-8");
        dlq(c, "invalid UTF-8", "k", concat(utf8("{\"id\":\"u1\",\"body\":\"caf"), new byte[] {(byte) 0xC3, 0x28},
                utf8("\"}")), "not valid UTF-8");
        dlq(c, "lone continuation byte", "k", concat(utf8("{\"id\":\"u2\",\"body\":\"x"), new byte[] {(byte) 0x80},
                utf8("\"}")), "not valid UTF-8");
        dlq(c, "empty value", "k", new byte[0], "empty");
        dlq(c, "whitespace value", "k", utf8(" \n\t "), "empty");
        dlq(c, "null value (tombstone)", "k", null, "null value");
        dlq(c, "JSON array", "k", utf8("[{\"id\":\"a\",\"body\":\"b\"}]"), "array");
        dlq(c, "JSON number", "k", utf8("42"), "number");
        dlq(c, "JSON string", "k", utf8("\"just text\""), "string");
        dlq(c, "JSON null", "k", utf8("null"), "expected");
        dlq(c, "missing id", "k", utf8("{\"body\":\"Ministers met in Geneva.\"}"), "'id'");
        dlq(c, "blank id", "k", utf8("{\"id\":\"  \",\"body\":\"Ministers met.\"}"), "'id'");
        dlq(c, "missing body", "k", utf8("{\"id\":\"no-body\",\"title\":\"Talks\"}"), "'body'");
        dlq(c, "body is an object", "k", utf8("{\"id\":\"obj-body\",\"body\":{\"text\":\"x\"}}"), "'body'");
        dlq(c, "two objects in one message", "k", utf8("{\"id\":\"a\",\"body\":\"b\"}{\"id\":\"c\",\"body\":\"d\"}"),
                "trailing");
        dlq(c, "far-future published", "k", utf8(simple("future-1", "\"2999-01-01T00:00:00Z\"",
                "Ministers met.")), "in the future");
        dlq(c, "5 MB body", "k", utf8("{\"id\":\"huge\",\"body\":\"" + "drones ".repeat(HUGE_BODY_CHARS / 7 + 1)
                + "\"}"), "wirewatch.max.body.chars");
        dlq(c, "10k levels of nesting", "k", utf8("{\"id\":\"deep\",\"body\":\"x\",\"extra\":"
                + "[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING) + "}"), "nesting");
        dlq(c, "XML: XXE reading a local file", "k", utf8(XmlAttacks.externalEntity("newsItem", XXE_TARGET)),
                "DTD not allowed");
        dlq(c, "XML: billion laughs", "k", utf8(XmlAttacks.billionLaughs("newsItem")), "DTD not allowed");
        dlq(c, "XML: not well-formed", "k", utf8("<newsItem guid=\"x\"><contentSet></newsItem>"),
                "not well-formed XML");
        dlq(c, "XML: 10k levels of nesting", "k", utf8("<a>".repeat(DEEP_NESTING) + "</a>".repeat(DEEP_NESTING)),
                "safety limit");
        dlq(c, "XML: 2 MB NewsML-G2", "k", utf8(newsItem("huge-xml", "2024-09-13T08:30:00Z",
                "drones ".repeat(HUGE_XML_BYTES / 7 + 1))), "wirewatch.max.body.chars");
        dlq(c, "XML: a lone picture item", "k", utf8("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
                + "guid=\"pic-1\"><itemMeta><itemClass qcode=\"ninat:picture\"/></itemMeta></newsItem>"),
                "not a text item");
        dlq(c, "XML: RSS on news.raw", "k", utf8("<rss version=\"2.0\"><channel><item><title>t</title></item>"
                + "</channel></rss>"), "wirewatch feed");

        tagged(c, "null key", null, simple("null-key", "\"2024-09-13T08:30:00Z\"", "Ministers met in Geneva."),
                "null-key", LocalDate.of(2024, 9, 13));
        tagged(c, "published 13/09/2024 (unparseable: record time)", "k",
                simple("date-dmy", "\"13/09/2024\"", "Ministers met."), "date-dmy", RECORD_DAY);
        tagged(c, "published 2024-09-13 10:15", "k", simple("date-space", "\"2024-09-13 10:15\"", "Ministers met."),
                "date-space", LocalDate.of(2024, 9, 13));
        tagged(c, "published +03:30 offset, previous UTC day", "k",
                simple("date-offset", "\"2024-09-13T01:00:00+03:30\"", "Ministers met."), "date-offset",
                LocalDate.of(2024, 9, 12));
        tagged(c, "published epoch seconds", "k", simple("epoch-s", "1726222500", "Ministers met."), "epoch-s",
                LocalDate.of(2024, 9, 13));
        tagged(c, "published epoch millis", "k", simple("epoch-ms", "1726222500000", "Ministers met."), "epoch-ms",
                LocalDate.of(2024, 9, 13));
        tagged(c, "published absent (record time)", "k",
                "{\"id\":\"no-date\",\"body\":\"Ministers met.\"}", "no-date", RECORD_DAY);
        tagged(c, "published garbage (record time)", "k", simple("date-junk", "\"yesterday-ish\"", "Ministers met."),
                "date-junk", RECORD_DAY);
        tagged(c, "published 1970-01-01", "k", simple("epoch-zero", "\"1970-01-01T00:00:00Z\"", "Ministers met."),
                "epoch-zero", LocalDate.of(1970, 1, 1));
        tagged(c, "published before 1970 (record time)", "k",
                simple("pre-1970", "\"1969-07-20T20:17:00Z\"", "Ministers met."), "pre-1970", RECORD_DAY);
        tagged(c, "HTML body", "k", "{\"id\":\"html-1\",\"title\":\"Drones <i>downed</i>\",\"body\":"
                + "\"<div class=\\\"x\\\"><p>Air defences <b>shot down</b> 40 <a href=\\\"/d\\\">drones</a> overnight, "
                + "the air force said.</p><script>var drones=1;</script></div>\"}", "html-1", RECORD_DAY);
        tagged(c, "RTL marks and emoji", "k", "{\"id\":\"rtl-1\",\"body\":\"\u200Fقال الجيش إن الدفاعات الجوية "
                + "أسقطت 25 طائرة مسيرة 🚀 خلال الليل\u200F 🇺🇦\u202B\"}", "rtl-1", RECORD_DAY);
        tagged(c, "mixed scripts", "k", "{\"id\":\"mix-1\",\"body\":\"Минобороны: сбито 30 беспилотников. "
                + "قال الجيش drone strike 🚁 на Крым. Сбито ٣٠ дронов.\"}", "mix-1", RECORD_DAY);
        tagged(c, "ninjs with body_html", "k", "{\"uri\":\"urn:ninjs:1\",\"headline\":\"Talks\","
                + "\"body_html\":\"<p>Ministers <b>met</b>.</p>\"}", "urn:ninjs:1", RECORD_DAY);
        tagged(c, "NewsML-G2 newsItem", "k", newsItem("urn:newsml:wire:1", "2024-09-13T08:30:00Z",
                "Air defences shot down 12 drones overnight, the air force said."), "urn:newsml:wire:1",
                LocalDate.of(2024, 9, 13));
        return List.copyOf(c);
    }

    /** A plain article that must come through after the batch: proof the pipeline still runs. */
    public static Case goodAfterBatch() {
        return new Case("good record after the batch", "k", utf8(simple("good-after",
                "\"2024-09-21T09:00:00Z\"", "Air defences shot down 12 drones overnight, the air force said.")),
                Outcome.TAGGED, "good-after", LocalDate.of(2024, 9, 21), null);
    }

    public static long count(List<Case> cases, Outcome outcome) {
        return cases.stream().filter(x -> x.outcome() == outcome).count();
    }

    private static String simple(String id, String publishedJson, String body) {
        return "{\"id\":\"" + id + "\",\"source\":\"wire\",\"published\":" + publishedJson + ",\"body\":\"" + body
                + "\"}";
    }

    private static String newsItem(String guid, String versionCreated, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
                + "guid=\"" + guid + "\" standard=\"NewsML-G2\"><itemMeta><itemClass qcode=\"ninat:text\"/>"
                + "<versionCreated>" + versionCreated + "</versionCreated></itemMeta><contentMeta><headline>Drones"
                + "</headline></contentMeta><contentSet><inlineData contenttype=\"text/plain\">" + text
                + "</inlineData></contentSet></newsItem>";
    }

    private static void dlq(List<Case> c, String name, String key, byte[] value, String reason) {
        c.add(new Case(name, key, value, Outcome.DLQ, null, null, reason));
    }

    private static void tagged(List<Case> c, String name, String key, String json, String id, LocalDate day) {
        c.add(new Case(name, key, utf8(json), Outcome.TAGGED, id, day, null));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

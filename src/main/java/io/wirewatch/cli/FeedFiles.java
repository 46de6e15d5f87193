package io.wirewatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.SafeXml;
import io.wirewatch.model.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * RSS 2.0, RSS 1.0 and Atom files → one simple-form wire (JSON) per item, read with ROME.
 *
 * <p>Why convert here rather than send the feed as it is: a feed file is a whole channel of items, while a
 * {@code news.raw} record is one wire, keyed and partitioned by its id; converting at the edge gives every
 * item its own record and key, decides the stable id of an item without {@code guid} once, where the feed is
 * read, and keeps ROME and its dialects (RSS 0.9x-2.0, RSS 1.0, Atom 0.3/1.0, their date formats) out of the
 * stream threads. NewsML-G2, a wire format, is sent as it is and parsed by the service.
 *
 * <p>Mapping, per item or entry:
 * <ul>
 *   <li>id: {@code guid} (RSS) or {@code id} (Atom); without one, {@value #STABLE_ID_PREFIX} + the first 32 hex
 *       digits of SHA-256 of the item's link, a newline and its date (ISO-8601; none when it has no date) — the
 *       same item read again gets the same id, so a re-fed feed is a redelivery, not new wires. With no link
 *       the title stands in for it, with neither the body;</li>
 *   <li>title: {@code title}; body: the full content ({@code content:encoded}, Atom {@code content}) when
 *       given, else {@code description} / {@code summary}; HTML is stripped as for ninjs {@code body_html}
 *       (tags out, one line per block, entities decoded); an item with no body at all sends its title as the
 *       body, as a one-line {@code .txt} file does;</li>
 *   <li>published: {@code pubDate} / {@code dc:date} (RSS), {@code published} else {@code updated} (Atom), as
 *       an ISO-8601 instant; absent when the feed gives none the service can use (it takes the record time);</li>
 *   <li>language: the item's {@code dc:language}, else the {@code xml:lang} in force on it, else the
 *       channel's {@code language}; absent when none is given (the service detects it);</li>
 *   <li>source: the host of the feed's own link without {@code www.}, else the feed's title: one outlet keeps
 *       one source across its feeds;</li>
 *   <li>url: the item's link, resolved against the {@code xml:base} in force on the item (RFC 3986; ROME's
 *       own resolution is a global switch, off by default, so it is done here).</li>
 * </ul>
 *
 * <p>Safety: the file is first read by {@link SafeXml} (any DOCTYPE refused, so an XXE or entity-expansion
 * payload fails with a message naming the file before ROME sees it), and ROME itself runs with DOCTYPEs
 * disallowed and no external entities ({@link SyndFeedInput} in ROME 2.x; set explicitly here).
 */
final class FeedFiles {
    /** Root elements of the feeds ROME reads: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom. */
    static final Set<String> ROOTS = Set.of("rss", "RDF", "feed");
    static final String STABLE_ID_PREFIX = "feed:";
    /** 128 bits of the hash: collisions between items of a desk's feeds are not a concern at that size. */
    private static final int STABLE_ID_HEX = 32;
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private FeedFiles() {
    }

    /**
     * Sends one wire per item of the feed in {@code bytes} (already read by {@link SafeXml} into {@code root}).
     *
     * @throws UncheckedIOException naming the file when ROME cannot read it as a feed
     */
    static void read(Path file, byte[] bytes, SafeXml.Element root, Consumer<WireReader.Message> sink) {
        SyndFeed feed = parse(file, bytes);
        List<SafeXml.Element> items = entryElements(root);
        List<SyndEntry> entries = feed.getEntries();
        // Per-entry xml:lang and xml:base only when the two readings line up; else the feed's own.
        boolean aligned = items.size() == entries.size();
        String source = source(feed);
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            SafeXml.Element item = aligned ? items.get(i) : root;
            String lang = firstNonBlank(dcLanguage(entry), item.lang(), feed.getLanguage());
            sink.accept(new WireReader.Message(file + "#" + (i + 1), wire(entry, source, lang, item.base())));
        }
    }

    static SyndFeed parse(Path file, byte[] bytes) {
        SyndFeedInput input = new SyndFeedInput();
        // ROME 2.x already refuses DOCTYPEs and external entities by default; said here so an upgrade or a
        // changed default cannot turn it back on unnoticed.
        input.setAllowDoctypes(false);
        // The RSS item / Atom entry behind each SyndEntry, to tell a real guid from the link ROME puts there.
        input.setPreserveWireFeed(true);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            return input.build(reader);
        } catch (FeedException e) {
            throw failure(file, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw failure(file, "not an RSS or Atom feed (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw failure(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static UncheckedIOException failure(Path file, String what, Exception cause) {
        String message = file + ": " + what;
        return new UncheckedIOException(message, cause instanceof IOException io ? io : new IOException(message, cause));
    }

    /** @param base the xml:base in force on the entry: ROME leaves relative links as written */
    static String wire(SyndEntry entry, String source, String language, String base) {
        String title = collapse(entry.getTitle());
        String body = body(entry);
        String published = published(entry);
        String link = entry.getLink() == null || entry.getLink().isBlank() ? null
                : SafeXml.resolve(base, entry.getLink());
        String id = firstNonBlank(ownId(entry), null);
        if (id == null) {
            id = stableId(firstNonBlank(link, title, body), published);
        }
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id);
        putIfPresent(o, "source", source);
        putIfPresent(o, "published", published);
        putIfPresent(o, "language", language);
        if (body == null) {
            putIfPresent(o, "body", title);
        } else {
            putIfPresent(o, "title", title);
            o.put("body", body);
        }
        putIfPresent(o, "url", link);
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON object of strings", e);
        }
    }

    /** The item's own identifier: RSS {@code guid}, Atom {@code id}; null when the feed gives none. */
    private static String ownId(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            Guid guid = item.getGuid();
            return guid == null ? null : blankToNull(guid.getValue());
        }
        if (wire instanceof Entry atom) {
            return blankToNull(atom.getId());
        }
        return blankToNull(entry.getUri());
    }

    static String stableId(String key, String published) {
        String material = (key == null ? "" : key) + "\n" + (published == null ? "" : published);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return STABLE_ID_PREFIX + HexFormat.of().formatHex(hash).substring(0, STABLE_ID_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String body(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            String text = text(c);
            if (text != null) {
                return text;
            }
        }
        return entry.getDescription() == null ? null : text(entry.getDescription());
    }

    /** Atom {@code type="text"} and {@code text/plain} as they are; HTML and XHTML stripped. */
    private static String text(SyndContent c) {
        if (c.getValue() == null || c.getValue().isBlank()) {
            return null;
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        boolean plain = (type.equals("text") || type.startsWith("text/plain"));
        String text = plain ? c.getValue().strip() : ArticleParser.stripHtml(c.getValue());
        return blankToNull(text);
    }

    private static String published(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : d.toInstant().toString();
    }

    private static String dcLanguage(SyndEntry entry) {
        return entry.getModule(DCModule.URI) instanceof DCModule dc ? blankToNull(dc.getLanguage()) : null;
    }

    private static String source(SyndFeed feed) {
        String link = blankToNull(feed.getLink());
        if (link != null) {
            try {
                String host = URI.create(link.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.toLowerCase(Locale.ROOT).startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException notAUri) {
                // a feed link that is no URI: fall back to the title
            }
        }
        return collapse(feed.getTitle());
    }

    /** The items (RSS 2.0 in the channel, RSS 1.0 beside it) or entries (Atom), in document order. */
    private static List<SafeXml.Element> entryElements(SafeXml.Element root) {
        List<SafeXml.Element> entries = new ArrayList<>(root.children("entry"));
        entries.addAll(root.children("item"));
        root.children("channel").forEach(channel -> entries.addAll(channel.children("item")));
        return entries;
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }

    private static String collapse(String s) {
        return s == null ? null : blankToNull(WHITE.matcher(s).replaceAll(" ").strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}

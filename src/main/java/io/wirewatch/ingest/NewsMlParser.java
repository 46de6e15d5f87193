package io.wirewatch.ingest;

import io.wirewatch.ingest.SafeXml.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text items of a NewsML-G2 document (IPTC's XML news format), parsed by {@link SafeXml}, as the fields
 * of wires. {@link ArticleParser} applies the checks every article passes (id length, body limit, dates,
 * language) to what this returns.
 *
 * <p>Mapping, per text {@code newsItem}:
 * <ul>
 *   <li>id: {@code @guid}, and {@code "@" + @version} when a version is given (each version is its own
 *       article: {@code urn:newsml:x:1@2});</li>
 *   <li>title: the first non-blank {@code contentMeta/headline}, else NITF's {@code hedline/hl1}, else
 *       XHTML's {@code head/title};</li>
 *   <li>body: one {@code contentSet} alternative, chosen by {@link #BODY_RANKS}: plain text over markup;</li>
 *   <li>published: {@code itemMeta/versionCreated}, else {@code contentMeta/contentCreated}, else
 *       {@code itemMeta/firstCreated} (read leniently by the caller);</li>
 *   <li>language: {@code contentMeta/language/@tag}, else the {@code xml:lang} in force on the chosen body,
 *       else none (detected by the caller);</li>
 *   <li>source: {@code itemMeta/provider}, else the first {@code contentMeta/infoSource}: the party's
 *       {@code name}, else {@code @literal}, else the code of {@code @qcode} ({@code nprov:capital-wire} →
 *       {@code capital-wire}), else {@code @uri} — the outlet that delivers, as for ninjs.</li>
 * </ul>
 *
 * <p>A {@code newsMessage} yields its {@code itemSet}'s text items in order. An item is a text item when its
 * {@code itemClass} is {@code ninat:text} (or the NewsCodes URI ending {@code /ninature/text}), or it has no
 * {@code itemClass}. Other items — pictures, graphics, video, audio, packages, concepts — are skipped; a
 * message without any text item is refused, as is a lone {@code newsItem} that is not text.
 */
public final class NewsMlParser {
    /** The root elements of a NewsML-G2 document wirewatch reads. */
    public static final java.util.Set<String> ROOTS = java.util.Set.of("newsItem", "newsMessage");

    /** One text item's fields, unchecked; {@code published} as written. */
    record Item(String id, String source, String published, String language, String title, String body) {
    }

    /**
     * The {@code contentSet} alternatives that carry a body, best first; within a rank the first in document
     * order wins, and a blank one is passed over. Plain text first: it is the text as the agency wrote it,
     * with nothing to convert; XHTML before NITF as the more common and simpler markup; an HTML string last,
     * stripped as ninjs {@code body_html} is.
     */
    enum BodyRank { PLAIN_TEXT, XHTML, NITF, HTML_STRING }

    static final List<BodyRank> BODY_RANKS = List.of(BodyRank.values());
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private NewsMlParser() {
    }

    static List<Item> items(Element root) throws BadInputException {
        if (root.name().equals("newsItem")) {
            if (!isText(root)) {
                throw new BadInputException("NewsML-G2 newsItem " + guidOf(root) + " is not a text item (itemClass "
                        + itemClass(root) + "): only text items become articles");
            }
            return List.of(item(root));
        }
        if (!root.name().equals("newsMessage")) {
            throw new BadInputException("XML root <" + root.name() + "> is not NewsML-G2 (newsItem or newsMessage);"
                    + " RSS and Atom feeds go through `wirewatch feed`");
        }
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element set : root.children("itemSet")) {
            for (Element any : set.elements()) {
                if (any.name().equals("newsItem") && isText(any)) {
                    items.add(item(any));
                } else {
                    skipped.add(any.name().equals("newsItem") ? itemClass(any) : any.name());
                }
            }
        }
        if (items.isEmpty()) {
            throw new BadInputException("NewsML-G2 newsMessage holds no text item"
                    + (skipped.isEmpty() ? "" : " (skipped: " + String.join(", ", skipped) + ")"));
        }
        return items;
    }

    private static Item item(Element item) throws BadInputException {
        String guid = item.attribute("guid");
        if (guid == null || guid.isBlank()) {
            throw new BadInputException("missing required attribute 'guid' on a NewsML-G2 newsItem");
        }
        String version = item.attribute("version");
        String id = version == null || version.isBlank() ? guid.strip() : guid.strip() + "@" + version.strip();
        Optional<Element> itemMeta = item.child("itemMeta");
        Optional<Element> contentMeta = item.child("contentMeta");
        Body body = body(item);
        if (body == null) {
            throw new BadInputException("NewsML-G2 newsItem " + id + " has no text body (contentSet holds no "
                    + "inlineData text/plain, XHTML or NITF inlineXML, or HTML inlineData with text)");
        }
        String published = firstNonBlank(
                childText(itemMeta, "versionCreated"),
                childText(contentMeta, "contentCreated"),
                childText(itemMeta, "firstCreated"));
        String language = contentMeta.flatMap(m -> m.child("language")).map(l -> l.attribute("tag"))
                .filter(t -> !t.isBlank()).orElse(body.lang());
        String source = firstNonBlank(party(itemMeta.flatMap(m -> m.child("provider"))),
                party(contentMeta.flatMap(m -> m.child("infoSource"))));
        String title = firstNonBlank(headline(contentMeta), body.title());
        return new Item(id, source, published, language, title, body.text());
    }

    /** The chosen body alternative: its text, the xml:lang in force on it, and a title found inside it. */
    private record Body(String text, String lang, String title) {
    }

    private static Body body(Element item) {
        List<Element> alternatives = new ArrayList<>();
        item.children("contentSet").forEach(set -> alternatives.addAll(set.elements()));
        for (BodyRank rank : BODY_RANKS) {
            for (Element alt : alternatives) {
                if (rankOf(alt) != rank) {
                    continue;
                }
                Body b = switch (rank) {
                    case PLAIN_TEXT -> new Body(plain(alt.text()), alt.lang(), null);
                    case HTML_STRING -> new Body(ArticleParser.stripHtml(alt.text()), alt.lang(), null);
                    case XHTML -> xhtml(alt);
                    case NITF -> nitf(alt);
                };
                if (b.text() != null && !b.text().isBlank()) {
                    return b;
                }
            }
        }
        return null;
    }

    private static BodyRank rankOf(Element alt) {
        String type = alt.attribute("contenttype") == null ? "" : alt.attribute("contenttype").toLowerCase(Locale.ROOT);
        if (alt.name().equals("inlineData")) {
            if (type.isEmpty() || type.startsWith("text/plain")) {
                return BodyRank.PLAIN_TEXT;
            }
            return type.contains("html") ? BodyRank.HTML_STRING : null;
        }
        if (alt.name().equals("inlineXML")) {
            Element root = alt.elements().isEmpty() ? null : alt.elements().get(0);
            if (type.contains("nitf") || (root != null && root.name().equals("nitf"))) {
                return BodyRank.NITF;
            }
            if (type.contains("xhtml") || type.contains("html") || (root != null && root.name().equals("html"))) {
                return BodyRank.XHTML;
            }
        }
        return null; // remoteContent, pictures, other XML: no body
    }

    private static Body xhtml(Element inlineXml) {
        Element html = inlineXml.elements().isEmpty() ? inlineXml : inlineXml.elements().get(0);
        Element body = html.child("body").orElse(html);
        String title = html.child("head").flatMap(h -> h.child("title")).map(t -> collapse(t.text())).orElse(null);
        return new Body(MarkupText.of(body), body.lang(), title);
    }

    private static Body nitf(Element inlineXml) {
        Element nitf = inlineXml.elements().isEmpty() ? inlineXml : inlineXml.elements().get(0);
        Element body = nitf.child("body").orElse(nitf);
        Element content = body.child("body.content").orElse(body);
        String title = body.child("body.head").flatMap(h -> h.child("hedline")).flatMap(h -> h.child("hl1"))
                .map(t -> collapse(t.text())).orElse(null);
        return new Body(MarkupText.of(content), content.lang(), title);
    }

    /** Plain text as written, line ends made {@code \n}, outer white space gone. */
    private static String plain(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String headline(Optional<Element> contentMeta) {
        if (contentMeta.isEmpty()) {
            return null;
        }
        for (Element h : contentMeta.get().children("headline")) {
            String t = collapse(h.text());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A party (provider, infoSource) as an outlet name. */
    private static String party(Optional<Element> party) {
        if (party.isEmpty()) {
            return null;
        }
        Element p = party.get();
        String name = p.child("name").map(n -> collapse(n.text())).orElse(null);
        String qcode = p.attribute("qcode");
        String code = qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
        return firstNonBlank(name, p.attribute("literal"), code, p.attribute("uri"));
    }

    private static boolean isText(Element item) {
        String c = itemClass(item);
        return c == null || c.equals("ninat:text") || c.endsWith("/ninature/text");
    }

    private static String itemClass(Element item) {
        return item.child("itemMeta").flatMap(m -> m.child("itemClass"))
                .map(c -> c.attribute("qcode") != null ? c.attribute("qcode") : c.attribute("uri")).orElse(null);
    }

    private static String guidOf(Element item) {
        return item.attribute("guid") == null ? "(no guid)" : item.attribute("guid");
    }

    private static String childText(Optional<Element> parent, String name) {
        return parent.flatMap(p -> p.child(name)).map(e -> collapse(e.text())).orElse(null);
    }

    private static String collapse(String s) {
        String c = WHITE.matcher(s).replaceAll(" ").strip();
        return c.isEmpty() ? null : c;
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

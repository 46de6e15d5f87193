package io.wirewatch.ingest;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML read with nothing from outside the document: the JDK's own StAX parser, a DOCTYPE refused outright,
 * and the result a small tree of {@link Element}s. Every XML input of wirewatch (NewsML-G2 on
 * {@code news.raw}, NewsML-G2 and feed files in {@code feed}) goes through here first.
 *
 * <p>Rules:
 * <ol>
 *   <li>A DOCTYPE is an error ({@value #DTD_REFUSED}): no news format needs one, and it is what both an
 *       external-entity payload (XXE, reading a local file or a URL) and an entity-expansion bomb ("billion
 *       laughs") are made of. Refusing the declaration is simpler to trust than configuring what it may do.</li>
 *   <li>Behind that rule, the factory itself is set to read no DTD, resolve no external entity, replace no
 *       entity reference and fetch no external DTD or schema; an entity reference that still shows up is
 *       an error too.</li>
 *   <li>Elements nest at most {@value #MAX_DEPTH} deep and carry at most {@value #MAX_ATTRIBUTES}
 *       attributes (the JDK's own limits, set on the factory and checked here as well).</li>
 *   <li>Adjacent text and CDATA are one text node; {@code xml:lang} and {@code xml:base} are inherited by
 *       every element below the one that sets them ({@link Element#lang()}, {@link Element#base()}).</li>
 * </ol>
 * Bounding the size of the input is the caller's job, before calling (see {@code ArticleParser}).
 */
public final class SafeXml {
    /** NewsML-G2 inside a newsMessage with NITF inside is about 12 deep; 64 leaves room for nested HTML. */
    static final int MAX_DEPTH = 64;
    /** Real elements carry a handful; thousands are an attack on the attribute table. */
    static final int MAX_ATTRIBUTES = 64;
    static final String DTD_REFUSED = "DTD not allowed";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private SafeXml() {
    }

    /** Text or element: the children of an {@link Element}. */
    public sealed interface Node permits Element, Text {
    }

    /** Character data (text and CDATA merged), as the parser delivered it. */
    public record Text(String text) implements Node {
    }

    /**
     * @param name       local name
     * @param namespace  namespace URI, "" when none
     * @param attributes attributes without a namespace, by local name ({@code xml:lang} is in {@code lang})
     * @param lang       the {@code xml:lang} in force here (own or inherited), null when none
     * @param base       the {@code xml:base} in force here, each one resolved against the one above it
     *                   (RFC 3986), null when none
     */
    public record Element(String name, String namespace, Map<String, String> attributes, String lang, String base,
                          List<Node> children) implements Node {
        public String attribute(String local) {
            return attributes.get(local);
        }

        /** Child elements named {@code local}, in document order. */
        public List<Element> children(String local) {
            List<Element> out = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Element e && e.name.equals(local)) {
                    out.add(e);
                }
            }
            return out;
        }

        public Optional<Element> child(String local) {
            for (Node n : children) {
                if (n instanceof Element e && e.name.equals(local)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        /** Child elements of any name. */
        public List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
            return out;
        }

        /** All text below this element, concatenated in document order. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            appendText(this, sb);
            return sb.toString();
        }

        private static void appendText(Element e, StringBuilder sb) {
            for (Node n : e.children) {
                if (n instanceof Text t) {
                    sb.append(t.text());
                } else {
                    appendText((Element) n, sb);
                }
            }
        }
    }

    /**
     * Parses one XML document.
     *
     * @throws BadInputException with a reason naming the line and column: not well-formed, a DOCTYPE, an
     *                           entity reference, or over a limit
     */
    public static Element parse(String xml) throws BadInputException {
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new StringReader(xml));
            return read(r);
        } catch (XMLStreamException e) {
            throw new BadInputException(describe(e), e);
        } finally {
            close(r);
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over memory cannot fail in a way that matters; the parse result stands
            }
        }
    }

    /**
     * Parses one XML document from its bytes, in the encoding its BOM or declaration names (UTF-8 when
     * neither does): how files are read.
     *
     * @throws BadInputException as {@link #parse(String)}
     */
    public static Element parse(byte[] xml) throws BadInputException {
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
            return read(r);
        } catch (XMLStreamException e) {
            throw new BadInputException(describe(e), e);
        } finally {
            close(r);
        }
    }

    /**
     * A new factory per document: the JDK does not promise that one factory serves threads at once, and the
     * parser is shared by the analyze command's threads.
     */
    static XMLInputFactory factory() {
        // The JDK's implementation by name: a StAX provider elsewhere on the class path (Woodstox, Aalto)
        // would read the properties below differently.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // The JDK's processing limits (JAXP); with no DTD the entity limits are a second line only.
        f.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        f.setProperty("jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
        f.setProperty("jdk.xml.entityExpansionLimit", "100");
        f.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1000");
        return f;
    }

    private static Element read(XMLStreamReader r) throws XMLStreamException, BadInputException {
        Deque<Element> open = new ArrayDeque<>();
        Deque<StringBuilder> pending = new ArrayDeque<>();
        Element root = null;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new BadInputException(DTD_REFUSED + " (line "
                        + line(r.getLocation()) + "): a DOCTYPE declaration is refused, as it could read external "
                        + "files or expand entities without bound");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new BadInputException("entity reference &"
                        + r.getLocalName() + "; not allowed (line " + line(r.getLocation()) + ")");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new BadInputException("XML exceeds a safety limit: elements nested deeper than "
                                + MAX_DEPTH + " (line " + line(r.getLocation()) + ")");
                    }
                    if (r.getAttributeCount() > MAX_ATTRIBUTES) {
                        throw new BadInputException("XML exceeds a safety limit: more than " + MAX_ATTRIBUTES
                                + " attributes on <" + r.getLocalName() + "> (line " + line(r.getLocation()) + ")");
                    }
                    flushText(open, pending);
                    String lang = open.isEmpty() ? null : open.peek().lang();
                    String base = open.isEmpty() ? null : open.peek().base();
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ns = r.getAttributeNamespace(i);
                        String local = r.getAttributeLocalName(i);
                        if (XML_NS.equals(ns) && local.equals("lang")) {
                            lang = r.getAttributeValue(i).isBlank() ? null : r.getAttributeValue(i).strip();
                        } else if (XML_NS.equals(ns) && local.equals("base")) {
                            base = resolve(base, r.getAttributeValue(i).strip());
                        } else if (ns == null || ns.isEmpty()) {
                            attributes.put(local, r.getAttributeValue(i));
                        }
                    }
                    String ns = r.getNamespaceURI();
                    Element e = new Element(r.getLocalName(), ns == null ? "" : ns, attributes, lang, base,
                            new ArrayList<>());
                    if (open.isEmpty()) {
                        root = e;
                    } else {
                        open.peek().children().add(e);
                    }
                    open.push(e);
                    pending.push(new StringBuilder());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!pending.isEmpty()) {
                        pending.peek().append(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flushText(open, pending);
                    open.pop();
                    pending.pop();
                }
                default -> {
                    // comments, processing instructions, the XML declaration: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new BadInputException("not well-formed XML: no root element");
        }
        return root;
    }

    /**
     * {@code reference} resolved against {@code base} (RFC 3986); the reference as written when either is
     * not a URI, or when there is no base to resolve against.
     */
    public static String resolve(String base, String reference) {
        if (reference == null || reference.isBlank()) {
            return base;
        }
        try {
            java.net.URI ref = new java.net.URI(reference.strip());
            if (ref.isAbsolute() || base == null) {
                return ref.toString();
            }
            return new java.net.URI(base).resolve(ref).toString();
        } catch (java.net.URISyntaxException e) {
            return reference.strip();
        }
    }

    private static void flushText(Deque<Element> open, Deque<StringBuilder> pending) {
        if (!pending.isEmpty() && pending.peek().length() > 0) {
            open.peek().children().add(new Text(pending.peek().toString()));
            pending.peek().setLength(0);
        }
    }

    /** "not well-formed XML at line 3, column 7: ..." from the JDK's "ParseError at [row,col]:[3,7] Message: ...". */
    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        int at = message.indexOf("Message: ");
        String what = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        what = what.lines().findFirst().orElse(what);
        if (what.length() > 200) {
            what = what.substring(0, 200) + "...";
        }
        Location loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
        // The JDK's JAXP limits announce themselves with a JAXP code.
        String kind = what.startsWith("JAXP") ? "XML exceeds a safety limit" : "not well-formed XML";
        return kind + where + ": " + what;
    }

    private static int line(Location loc) {
        return loc == null ? -1 : loc.getLineNumber();
    }
}

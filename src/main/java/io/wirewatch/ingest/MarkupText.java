package io.wirewatch.ingest;

import io.wirewatch.ingest.SafeXml.Element;
import io.wirewatch.ingest.SafeXml.Node;
import io.wirewatch.ingest.SafeXml.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of an XHTML or NITF tree (already parsed by {@link SafeXml}) as a wire body: one paragraph per
 * block element, paragraphs apart by a blank line ({@code "\n\n"}).
 *
 * <p>Rules:
 * <ol>
 *   <li>A block element ({@link #BLOCKS}: {@code p}, {@code div}, {@code li}, {@code h1}-{@code h6}, NITF's
 *       {@code hl2}, {@code block}, ...) starts and ends a paragraph; nested blocks give one paragraph per
 *       run of text, never an empty one.</li>
 *   <li>Inside a paragraph, runs of white space (the indentation of pretty-printed XML) become one space;
 *       {@code <br/>} is a line break.</li>
 *   <li>Nothing outside the text is read ({@link #SKIPPED}): XHTML's {@code head}, {@code script},
 *       {@code style}; NITF's {@code head} (metadata), {@code body.head} (the headline, byline and dateline,
 *       which the item's own headline already gives: read twice they would be analysed twice),
 *       {@code body.end} and {@code media}.</li>
 *   <li>Attributes, {@code dir="rtl"} included, are not text: right-to-left text is kept in logical order
 *       as written.</li>
 * </ol>
 */
final class MarkupText {
    static final String PARAGRAPH_BREAK = "\n\n";
    static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "tr", "td", "th", "dl", "dd", "dt", "section", "article", "header",
            "footer", "figure", "figcaption", "body", "hl1", "hl2", "block", "body.content", "nitf");
    static final Set<String> SKIPPED = Set.of("head", "script", "style", "body.head", "body.end", "media");
    private static final Pattern WHITE = Pattern.compile("[ \\t\\r\\n\\f\\x0B]+");
    /** Spaces around a {@code <br/>} line break. */
    private static final Pattern SPACED_BREAK = Pattern.compile(" *\n *");

    private MarkupText() {
    }

    /** The paragraphs of {@code root}, joined by a blank line; "" when it holds no text. */
    static String of(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, paragraphs, current);
        close(paragraphs, current);
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    private static void walk(Element e, List<String> paragraphs, StringBuilder current) {
        boolean block = BLOCKS.contains(e.name());
        if (block) {
            close(paragraphs, current);
        }
        for (Node n : e.children()) {
            if (n instanceof Text t) {
                current.append(WHITE.matcher(t.text()).replaceAll(" "));
            } else {
                Element child = (Element) n;
                if (SKIPPED.contains(child.name())) {
                    continue;
                }
                if (child.name().equals("br")) {
                    current.append('\n');
                } else {
                    walk(child, paragraphs, current);
                }
            }
        }
        if (block) {
            close(paragraphs, current);
        }
    }

    /** Ends the paragraph being built, if it holds any text. */
    private static void close(List<String> paragraphs, StringBuilder current) {
        String p = SPACED_BREAK.matcher(current).replaceAll("\n").strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}

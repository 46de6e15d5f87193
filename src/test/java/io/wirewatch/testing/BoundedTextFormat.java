package io.wirewatch.testing;

import io.wirewatch.model.Article;
import net.jqwik.api.SampleReportingFormat;

/**
 * How jqwik shows generated texts and articles in a failure report: length plus a bounded prefix.
 *
 * <p>Why: a generated body can be megabytes long (a sentence repeated a thousand times), and jqwik formats
 * every parameter of the original and the shrunk sample into one string. Under the Surefire fork's heap
 * that report once ran out of memory and hid the failure it was reporting. Registered for every property
 * through {@code META-INF/services/net.jqwik.api.SampleReportingFormat}.
 */
public final class BoundedTextFormat implements SampleReportingFormat {
    /** Enough to recognise a sample and to paste a short one into an {@code @Example} verbatim. */
    static final int PREFIX_CHARS = 120;

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof Article || value instanceof String s && s.length() > PREFIX_CHARS;
    }

    @Override
    public Object report(Object value) {
        if (value instanceof Article a) {
            return SampleReportingFormat.plainLabel("Article[id=" + bounded(a.id()) + ", source=" + bounded(a.source())
                    + ", published=" + a.published() + ", language=" + bounded(a.language())
                    + ", title=" + bounded(a.title()) + ", body=" + bounded(a.body())
                    + ", url=" + bounded(a.url()) + "]");
        }
        return SampleReportingFormat.plainLabel(bounded((String) value));
    }

    @Override
    public int priority() {
        return 10;
    }

    /** {@code null}, a short string quoted and escaped, or its length and escaped prefix. */
    public static String bounded(String s) {
        if (s == null) {
            return "null";
        }
        if (s.length() <= PREFIX_CHARS) {
            return "\"" + escape(s) + "\"";
        }
        return "(" + s.length() + " chars) \"" + escape(s.substring(0, PREFIX_CHARS)) + "\"...";
    }

    /** Java escapes for quotes, backslashes, controls, and every non-ASCII char, so a report is pasteable. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

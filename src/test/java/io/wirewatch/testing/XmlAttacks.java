package io.wirewatch.testing;

/**
 * The two classic attacks on an XML reader, shared by the parser's, the feed's and the service's tests.
 * Each is a well-formed document that a careless parser would act on.
 */
public final class XmlAttacks {
    /** What a reader that expanded {@link #billionLaughs} would hold ten levels down (10^9 "lol"s). */
    public static final String LAUGH = "lol";

    private XmlAttacks() {
    }

    /**
     * XXE: an external entity naming {@code systemId} (a local file, {@code file:///etc/passwd}, or a URL)
     * used in {@code <root>}'s text, where its content would become the article's body.
     */
    public static String externalEntity(String root, String systemId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE " + root + " [\n  <!ENTITY xxe SYSTEM \"" + systemId + "\">\n]>\n"
                + "<" + root + " guid=\"urn:newsml:attack:xxe\"><contentSet><inlineData contenttype=\"text/plain\">"
                + "&xxe;</inlineData></contentSet></" + root + ">\n";
    }

    /** XXE through an external parameter entity, which is resolved while the DTD itself is read. */
    public static String externalParameterEntity(String root, String systemId) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n  <!ENTITY % remote SYSTEM \"" + systemId
                + "\">\n  %remote;\n]>\n<" + root + "/>\n";
    }

    /** "Billion laughs": ten entities each ten times the one before; expanded, about 3 GB of "lol". */
    public static String billionLaughs(String root) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n");
        sb.append("  <!ENTITY lol0 \"").append(LAUGH).append("\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("  <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                sb.append("&lol").append(i - 1).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n<").append(root).append(" guid=\"urn:newsml:attack:laughs\"><contentSet>")
                .append("<inlineData contenttype=\"text/plain\">&lol9;</inlineData></contentSet></")
                .append(root).append(">\n");
        return sb.toString();
    }
}

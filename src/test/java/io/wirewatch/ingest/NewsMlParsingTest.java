package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NewsML-G2 on {@code news.raw}: {@link ArticleParser#parseAll} over real-world shapes written for these tests. */
class NewsMlParsingTest {
    private static final Instant RECORD_TIME = Instant.parse("2026-01-02T03:04:05Z");
    private final ArticleParser parser = new ArticleParser();

    static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/xml", name), StandardCharsets.UTF_8);
    }

    private List<Article> parseAll(String xml) throws BadInputException {
        return parser.parseAll(xml.getBytes(StandardCharsets.UTF_8), RECORD_TIME);
    }

    private static String item(String inner) {
        return "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:newsml:t:1\" standard=\"NewsML-G2\">"
                + inner + "</newsItem>";
    }

    private static String plainItem(String text) {
        return item("<contentSet><inlineData contenttype=\"text/plain\">" + text + "</inlineData></contentSet>");
    }

    @Test
    void shouldMapANewsItemsFieldsToAnArticle() throws Exception {
        Article a = parseAll(resource("newsml-alternatives.xml")).get(0);
        assertThat(a.id()).isEqualTo("urn:newsml:harbour-line.example:20240916:airforce-45@3");
        assertThat(a.title()).isEqualTo("Ukraine says it downed 38 of 45 Russian drones");
        assertThat(a.published()).isEqualTo("2024-09-16T06:45:00Z");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.source()).isEqualTo("harbour-line");
        assertThat(a.url()).isNull();
    }

    @Test
    void shouldPreferPlainTextOverXhtmlOverNitfAmongContentSetAlternatives() throws Exception {
        String xml = resource("newsml-alternatives.xml");
        assertThat(parseAll(xml).get(0).body()).isEqualTo("Ukraine's air force said on Monday that it shot down 38 of "
                + "the 45 drones Russia launched overnight.\nSeven drones were lost from radar, it added.");

        String withoutPlain = xml.replaceAll("(?s)<inlineData contenttype=\"text/plain\">.*?</inlineData>", "");
        assertThat(parseAll(withoutPlain).get(0).body()).isEqualTo("XHTML version of the body.");

        String nitfOnly = withoutPlain.replaceAll("(?s)<inlineXML contenttype=\"application/xhtml\\+xml\">.*?</inlineXML>", "");
        assertThat(parseAll(nitfOnly).get(0).body()).isEqualTo("NITF version of the body.");
    }

    @Test
    void shouldPassOverABlankAlternative() throws Exception {
        String xml = item("<contentSet><inlineData contenttype=\"text/plain\">   </inlineData>"
                + "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Talks resumed.</p></body></html></inlineXML></contentSet>");
        assertThat(parseAll(xml).get(0).body()).isEqualTo("Talks resumed.");
    }

    @Test
    void shouldYieldOneArticlePerTextItemOfANewsMessageAndSkipPictures() throws Exception {
        List<Article> articles = parseAll(resource("newsml-message-mixed.xml"));
        assertThat(articles).extracting(Article::id).containsExactly(
                "urn:newsml:capital-wire.example:20240914:airforce-64@1",
                "urn:newsml:capital-wire.example:20240918:istanbul-talks");
        assertThat(articles).extracting(Article::source).containsOnly("capital-wire");
        assertThat(articles).extracting(Article::body).noneMatch(b -> b.contains("Debris of a drone shot down"));
    }

    @Test
    void shouldSeparateNitfParagraphsByABlankLineAndLeaveOutItsHeadAndEnd() throws Exception {
        Article a = parseAll(resource("newsml-message-mixed.xml")).get(0);
        assertThat(a.body()).isEqualTo("KYIV, Ukraine — Russia launched 64 drones overnight, 57 of which were shot "
                + "down, Ukraine's air force said Saturday.\n\nDebris fell on a warehouse in the Kyiv region, but no "
                + "one was hurt, regional officials said.");
        assertThat(a.title()).isEqualTo("Russia fires 64 drones at Ukraine overnight");
    }

    @Test
    void shouldReadContentCreatedWithItsOffsetWhenNoVersionCreatedIsGiven() throws Exception {
        Article talks = parseAll(resource("newsml-message-mixed.xml")).get(1);
        assertThat(talks.published()).isEqualTo("2024-09-18T08:00:00Z");
        assertThat(talks.body()).startsWith("Russian and Ukrainian envoys met in Istanbul"); // a CDATA body
    }

    @Test
    void shouldReadArabicRightToLeftXhtmlAsTextInLogicalOrder() throws Exception {
        Article a = parseAll(resource("newsml-arabic-rtl.xml")).get(0);
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.source()).isEqualTo("al-mirsad");
        assertThat(a.title()).isEqualTo("الدفاع الروسية: إسقاط ١٢٥ مسيّرة أوكرانية");
        assertThat(a.body()).isEqualTo("قالت وزارة الدفاع الروسية إن دفاعاتها الجوية أسقطت ١٢٥ طائرة مسيّرة أوكرانية "
                + "خلال الليل.\n\nوجاء في البيان أن الطائرات أُسقطت فوق مقاطعة Kursk\nومقاطعات أخرى.");
        assertThat(a.body()).doesNotContain("dir", "<");
    }

    @Test
    void shouldKeepMarkupInsideCdataAsTextOfAPlainBody() throws Exception {
        Article a = parseAll(plainItem("<![CDATA[Prices < 5% & rising]]>")).get(0);
        assertThat(a.body()).isEqualTo("Prices < 5% & rising");
    }

    @Test
    void shouldStripAnHtmlStringBodyAsNinjsBodyHtmlIs() throws Exception {
        Article a = parseAll(item("<contentSet><inlineData contenttype=\"text/html\"><![CDATA[<p>Ministers "
                + "<b>met</b> &amp; talked.</p>]]></inlineData></contentSet>")).get(0);
        assertThat(a.body()).isEqualTo("Ministers met & talked.");
    }

    @Test
    void shouldPreferTheLanguageTagOverXmlLangAndDetectWhenNeitherIsGiven() throws Exception {
        assertThat(parseAll(resource("newsml-alternatives.xml")).get(0).language()).isEqualTo("en");
        Article detected = parseAll(plainItem("قالت وزارة الدفاع إن الدفاعات الجوية أسقطت طائرات مسيّرة.")).get(0);
        assertThat(detected.language()).isEqualTo("ar");
    }

    @Test
    void shouldFallBackToTheRecordTimeWhenNoDateIsGiven() throws Exception {
        assertThat(parseAll(plainItem("Ministers met.")).get(0).published()).isEqualTo(RECORD_TIME);
    }

    @Test
    void shouldAcceptLeadingWhiteSpaceAndAByteOrderMarkBeforeTheXml() throws Exception {
        byte[] xml = ("\uFEFF \n" + plainItem("Ministers met.")).getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parseAll(xml, RECORD_TIME)).hasSize(1);
    }

    @Test
    void shouldGiveTheSingleArticleApiTheOneItemOfANewsItem() throws Exception {
        Article a = parser.parse(plainItem("Ministers met.").getBytes(StandardCharsets.UTF_8), RECORD_TIME);
        assertThat(a.body()).isEqualTo("Ministers met.");
    }

    @Test
    void shouldParseAnXmlFilesTextLikeItsBytes() throws Exception {
        String xml = resource("newsml-message-mixed.xml");
        assertThat(parser.parseAll(xml, RECORD_TIME)).isEqualTo(parseAll(xml));
    }

    // ---- refusals ---------------------------------------------------------------------------------

    @Test
    void shouldRefuseALonePictureItem() {
        String picture = item("<itemMeta><itemClass qcode=\"ninat:picture\"/></itemMeta><contentSet>"
                + "<remoteContent href=\"https://x.example/1.jpg\" contenttype=\"image/jpeg\"/></contentSet>");
        assertThatThrownBy(() -> parseAll(picture)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a text item").hasMessageContaining("ninat:picture");
    }

    @Test
    void shouldRefuseANewsMessageWithoutTextItems() {
        String xml = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet><newsItem guid=\"p1\">"
                + "<itemMeta><itemClass qcode=\"ninat:picture\"/></itemMeta></newsItem></itemSet></newsMessage>";
        assertThatThrownBy(() -> parseAll(xml)).isInstanceOf(BadInputException.class)
                .hasMessage("NewsML-G2 newsMessage holds no text item (skipped: ninat:picture)");
    }

    @Test
    void shouldRefuseTheWholeNewsMessageWhenOneTextItemIsBad() throws Exception {
        String xml = resource("newsml-message-mixed.xml").replace(
                "guid=\"urn:newsml:capital-wire.example:20240918:istanbul-talks\"", "");
        assertThatThrownBy(() -> parseAll(xml)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("'guid'");
    }

    @Test
    void shouldRefuseATextItemWithoutATextBody() {
        String xml = item("<contentSet><remoteContent href=\"https://x.example/a.txt\"/></contentSet>");
        assertThatThrownBy(() -> parseAll(xml)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("has no text body");
    }

    @Test
    void shouldRefuseXmlThatIsNotNewsMlAndPointFeedsToTheFeedCommand() {
        assertThatThrownBy(() -> parseAll("<rss version=\"2.0\"><channel/></rss>")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("<rss> is not NewsML-G2").hasMessageContaining("wirewatch feed");
    }

    @Test
    void shouldNameTheLineAndColumnOfMalformedXml() {
        assertThatThrownBy(() -> parseAll("<newsItem guid=\"a\">\n<contentSet></newsItem>"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("not well-formed XML at line 2, column");
    }

    @Test
    void shouldRefuseAnXmlMessageOverTheBodyLimitBeforeParsingIt() {
        ArticleParser small = new ArticleParser(100);
        // Not even well-formed: had it been parsed, the reason would say so.
        byte[] xml = ("<newsItem>" + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.parseAll(xml, RECORD_TIME)).isInstanceOf(BadInputException.class)
                .hasMessage("XML message of 210 bytes exceeds wirewatch.max.body.chars=100 (an XML message is "
                        + "measured in bytes, before it is parsed)");
    }

    @Test
    void shouldRefuseElementsNestedBeyondTheDepthLimit() {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);
        assertThatThrownBy(() -> parseAll(deep)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("XML exceeds a safety limit");
    }

    @Test
    void shouldRefuseAnUndeclaredEntityReference() {
        assertThatThrownBy(() -> parseAll(plainItem("Tom &nbsp; Jerry"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"nbsp\" was referenced, but not declared");
    }
}

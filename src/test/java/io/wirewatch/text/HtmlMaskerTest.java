package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirewatch.testing.LinearGrowth;
import org.junit.jupiter.api.Test;

class HtmlMaskerTest {

    @Test
    void shouldReturnSameInstanceForPlainText() {
        String plain = "أسقطت الدفاعات الجوية 40 مسيرة فوق المنطقة";

        assertThat(HtmlMasker.mask(plain)).isSameAs(plain);
    }

    @Test
    void shouldReturnSameInstanceWhenNothingIsMarkup() {
        String text = "Air defences shot down 5 < 10 drones, R&D said";

        assertThat(HtmlMasker.mask(text)).isSameAs(text);
    }

    @Test
    void shouldPassNullThrough() {
        assertThat(HtmlMasker.mask(null)).isNull();
    }

    @Test
    void shouldBlankInlineTagsKeepingLength() {
        String html = "Air defences shot down <b>40</b> drones";

        assertThat(HtmlMasker.mask(html)).isEqualTo("Air defences shot down    40     drones");
    }

    @Test
    void shouldKeepArabicWordsAtTheirOffsets() {
        String html = "<span>أسقطت</span> الدفاعات <em>٤٠</em> مسيرة";
        String masked = HtmlMasker.mask(html);

        assertThat(masked).hasSameSizeAs(html);
        assertThat(masked.substring(html.indexOf("أسقطت"), html.indexOf("أسقطت") + 5)).isEqualTo("أسقطت");
        assertThat(masked.strip().split("\\s+")).containsExactly("أسقطت", "الدفاعات", "٤٠", "مسيرة");
    }

    @Test
    void shouldTurnParagraphBoundaryIntoOneNewline() {
        String html = "<p>Drones hit Odesa.</p><p>Kyiv was quiet.</p>";

        assertThat(HtmlMasker.mask(html)).isEqualTo("   Drones hit Odesa.\n      Kyiv was quiet.\n   ");
    }

    @Test
    void shouldNotAddNewlineWhereTheTextAlreadyBreaksTheLine() {
        String html = "<p>الدفاع الروسية:</p>\n<p>أسقطت 555 طائرة</p>";

        assertThat(HtmlMasker.mask(html)).isEqualTo("   الدفاع الروسية:    \n   أسقطت 555 طائرة\n   ");
    }

    @Test
    void shouldTurnLineBreakIntoNewline() {
        assertThat(HtmlMasker.mask("الجيش<br/>أعلن")).isEqualTo("الجيش\n    أعلن");
    }

    @Test
    void shouldTurnHeadingAndListItemIntoNewline() {
        assertThat(HtmlMasker.mask("x<h2>Update</h2><li>one</li>"))
                .isEqualTo("x\n   Update\n        one\n    ");
    }

    @Test
    void shouldBlankScriptWithItsContent() {
        String html = "Kyiv<script>var drones = 500;</script> calm";

        assertThat(HtmlMasker.mask(html)).isEqualTo("Kyiv" + " ".repeat(34) + " calm");
    }

    @Test
    void shouldBlankStyleWithItsContentWhateverTheCase() {
        String html = "a<STYLE type=\"text/css\">p { color: red }</Style>b";

        assertThat(HtmlMasker.mask(html)).isEqualTo("a" + " ".repeat(html.length() - 2) + "b");
    }

    @Test
    void shouldBlankOnlyTheOpeningTagOfAnUnclosedScript() {
        assertThat(HtmlMasker.mask("<script>12 drones")).isEqualTo("        12 drones");
    }

    @Test
    void shouldBlankComments() {
        String html = "قال <!-- <b>note</b> 99 drones --> الجيش";

        assertThat(HtmlMasker.mask(html)).isEqualTo("قال " + " ".repeat(30) + " الجيش");
    }

    @Test
    void shouldEndAnUnclosedCommentAtTheNextGreaterThan() {
        assertThat(HtmlMasker.mask("a<!-- b> c")).isEqualTo("a        c");
    }

    @Test
    void shouldNotEndTagAtGreaterThanInsideQuotedValue() {
        String html = "<a title=\"5 > 3\">link</a>";

        assertThat(HtmlMasker.mask(html)).isEqualTo(" ".repeat(17) + "link    ");
    }

    @Test
    void shouldNotTreatApostropheInTagAsQuote() {
        assertThat(HtmlMasker.mask("<i don't>x</i> y")).isEqualTo("         x     y");
    }

    @Test
    void shouldLeaveLessThanBeforeDigitOrSpaceAsText() {
        String text = "<3 and a < b<br>";

        assertThat(HtmlMasker.mask(text)).isEqualTo("<3 and a < b\n   ");
    }

    @Test
    void shouldLeaveUnclosedTagAsText() {
        String text = "Kyiv <a href=x drones";

        assertThat(HtmlMasker.mask(text)).isSameAs(text);
    }

    @Test
    void shouldDecodeNamedEntityIntoFirstPosition() {
        assertThat(HtmlMasker.mask("Tom &amp; Jerry")).isEqualTo("Tom &     Jerry");
    }

    @Test
    void shouldDecodeNonBreakingSpaceToSpace() {
        assertThat(HtmlMasker.mask("40&nbsp;drones")).isEqualTo("40      drones");
    }

    @Test
    void shouldDecodeDecimalArabicReference() {
        assertThat(HtmlMasker.mask("&#1575;")).isEqualTo("ا      ");
    }

    @Test
    void shouldDecodeHexReference() {
        assertThat(HtmlMasker.mask("x&#x663;y")).isEqualTo("x٣      y");
    }

    @Test
    void shouldDecodeSupplementaryCodePointAsSurrogatePair() {
        String masked = HtmlMasker.mask("&#128681;");

        assertThat(masked).hasSize(9).startsWith("\uD83D\uDEA9").endsWith("       ");
    }

    @Test
    void shouldLeaveUnknownOrUnterminatedEntityAsText() {
        String text = "AT&T; R&D &bogus; &amp no semicolon";

        assertThat(HtmlMasker.mask(text)).isSameAs(text);
    }

    @Test
    void shouldLeaveControlAndSurrogateReferencesAsText() {
        String text = "&#0; &#xD800; &#1114112;";

        assertThat(HtmlMasker.mask(text)).isSameAs(text);
    }

    @Test
    void shouldMaskTitleAndBodyTogetherKeepingLength() {
        String text = "<b>عاجل</b>\n\n<div>اعترضت 339 طائرة &amp; صاروخ</div>";

        assertThat(HtmlMasker.mask(text)).hasSameSizeAs(text).doesNotContain("<", "amp");
    }

    @Test
    void shouldStayLinearOnAMegabyteOfOpenTagsClosedOnlyAtTheEnd() {
        String hostile = "<a href=\"x '".repeat(100_000) + ">";

        String masked = assertTimeoutPreemptively(LinearGrowth.HANG_GUARD, () -> HtmlMasker.mask(hostile));

        assertThat(masked).hasSameSizeAs(hostile).isBlank();
        System.out.println("masker, open tags: " + LinearGrowth.assertLinear("open tags closed at the end", 100_000,
                n -> "<a href=\"x '".repeat(n) + ">", HtmlMasker::mask));
    }
}

package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void shouldFoldAlefWithHamzaAndMaddaToBareAlef() {
        assertThat(NormalizedText.of("أعلنت إيران عن آلية جديدة").normalized())
                .isEqualTo("اعلنت ايران عن اليه جديده");
    }

    @Test
    void shouldFoldTaaMarbutaToHeh() {
        assertThat(NormalizedText.of("مسيرة").normalized()).isEqualTo("مسيره");
    }

    @Test
    void shouldFoldYehWithHamzaToYeh() {
        assertThat(NormalizedText.of("طائرة مسيرة").normalized()).isEqualTo("طايره مسيره");
    }

    @Test
    void shouldFoldCyrillicIoToIe() {
        assertThat(NormalizedText.of("Ещё сбитых").normalized()).isEqualTo("еще сбитых");
    }

    @Test
    void shouldFoldAlefMaqsuraToYeh() {
        assertThat(NormalizedText.of("هجوم على ميناء").normalized()).isEqualTo("هجوم علي ميناء");
    }

    @Test
    void shouldRemoveTashkeel() {
        assertThat(NormalizedText.of("أَسْقَطَتْ الدِّفَاعَاتُ").normalized()).isEqualTo("اسقطت الدفاعات");
    }

    @Test
    void shouldRemoveTatweel() {
        assertThat(NormalizedText.of("المســـيرات").normalized()).isEqualTo("المسيرات");
    }

    @Test
    void shouldMapArabicIndicDigitsToAscii() {
        assertThat(NormalizedText.of("أسقطت ٤٥ مسيرة").normalized()).isEqualTo("اسقطت 45 مسيره");
    }

    @Test
    void shouldMapPersianDigitsToAscii() {
        assertThat(NormalizedText.of("۱۲۰ پهپاد").normalized()).startsWith("120 ");
    }

    @Test
    void shouldExpandPresentationFormsWithNfkc() {
        // U+FEFB is the lam-alef ligature: two folded chars from one original char.
        NormalizedText text = NormalizedText.of("\uFEFB");

        assertThat(text.normalized()).isEqualTo("لا");
        assertThat(text.originalStart(1)).isEqualTo(0);
        assertThat(text.originalEnd(2)).isEqualTo(1);
    }

    @Test
    void shouldLowercaseWithRootLocale() {
        assertThat(NormalizedText.of("The NAVY said").normalized()).isEqualTo("the navy said");
    }

    @Test
    void shouldDropBidiMarksInsideWords() {
        assertThat(NormalizedText.of("مسي\u200Fرة").normalized()).isEqualTo("مسيره");
    }

    @Test
    void shouldMapFoldedSpanBackToOriginalWithDiacritics() {
        String original = "قالت الوَزَارَةُ إن";
        NormalizedText text = NormalizedText.of(original);
        int start = text.normalized().indexOf("الوزاره");

        assertThat(text.originalText(start, start + "الوزاره".length())).isEqualTo("الوَزَارَةُ");
    }

    @Test
    void shouldMapSpansAfterSurrogatePairs() {
        String original = "🚀 Drone attack";
        NormalizedText text = NormalizedText.of(original);
        int start = text.normalized().indexOf("drone");

        assertThat(text.originalText(start, start + 5)).isEqualTo("Drone");
    }
}

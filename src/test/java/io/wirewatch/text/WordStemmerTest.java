package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordStemmerTest {
    private final WordStemmer arabic = WordStemmer.forLanguage("ar");
    private final WordStemmer english = WordStemmer.forLanguage("en");

    private static String fold(String word) {
        return NormalizedText.of(word).normalized();
    }

    @Test
    void shouldStripWawAlPrefixAndPluralSuffix() {
        // "وأسقطت الدفاعات والمسيرات" — the conjunction and article must not hide the noun.
        assertThat(arabic.stem(fold("والمسيرات"))).isEqualTo(arabic.stem(fold("مسيرات")));
    }

    @Test
    void shouldStripBiAlPrefix() {
        // "هجوم بالطائرات المسيرة"
        assertThat(arabic.stem(fold("بالطائرات"))).isEqualTo(arabic.stem(fold("طائرات")));
    }

    @Test
    void shouldStripLilPrefix() {
        // "وفقا لوزارة الدفاع، تصدت منظومات للدفاع الجوي"
        assertThat(arabic.stem(fold("للدفاع"))).isEqualTo(arabic.stem(fold("دفاع")));
    }

    @Test
    void shouldConflateSingularAndPluralFeminineNouns() {
        assertThat(arabic.stem(fold("مسيرة"))).isEqualTo(arabic.stem(fold("مسيرات")));
    }

    @Test
    void shouldOfferBareProcliticStrippedSurfaceForm() {
        // "هاجمت روسيا أوكرانيا بمسيرات" — Lucene keeps a lone ب, the surface forms drop it.
        assertThat(arabic.surfaceForms(fold("بمسيرات"))).contains(fold("مسيرات"));
    }

    @Test
    void shouldNotStripProcliticLeavingFewerThanThreeLetters() {
        assertThat(arabic.surfaceForms(fold("بحر"))).containsExactly(fold("بحر"));
    }

    @Test
    void shouldFoldEnglishPlurals() {
        // "Ukraine said it shot down 40 drones; two ships and the navies of three states took part."
        assertThat(english.stem("drones")).isEqualTo("drone");
        assertThat(english.stem("ships")).isEqualTo("ship");
        assertThat(english.stem("navies")).isEqualTo("navy");
    }

    @Test
    void shouldStripRussianCaseEndings() {
        // "ПВО сбили 40 дронов над Черным морем"
        assertThat(WordStemmer.forLanguage("ru").stem("дронов")).isEqualTo("дрон");
    }

    @Test
    void shouldUseArabicStemmerForRegionalLanguageTag() {
        assertThat(WordStemmer.forLanguage("ar-IQ")).isSameAs(arabic);
    }
}

package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static Long value(String words) {
        List<String> list = Arrays.asList(words.split(" "));
        Numbers.Match m = Numbers.parse(list, 0);
        return m == null ? null : m.value();
    }

    private static int length(String words) {
        return Numbers.parse(Arrays.asList(words.split(" ")), 0).length();
    }

    @Test
    void shouldReadOneAndAHalfTensHundredsAndHundredsCountedLikeDozens() {
        assertThat(value("полутора сотен")).isEqualTo(150L);
        assertThat(value("півтори тисячі")).isEqualTo(1500L);
        assertThat(value("півтора десятка")).isEqualTo(15L);
        assertThat(value("полтора десятка")).isEqualTo(15L);
        assertThat(value("две сотни")).isEqualTo(200L);
        assertThat(value("сотни")).isNull(); // "сотни дронов": hundreds of drones, no count
        assertThat(value("полтора часа")).isNull();
    }

    @Test
    void shouldReadASingularTenOrDozenByItselfButNotThePlural() {
        assertThat(value("десятка беспилотников")).isEqualTo(10L); // "около десятка": about ten
        assertThat(value("десяток")).isEqualTo(10L);
        assertThat(value("дюжину")).isEqualTo(12L);
        assertThat(value("двух десятков")).isEqualTo(20L);
        assertThat(value("десятки")).isNull(); // "десятки дронов": dozens of drones, no count
        assertThat(value("десятков")).isNull();
    }

    @Test
    void shouldReadWesternDigits() {
        assertThat(value("83")).isEqualTo(83L);
    }

    @Test
    void shouldReadArabicIndicDigits() {
        assertThat(value("٧٨")).isEqualTo(78L);
    }

    @Test
    void shouldReadPersianDigits() {
        assertThat(value("۱۲۰")).isEqualTo(120L);
    }

    @Test
    void shouldReadCommaThousands() {
        assertThat(value("1,200")).isEqualTo(1200L);
    }

    @Test
    void shouldReadDotThousands() {
        assertThat(value("1.200")).isEqualTo(1200L);
    }

    @Test
    void shouldReadArabicThousandsSeparator() {
        assertThat(value("١٬٢٠٠")).isEqualTo(1200L);
    }

    @Test
    void shouldReadMultipleThousandGroups() {
        assertThat(value("1,250,000")).isEqualTo(1_250_000L);
    }

    @Test
    void shouldRefuseDecimalWithoutScale() {
        assertThat(value("3.5")).isNull();
    }

    @Test
    void shouldMultiplyDecimalByScaleWord() {
        assertThat(value("1.5 million")).isEqualTo(1_500_000L);
    }

    @Test
    void shouldMultiplyDigitsByArabicThousand() {
        assertThat(value("15 ألف")).isEqualTo(15_000L);
        assertThat(length("15 ألف جندي")).isEqualTo(2);
    }

    @Test
    void shouldReadArabicTensInBothCases() {
        assertThat(value("عشرين")).isEqualTo(20L);
        assertThat(value("عشرون")).isEqualTo(20L);
        assertThat(value("ثلاثين")).isEqualTo(30L);
    }

    @Test
    void shouldReadArabicTwoInAllForms() {
        assertThat(value("اثنين")).isEqualTo(2L);
        assertThat(value("اثنتين")).isEqualTo(2L);
        assertThat(value("اثنتان")).isEqualTo(2L);
    }

    @Test
    void shouldReadArabicUnitsInMasculineAndFeminineForms() {
        assertThat(value("أربع")).isEqualTo(4L);
        assertThat(value("أربعة")).isEqualTo(4L);
        assertThat(value("خمس")).isEqualTo(5L);
    }

    @Test
    void shouldReadArabicHundredsInBothSpellings() {
        assertThat(value("مائة")).isEqualTo(100L);
        assertThat(value("مئة")).isEqualTo(100L);
        assertThat(value("مئتين")).isEqualTo(200L);
        assertThat(value("ثلاثمائة")).isEqualTo(300L);
    }

    @Test
    void shouldReadTheAccusativeUnitInACompound() {
        assertThat(value("تسعا وخمسين")).isEqualTo(59L);
        assertThat(value("ثلاثا وعشرين")).isEqualTo(23L);
    }

    @Test
    void shouldJoinArabicCompoundsWithWaw() {
        assertThat(value("خمسة وعشرون")).isEqualTo(25L);
        assertThat(value("مائة وخمسون")).isEqualTo(150L);
    }

    @Test
    void shouldReadArabicTeens() {
        assertThat(value("خمسة عشر")).isEqualTo(15L);
    }

    @Test
    void shouldMultiplyArabicUnitsByThousands() {
        assertThat(value("ثلاثة آلاف")).isEqualTo(3000L);
    }

    @Test
    void shouldIgnoreConjunctionGluedToFirstNumberWord() {
        assertThat(value("واثنتين")).isEqualTo(2L);
        assertThat(value("وواحدة")).isEqualTo(1L);
    }

    @Test
    void shouldTreatPluralScaleAloneAsVague() {
        assertThat(value("آلاف")).isNull();
        assertThat(value("hundreds")).isNull();
    }

    @Test
    void shouldReadHyphenatedEnglishNumbers() {
        assertThat(value("forty-two")).isEqualTo(42L);
    }

    @Test
    void shouldReadAHundred() {
        assertThat(value("a hundred")).isEqualTo(100L);
    }

    @Test
    void shouldReadTwoDozen() {
        assertThat(value("two dozen")).isEqualTo(24L);
    }

    @Test
    void shouldReadEnglishHundredsWithAnd() {
        assertThat(value("one hundred and twenty")).isEqualTo(120L);
    }

    @Test
    void shouldNotReadLoneArticleAsNumber() {
        assertThat(value("a drone")).isNull();
    }

    @Test
    void shouldNotJoinTwoEnglishUnits() {
        assertThat(length("seven eight")).isEqualTo(1);
    }

    @Test
    void shouldRejectEndlessDigitRuns() {
        assertThat(Numbers.parseDigits("9".repeat(100_000))).isNaN();
    }

    @Test
    void shouldReadRussianAndUkrainianNumberWordsWhateverTheApostrophe() {
        assertThat(Numbers.parse(List.of("сорок", "шесть"), 0).value()).isEqualTo(46);
        assertThat(Numbers.parse(List.of("двухсот", "шестидесяти", "одного"), 0).value()).isEqualTo(261);
        assertThat(Numbers.parse(List.of("дев'ять"), 0).value()).isEqualTo(9);
        assertThat(Numbers.parse(List.of("пʼятдесят", "два"), 0).value()).isEqualTo(52);
        assertThat(Numbers.parse(List.of("сто", "десять"), 0).value()).isEqualTo(110);
    }

    @Test
    void shouldCountTensOfDronesInRussianAndUkrainian() {
        assertThat(value("двух десятков")).isEqualTo(20L);
        assertThat(value("трех десятков")).isEqualTo(30L);
        assertThat(value("три десятки")).isEqualTo(30L);
        assertThat(value("десятков")).isNull();
    }
}

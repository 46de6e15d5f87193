package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One rule per test, each with a sentence written for the test. */
class ClaimExtractorTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 2);
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.load(Path.of("config"));
    }

    private static List<DroneClaim> extract(String text) {
        return extractor.extract("a1", DAY, text, null);
    }

    private static DroneClaim only(String text) {
        List<DroneClaim> claims = extract(text);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void shouldGiveAHeadlineEchoOfMoscowToTheNamedMinistry() {
        List<DroneClaim> claims = extract("موسكو تعلن إسقاط 60 مسيرة أوكرانية\n\n"
                + "قالت وزارة الدفاع الروسية إن دفاعاتها الجوية دمرت 60 طائرة مسيرة أوكرانية خلال الليل.");

        assertThat(claims).extracting(DroneClaim::claimant).containsExactly("ru-mod");
        assertThat(claims.get(0).destroyed()).isEqualTo(60);
    }

    @Test
    void shouldAttributeArabicDestroyedFigureToRussianDefenceMinistry() {
        DroneClaim c = only("أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 48 طائرة مسيرة أوكرانية خلال الليل.");
        assertThat(c.claimant()).isEqualTo("ru-mod");
        assertThat(c.claimantCountry()).isEqualTo("RU");
        assertThat(c.destroyed()).isEqualTo(48);
        assertThat(c.launched()).isNull();
        assertThat(c.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(c.scope()).isEqualTo(Scope.TOTAL);
    }

    @Test
    void shouldReadArabicIndicDigits() {
        assertThat(only("أعلن سلاح الجو الأوكراني إسقاط ٤٢ طائرة مسيرة روسية خلال الليل.").destroyed()).isEqualTo(42);
    }

    @Test
    void shouldReadPersianDigits() {
        assertThat(only("قال سلاح الجو الأوكراني إن الدفاعات اعترضت ۱۲ مسيرة.").destroyed()).isEqualTo(12);
    }

    @Test
    void shouldReadDigitsGluedToPrepositionAndNoun() {
        DroneClaim c = only("قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 100من المسيرات الأوكرانية.");
        assertThat(c.destroyed()).isEqualTo(100);
    }

    @Test
    void shouldReadDigitsAfterGluedBa() {
        DroneClaim c = only("قالت بلدية موسكو إن المدينة تعرضت لهجوم بـ91 طائرة مسيرة.");
        assertThat(c.launched()).isEqualTo(91);
    }

    @Test
    void shouldReadArabicNumberWords() {
        DroneClaim c = only("أعلنت وزارة الدفاع الروسية أن قواتها اعترضت عشرين طائرة مسيرة أوكرانية.");
        assertThat(c.destroyed()).isEqualTo(20);
    }

    @Test
    void shouldReadEnglishNumberWords() {
        assertThat(only("Russia's defence ministry said it shot down forty-two Ukrainian drones.").destroyed())
                .isEqualTo(42);
    }

    @Test
    void shouldReadThousandSeparators() {
        assertThat(only("Ukraine's air force said Russia launched 1,200 drones overnight.").launched())
                .isEqualTo(1200);
    }

    @Test
    void shouldSplitArabicPartOfWhole() {
        DroneClaim c = only("قال سلاح الجو الأوكراني إن الدفاعات الجوية أسقطت 50 من أصل 60 طائرة مسيرة أطلقتها روسيا.");
        assertThat(c.destroyed()).isEqualTo(50);
        assertThat(c.launched()).isEqualTo(60);
        assertThat(c.attackerCountry()).isEqualTo("RU");
    }

    @Test
    void shouldSplitEnglishOutOf() {
        DroneClaim c = only("Ukraine's air force said it shot down 45 out of 52 drones launched by Russia.");
        assertThat(c.destroyed()).isEqualTo(45);
        assertThat(c.launched()).isEqualTo(52);
    }

    @Test
    void shouldSplitOfWhichClause() {
        DroneClaim c = only("Russia launched 120 drones overnight, 101 of which were shot down, Ukraine's air force said.");
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(120);
        assertThat(c.destroyed()).isEqualTo(101);
    }

    @Test
    void shouldReadPartAfterArabicMinBayn() {
        DroneClaim c = only("وقال سلاح الجو الأوكراني إنه من بين 70 مسيرة أطلقتها روسيا، أسقطت الدفاعات 64.");
        assertThat(c.launched()).isEqualTo(70);
        assertThat(c.destroyed()).isEqualTo(64);
    }

    @Test
    void shouldMarkArabicApproximation() {
        DroneClaim c = only("قالت وزارة الدفاع الروسية إن قواتها دمرت نحو 30 مسيرة أوكرانية.");
        assertThat(c.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    }

    @Test
    void shouldMarkEnglishApproximation() {
        assertThat(only("Russia's defence ministry said it downed around 30 Ukrainian drones.").qualifier())
                .isEqualTo(Qualifier.APPROXIMATE);
    }

    @Test
    void shouldMarkArabicLowerBound() {
        DroneClaim c = only("أعلن سلاح الجو الأوكراني أن روسيا أطلقت أكثر من 200 طائرة مسيرة.");
        assertThat(c.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(c.launched()).isEqualTo(200);
    }

    @Test
    void shouldMarkArabicUpperBound() {
        assertThat(only("قال سلاح الجو الأوكراني إن روسيا أطلقت ما لا يزيد عن 40 مسيرة.").qualifier())
                .isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void shouldMarkEnglishUpperBound() {
        assertThat(only("Ukraine's air force said Russia launched up to 90 drones.").qualifier())
                .isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void shouldLetTheCountedNounDecide() {
        DroneClaim c = only("أطلقت روسيا 127 صاروخا و109 طائرات مسيرة، وفق سلاح الجو الأوكراني.");
        assertThat(c.launched()).isEqualTo(109);
    }

    @Test
    void shouldIgnoreShipsAndSoldiers() {
        assertThat(extract("Russia said the exercise involved 150 ships and 15,000 soldiers.")).isEmpty();
        assertThat(extract("وقال الكرملين إن المناورات تشمل أكثر من 150 سفينة و15 ألف جندي.")).isEmpty();
    }

    @Test
    void shouldKeepRegionalBreakdownApartFromTotal() {
        List<DroneClaim> claims = extract(
                "Russia's defence ministry said air defences destroyed 60 Ukrainian drones, including 25 over the Bryansk region.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).scope()).isEqualTo(Scope.TOTAL);
        assertThat(claims.get(0).destroyed()).isEqualTo(60);
        assertThat(claims.get(1).scope()).isEqualTo(Scope.REGION);
        assertThat(claims.get(1).destroyed()).isEqualTo(25);
        assertThat(claims.get(1).region()).isEqualTo("Bryansk region");
    }

    @Test
    void shouldTreatSingleRegionStatementAsTotal() {
        DroneClaim c = only("قال حاكم منطقة بيلغورود إن الدفاعات الجوية أسقطت 12 مسيرة فوق المنطقة.");
        assertThat(c.claimant()).isEqualTo("ru-governor");
        assertThat(c.scope()).isEqualTo(Scope.TOTAL);
        assertThat(c.region()).isNull();
    }

    @Test
    void shouldMarkCumulativeFigures() {
        DroneClaim c = only("Ukraine's air force said it has destroyed 5,000 drones since the beginning of the year.");
        assertThat(c.scope()).isEqualTo(Scope.CUMULATIVE);
    }

    @Test
    void shouldMarkArabicCumulativeFigures() {
        assertThat(only("قال سلاح الجو الأوكراني إنه أسقط 900 مسيرة منذ بداية الحرب.").scope())
                .isEqualTo(Scope.CUMULATIVE);
    }

    @Test
    void shouldAttributeRelayedStatementToSourceNotAgency() {
        assertThat(only("ونقلت وكالة تاس عن وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 25 مسيرة أوكرانية.")
                .claimant()).isEqualTo("ru-mod");
    }

    @Test
    void shouldAttributeEnglishAccordingTo() {
        assertThat(only("Air defences shot down 33 drones overnight, according to Ukraine's air force.").claimant())
                .isEqualTo("ua-air-force");
    }

    @Test
    void shouldCarryClaimantIntoContinuationSentence() {
        List<DroneClaim> claims = extract("أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية دمرت 40 مسيرة أوكرانية ليلا.\n"
                + "وأضاف البيان أنه تم إسقاط 15 منها فوق منطقة كورسك.");
        assertThat(claims).extracting(DroneClaim::claimant).containsExactly("ru-mod", "ru-mod");
        assertThat(claims.get(1).scope()).isEqualTo(Scope.REGION);
        assertThat(claims.get(1).destroyed()).isEqualTo(15);
    }

    @Test
    void shouldCarryClaimantFromHeadline() {
        DroneClaim c = only("الدفاع الروسية:\nأسقطت الدفاعات الجوية 77 طائرة مسيرة أوكرانية خلال الليل.");
        assertThat(c.claimant()).isEqualTo("ru-mod");
        assertThat(c.destroyed()).isEqualTo(77);
    }

    @Test
    void shouldMergeApproximateAndExactFigureOfSameClaimant() {
        DroneClaim c = only("قالت وزارة الدفاع الروسية إنها أسقطت حوالى 50 مسيرة أوكرانية.\n"
                + "وفي وقت لاحق، أكدت وزارة الدفاع الروسية أن قواتها دمرت 48 مسيرة أوكرانية.");
        assertThat(c.destroyed()).isEqualTo(48);
        assertThat(c.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(c.evidence().text()).contains("48");
    }

    @Test
    void shouldMergeRestatedFigure() {
        DroneClaim c = only("Ukraine's air force said Russia launched 64 drones overnight and 58 were shot down.\n"
                + "The air force said the 64 drones were launched from Kursk.");
        assertThat(c.launched()).isEqualTo(64);
        assertThat(c.destroyed()).isEqualTo(58);
    }

    @Test
    void shouldDropFigureWithoutClaimant() {
        assertThat(extract("أسقطت الدفاعات الجوية 30 مسيرة الليلة الماضية.")).isEmpty();
        assertThat(extract("Air defences shot down 30 drones overnight.")).isEmpty();
    }

    @Test
    void shouldTakeAttackerFromAdjective() {
        assertThat(only("Russia's defence ministry said it shot down 18 Ukrainian drones.").attackerCountry())
                .isEqualTo("UA");
    }

    @Test
    void shouldTakeAttackerFromLaunchAgent() {
        assertThat(only("Russia's defence ministry said Kyiv launched 18 drones at Crimea.").attackerCountry())
                .isEqualTo("UA");
    }

    @Test
    void shouldDefaultAttackerToOtherSideForUkrainianClaimant() {
        assertThat(only("قال سلاح الجو الأوكراني إن الدفاعات أسقطت 35 مسيرة.").attackerCountry()).isEqualTo("RU");
    }

    @Test
    void shouldIgnoreModelNumbers() {
        DroneClaim c = only("Ukraine's air force said it shot down 20 Shahed-136 drones.");
        assertThat(c.destroyed()).isEqualTo(20);
    }

    @Test
    void shouldNotTakeTargetCountryAsClaimant() {
        assertThat(extract("وقال مسؤول إن القوات شنت هجمات على أوكرانيا باستخدام 50 مسيرة.")).isEmpty();
    }

    @Test
    void shouldPointEvidenceAtTheSentence() {
        String text = "Talks went on. Russia's defence ministry said it shot down 18 Ukrainian drones. Nothing else.";
        DroneClaim c = only(text);
        assertThat(c.evidence().text()).isEqualTo(text.substring(c.evidence().start(), c.evidence().end()));
        assertThat(c.evidence().text()).isEqualTo("Russia's defence ministry said it shot down 18 Ukrainian drones.");
    }

    @Test
    void shouldReadRussianLexicon() {
        DroneClaim c = only("Минобороны России сообщило, что силы ПВО сбили 45 украинских БпЛА.");
        assertThat(c.claimant()).isEqualTo("ru-mod");
        assertThat(c.destroyed()).isEqualTo(45);
        assertThat(c.attackerCountry()).isEqualTo("UA");
    }

    @Test
    void shouldReturnNothingForNullOrEmptyText() {
        assertThat(extractor.extract("a1", DAY, null, null)).isEmpty();
        assertThat(extractor.extract("a1", DAY, "", "ar")).isEmpty();
    }
}

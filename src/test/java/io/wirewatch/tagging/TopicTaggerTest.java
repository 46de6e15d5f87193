package io.wirewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Evidence;
import io.wirewatch.model.TopicTag;
import io.wirewatch.testing.LinearGrowth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped rules in config/topics on sentences written for these tests. */
class TopicTaggerTest {
    private static TopicTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        tagger = TopicTagger.load(Path.of("config"));
    }

    private static List<String> topics(String text, String language) {
        return tagger.tag(text, language).stream().map(TopicTag::topic).toList();
    }

    private static TopicTag tag(String text, String language, String topic) {
        return tagger.tag(text, language).stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void shouldNeedMoreThanTheArabicAdjectiveMaritimeForANavalStory() {
        assertThat(topics("رسمت ألف طائرة درون لوحات ضوئية في سماء الواجهة البحرية للمدينة.", "ar"))
                .doesNotContain("naval_events");
        assertThat(topics("أعلنت البحرية الأوكرانية أنها أغرقت زورقا روسيا قرب سواحل القرم.", "ar"))
                .contains("naval_events");
    }

    @Test
    void shouldTagShahedAttackAsDroneStrike() {
        assertThat(topics("Russia launched 40 Shahed drones at Kyiv overnight, the air force said.", "en"))
                .containsExactly("drone_strikes");
    }

    @Test
    void shouldTagArabicDroneShootDownDespiteCliticsAndTashkeel() {
        assertThat(topics("وأعلنت الدفاعات الجوية أنها أسقطت عشرات المسيّرات فوق العاصمة.", "ar"))
                .containsExactly("drone_strikes");
    }

    @Test
    void shouldMatchLexiconPhraseBehindBiAlProclitic() {
        String text = "هاجمت القوات بالطائرات المسيرة مواقع عسكرية ليلا.";

        assertThat(tag(text, "ar", "drone_strikes").evidence()).extracting(Evidence::text)
                .contains("بالطائرات المسيرة");
    }

    @Test
    void shouldNotTagDroneLightShow() {
        assertThat(topics("Thousands watched a drone light show on New Year's Eve as 500 drones were launched to form a dove.", "en"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagCropSprayingDrones() {
        assertThat(topics("Farmers in Kenya now fly drones for crop spraying that hit pests and cut pesticide use by a third.", "en"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagParcelDeliveryDrones() {
        assertThat(topics("The retailer began parcel delivery by drone in two Texas towns, launching 30 flights a day.", "en"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagDronePhotography() {
        assertThat(topics("Her drone photography of the flooded valley targeted a national prize.", "en"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagBusFleetAsNaval() {
        assertThat(topics("The city will replace its fleet of diesel buses with 200 electric vehicles by 2027.", "en"))
                .doesNotContain("naval_events");
    }

    @Test
    void shouldNotTagFootballAttackAsDroneStrike() {
        assertThat(topics("Liverpool's attack overwhelmed the defence and struck twice before half-time.", "en"))
                .isEmpty();
    }

    @Test
    void shouldNotTagNavalOranges() {
        assertThat(topics("Naval oranges are in season and growers expect a record harvest.", "en")).isEmpty();
    }

    @Test
    void shouldNotTagArabicProtestMarchAsDrone() {
        assertThat(topics("خرجت مسيرة سلمية في وسط المدينة للمطالبة بتحسين الخدمات.", "ar")).isEmpty();
    }

    @Test
    void shouldTagArabicNavalExercise() {
        assertThat(topics("أجرت البحرية الروسية مناورات واسعة في بحر البلطيق بمشاركة فرقاطات وغواصات.", "ar"))
                .containsExactly("naval_events");
    }

    @Test
    void shouldTagSeaDroneWrittenWithHyphen() {
        TopicTag naval = tag("A Ukrainian sea-drone struck a Russian patrol ship near Sevastopol.", "en", "naval_events");

        assertThat(naval.evidence()).extracting(Evidence::text).contains("sea-drone");
    }

    @Test
    void shouldTagEnglishPeaceTalksAsDiplomacy() {
        assertThat(topics("The foreign ministers met in Geneva for a second round of peace talks.", "en"))
                .containsExactly("diplomacy");
    }

    @Test
    void shouldTagArabicMinisterMeetingAsDiplomacy() {
        assertThat(topics("التقى وزير الخارجية الروسي نظيره التركي في أنقرة لبحث مفاوضات وقف إطلاق النار.", "ar"))
                .containsExactly("diplomacy");
    }

    @Test
    void shouldTagRussianDroneShootDown() {
        assertThat(topics("Силы ПВО сбили 40 беспилотников над Белгородской областью.", "ru"))
                .containsExactly("drone_strikes");
    }

    @Test
    void shouldPickArabicRulesByScriptWhenLanguageIsNull() {
        assertThat(topics("أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة.", null)).containsExactly("drone_strikes");
    }

    @Test
    void shouldSortTopicsById() {
        String text = "A sea drone struck a Russian frigate as envoys opened peace talks, and Shahed drones hit Odesa.";

        assertThat(topics(text, "en")).containsExactly("diplomacy", "drone_strikes", "naval_events");
    }

    @Test
    void shouldPointEvidenceIntoOriginalText() {
        String text = "قالت الوزارة إنّ الدفاعاتِ الجويةَ اعترضت طائرةً مسيّرةً أوكرانية.";

        for (Evidence e : tag(text, "ar", "drone_strikes").evidence()) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(tag(text, "ar", "drone_strikes").evidence()).extracting(Evidence::text).contains("طائرةً مسيّرةً");
    }

    @Test
    void shouldCapEvidencePerTopic() {
        String text = "Envoys, diplomats, negotiators and ambassadors held peace talks at the summit on a treaty, "
                + "a peace plan, bilateral and trilateral mediation, with the foreign minister and the embassy.";

        assertThat(tag(text, "en", "diplomacy").evidence()).hasSizeLessThanOrEqualTo(TopicScorer.MAX_EVIDENCE);
    }

    @Test
    void shouldTagOneMegabyteOfDigitsLinearly() {
        assertTagsLinearly("1 MB of digits", n -> "7".repeat(n));
    }

    @Test
    void shouldTagOneMegabyteOfArabicWithoutSpacesLinearly() {
        assertTagsLinearly("1 MB of Arabic without spaces", n -> "مسيرة".repeat(n / 5));
    }

    @Test
    void shouldTagOneMegabyteSentenceOfDroneWordsLinearly() {
        assertTagsLinearly("1 MB sentence of drone words", n -> "drone light sea fleet ".repeat(n / 22));
    }

    /**
     * Tags the full-size text under a hang guard and checks that CPU time grows linearly with it
     * ({@link LinearGrowth}); no speed is asserted, that belongs in the benchmark.
     */
    private static void assertTagsLinearly(String what, IntFunction<String> text) {
        System.out.println("tagger " + what + ": "
                + LinearGrowth.assertLinear(what, 1_000_000, text, t -> tagger.tag(t, null)));
    }

    @Test
    void shouldNotTagADroneMakersProductionDealAsADroneStrike() {
        assertThat(topics("A Ukrainian drone maker signed a deal on Tuesday to build up to 10,000 drones a month at a new"
                + " plant, the manufacturer said.", "en")).doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagARecordDroneLightDisplayAsADroneStrike() {
        assertThat(topics("A Christmas display of 1,499 drones set a Guinness record over the stadium; all the drones"
                + " came down safely.", "en")).doesNotContain("drone_strikes");
    }

    @Test
    void shouldTagUncrewedAerialSystemsDestroyedAsDroneStrikes() {
        assertThat(topics("U.S. forces destroyed five uncrewed aerial systems (UAS) launched from Yemen.", "en"))
                .contains("drone_strikes");
    }

    @Test
    void shouldTagASeaDroneAttackAsADroneStrikeToo() {
        assertThat(topics("Силами флота уничтожены три безэкипажных катера, атаковавших Севастополь.", "ru"))
                .contains("drone_strikes", "naval_events");
        assertThat(topics("Navy gunners destroyed two drone boats that attacked a tanker.", "en"))
                .contains("drone_strikes");
    }

    @Test
    void shouldNotTagADrillAgainstANotionalEnemysSeaDronesAsADroneStrike() {
        assertThat(topics("Корабли флота отработали отражение атак безэкипажных катеров условного противника.", "ru"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagDronesInAnAidPackageOrABillAsDroneStrikes() {
        assertThat(topics("Norway to fund 5,000 interceptor drones for Ukraine's air defences", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("House shoots down bill to let sheriffs take down drones over prisons", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("أعلنت الحكومة حزمة مساعدات عسكرية تشمل خمسة آلاف طائرة مسيرة هجومية لأوكرانيا.", "ar"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagAMarchOfProtestersAsDrones() {
        assertThat(topics("شارك آلاف المتظاهرين في مسيرة وطنية بالعاصمة، وجابت مسيرات أخرى مدنا عدة.", "ar"))
                .doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagAMassMarchACareerOrDroneProductionAsDroneStrikes() {
        assertThat(topics("شارك المواطنون في مسيرة جماهيرية حاشدة جابت شوارع المدينة، وقال المنظمون إن المسيرات ستتواصل.",
                "ar")).doesNotContain("drone_strikes");
        assertThat(topics("أعلن اللاعب اعتزاله بعد مسيرة امتدت 15 عاما مع المنتخب.", "ar")).doesNotContain("drone_strikes");
        assertThat(topics("Poland aims to build 100,000 combat drones next year", "en")).doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTakeTheCityOfPortSudanForAPortStory() {
        assertThat(topics("PORT SUDAN (AP) - Drones hit a fuel depot in the Red Sea city of Port Sudan, the army said.",
                "en")).doesNotContain("naval_events");
    }

    @Test
    void shouldReadTheArabicAccusativeMeetingAsAMeeting() {
        assertThat(topics("عقد الجانبان اجتماعا لبحث العلاقات الثنائية.", "ar")).contains("diplomacy");
    }

    @Test
    void shouldNotTakeTheShipsRowOfALossesTableForANavalStory() {
        String table = "Генштаб: втрати противника за добу\n\nтанки — 10 236 (+7);\nБпЛА оперативно-тактичного рівня —"
                + " 24 117 (+142);\nкораблі/катери — 28;\nпідводні човни — 1.";
        assertThat(topics(table, "uk")).doesNotContain("naval_events");
        assertThat(topics(table.replace("кораблі/катери", "корабли/катера").replace("підводні човни", "подводные лодки"),
                "ru")).doesNotContain("naval_events");
        // a warship in prose is still one
        assertThat(topics("Сили оборони уразили російський фрегат у Чорному морі.", "uk")).contains("naval_events");
    }

    @Test
    void shouldKnowTheUkrainianShipInTheNominative() {
        // "корабель" drops the stem's "л" before its vowel: "корабл*" alone misses it
        assertThat(topics("Сили оборони уразили російський десантний корабель біля Севастополя.", "uk"))
                .contains("naval_events");
    }

    @Test
    void shouldTagAReaperShotDownAsADroneStrike() {
        assertThat(topics("الدفاعات اليمنية تسقط طائرة MQ-9 في أجواء الجوف", "ar")).contains("drone_strikes");
        assertThat(topics("Houthis say they shot down a US MQ-9 Reaper over Marib", "en")).contains("drone_strikes");
    }
}

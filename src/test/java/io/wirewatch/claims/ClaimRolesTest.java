package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figure roles, clause claimants and number forms (issue 10). One rule per test, each with a sentence written
 * for the test on the structure of real air-force and ministry reports.
 */
class ClaimRolesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 9);
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.load(Path.of("config"));
    }

    private static List<DroneClaim> totals(String text) {
        return extractor.extract("t1", DAY, text, null).stream().filter(c -> c.scope() == Scope.TOTAL).toList();
    }

    private static DroneClaim of(List<DroneClaim> claims, String claimant) {
        return claims.stream().filter(c -> c.claimant().equals(claimant)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + claimant + " in " + claims));
    }

    @Test
    void shouldGiveEachClauseItsOwnClaimant() {
        List<DroneClaim> claims = totals("Russia's defence ministry said air defences destroyed 33 drones, while"
                + " Ukraine's air force said it shot down 28 of 35.");

        assertThat(of(claims, "ru-mod").destroyed()).isEqualTo(33);
        DroneClaim ua = of(claims, "ua-air-force");
        assertThat(ua.destroyed()).isEqualTo(28);
        assertThat(ua.launched()).isEqualTo(35);
        assertThat(claims).hasSize(2);
    }

    @Test
    void shouldTakeAnAttributionThatFollowsTheFigures() {
        DroneClaim c = totals("Russian forces launched 138 drones at Ukraine overnight, 110 of which were shot down"
                + " or suppressed, Ukraine's air force said.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(138);
        assertThat(c.destroyed()).isEqualTo(110);
    }

    @Test
    void shouldNotTakeTheLaunchingCountryForTheSpeaker() {
        List<DroneClaim> claims = totals("Air defences shot down 71 of the 86 drones Russia launched overnight,"
                + " the air force said.");
        assertThat(claims).extracting(DroneClaim::claimant).containsExactly("ua-air-force");
    }

    @Test
    void shouldCarryLocationallyLostDronesApartFromTheShotDown() {
        DroneClaim c = totals("Повітряні сили: збито/подавлено 78 ворожих БпЛА; 5 — локаційно втрачені.").get(0);
        assertThat(c.destroyed()).isEqualTo(78);
        assertThat(c.lost()).isEqualTo(5);
    }

    @Test
    void shouldCarryDronesThatHitTargetsAsHits() {
        DroneClaim c = totals("Ukraine's air force said 60 drones were shot down and impacts by 21 attack drones"
                + " were recorded at nine locations.").get(0);
        assertThat(c.destroyed()).isEqualTo(60);
        assertThat(c.hit()).isEqualTo(21);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldDropDronesStillInTheAir() {
        DroneClaim c = totals("The air force said 40 drones were shot down and 12 were still in the air.").get(0);
        assertThat(c.destroyed()).isEqualTo(40);
        assertThat(c.launched()).isNull();
        assertThat(c.lost()).isNull();
    }

    @Test
    void shouldReadAllNAsLaunchedAndDestroyed() {
        DroneClaim c = totals("Ukraine's air force said air defences shot down all 24 Shahed drones overnight.").get(0);
        assertThat(c.launched()).isEqualTo(24);
        assertThat(c.destroyed()).isEqualTo(24);
    }

    @Test
    void shouldReadUkrainianNumberWordsWithApostrophes() {
        DroneClaim c = totals("Повітряні сили повідомили, що ППО знищила двадцять вісім із двадцяти дев'яти"
                + " ударних БпЛА.").get(0);
        assertThat(c.destroyed()).isEqualTo(28);
        assertThat(c.launched()).isEqualTo(29);
    }

    @Test
    void shouldReadRussianNumberWordsInTheGenitive() {
        DroneClaim c = totals("Минобороны России сообщило, что силы ПВО перехватили сорок шесть украинских"
                + " беспилотников.").get(0);
        assertThat(c.claimant()).isEqualTo("ru-mod");
        assertThat(c.destroyed()).isEqualTo(46);
    }

    @Test
    void shouldReadDigitGroupsSeparatedBySpaces() {
        DroneClaim c = totals("Минобороны России сообщило, что за сутки перехвачены 1 588 беспилотников.").get(0);
        assertThat(c.destroyed()).isEqualTo(1588);
    }

    @Test
    void shouldCarryAHeadlineAttributionIntoTheLead() {
        DroneClaim c = totals("Повітряні сили: збито 40 дронів\n\n"
                + "У ніч на 9 липня противник атакував 45 ударними БпЛА, збито 40.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(45);
    }

    @Test
    void shouldNotEndTheSentenceAtAMonthAbbreviation() {
        DroneClaim c = totals("Ukraine's Air Force said early on Nov. 29 that air defense had downed 50 Russian"
                + " drones overnight.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.destroyed()).isEqualTo(50);
    }

    @Test
    void shouldNotTakeTheSubjectOfTheReportedClauseForTheSpeaker() {
        List<DroneClaim> claims = totals("وكان سلاح الجو قد أعلن صباحا أن روسيا هاجمت البلاد ليلا بـ58 مسيرة،"
                + " أسقط منها 45.");
        assertThat(claims).extracting(DroneClaim::claimant).containsExactly("ua-air-force");
    }

    @Test
    void shouldReadArabicFeminineCompoundNumbers() {
        DroneClaim c = totals("قالت وزارة الدفاع الروسية إن الدفاعات الجوية دمرت إحدى عشرة طائرة مسيرة أوكرانية.")
                .get(0);
        assertThat(c.destroyed()).isEqualTo(11);
    }

    @Test
    void shouldReadAMastheadAttributionAsTheSpeakerOfTheWholePost() {
        DroneClaim c = totals("Повітряні сили: збито 40 дронів\n\nУ ніч на 9 липня противник атакував 45 БпЛА.\n\n"
                + "Станом на 09:00 збито 40 безпілотників; 5 — локаційно втрачені.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.lost()).isEqualTo(5);
    }

    @Test
    void shouldReadAllNWithoutANounAsTheDronesOfTheText() {
        DroneClaim c = totals("Всі 20 знищені силами ППО, повідомили в Повітряних силах.").get(0);
        assertThat(c.launched()).isEqualTo(20);
        assertThat(c.destroyed()).isEqualTo(20);
    }

    @Test
    void shouldKeepAFurtherFigureWithARegionAsAStatementOfItsOwn() {
        List<DroneClaim> claims = totals("Утром Минобороны России сообщило об уничтожении 17 украинских БПЛА."
                + " Днем ведомство отчиталось еще о девяти сбитых дронах над Белгородской областью.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(17, 9);
    }

    @Test
    void shouldReadDronesSuppressedByElectronicWarfareAsLost() {
        DroneClaim c = totals("Станом на 09:00 збито 45 ворожих безпілотників, ще 23 — подавлені засобами"
                + " радіоелектронної боротьби, повідомили Повітряні сили.").get(0);
        assertThat(c.destroyed()).isEqualTo(45);
        assertThat(c.lost()).isEqualTo(23);
    }

    @Test
    void shouldLookPastAParentheticalBetweenTheSpeakerAndItsVerb() {
        DroneClaim c = totals("Украинские Воздушные силы, в свою очередь, сообщили, что сбили 28 из 35"
                + " запущенных беспилотников.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.destroyed()).isEqualTo(28);
        assertThat(c.launched()).isEqualTo(35);
    }

    @Test
    void shouldNotCountABreakdownByTypeAfterADash() {
        List<DroneClaim> claims = totals("US forces destroyed seven Houthi drones over the past day — four uncrewed"
                + " surface vessels and three uncrewed aerial systems — US Central Command said.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(7);
    }

    @Test
    void shouldKeepTheOtherRoleAfterAColon() {
        DroneClaim c = totals("Повітряні сили: ворог атакував 68 дронами: 45 збито.").get(0);
        assertThat(c.launched()).isEqualTo(68);
        assertThat(c.destroyed()).isEqualTo(45);
    }

    @Test
    void shouldReadStruckWithAsALaunchNotAHit() {
        DroneClaim c = totals("Russia struck energy facilities overnight with 458 drones and 45 missiles, the air"
                + " force said, adding that 406 drones were shot down.").get(0);
        assertThat(c.launched()).isEqualTo(458);
        assertThat(c.hit()).isNull();
    }

    @Test
    void shouldDropDronesStillInTheAirspace() {
        DroneClaim c = totals("The air force said 40 drones were shot down and that 14 more were still in"
                + " Ukrainian airspace.").get(0);
        assertThat(c.launched()).isNull();
        assertThat(c.destroyed()).isEqualTo(40);
    }

    @Test
    void shouldReadATallySinceTheInvasionAsCumulative() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Ukraine's air defense has destroyed more than 67,000"
                + " Russian drones since the start of the full-scale invasion, the Air Force said.", null);
        assertThat(all).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
    }

    @Test
    void shouldReadACityAdministrationFigureBesideTheNationalTotalAsARegion() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Ukraine's air force said 80 drones were shot down"
                + " overnight.\nKyiv city military administration said 36 drones were destroyed over the capital.",
                null);
        assertThat(all.stream().filter(c -> c.claimant().equals("ua-regional-administration")))
                .extracting(DroneClaim::scope).containsExactly(Scope.REGION);
    }

    @Test
    void shouldReadRepellingAnAttackOfNDronesAsDestroyingThem() {
        DroneClaim c = totals("سوبيانين: صدت الدفاعات الجوية هجوم اثنتي عشرة طائرة مسيرة كانت متجهة نحو موسكو.").get(0);
        assertThat(c.destroyed()).isEqualTo(12);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldReadShotDownOrSuppressedAsOneDestroyedFigure() {
        DroneClaim c = totals("قال سلاح الجو الأوكراني إن روسيا أطلقت 104 مسيرات، أُسقط منها أو أُخمد 81.").get(0);
        assertThat(c.launched()).isEqualTo(104);
        assertThat(c.destroyed()).isEqualTo(81);
        assertThat(c.lost()).isNull();
    }

    @Test
    void shouldTakeTheNounBeforeAnArticleGluedToTheNumber() {
        List<DroneClaim> claims = totals("قالت القيادة المركزية الأمريكية إن قواتها دمرت خلال الساعات الـ24"
                + " الماضية خمس طائرات مسيرة أطلقها الحوثيون.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(5);
    }

    @Test
    void shouldReadNumberWordsWithTheArticleAfterTheNoun() {
        DroneClaim c = totals("سلاح الجو الأوكراني: الدفاعات الجوية أسقطت جميع المسيرات الثلاث والعشرين التي"
                + " أطلقها الجيش الروسي.").get(0);
        assertThat(c.destroyed()).isEqualTo(23);
        assertThat(c.launched()).isEqualTo(23);
    }

    @Test
    void shouldReadTheNumberOfDronesReached() {
        DroneClaim c = totals("قال رئيس بلدية موسكو سيرغي سوبيانين إن عدد الطائرات المسيرة التي دمرت أثناء"
                + " اقترابها من العاصمة بلغ 34.").get(0);
        assertThat(c.destroyed()).isEqualTo(34);
    }

    @Test
    void shouldNotCountAMissileModelNumber() {
        List<DroneClaim> claims = totals("أكد سلاح الجو الأوكراني أن قواته أسقطت 38 طائرة مسيرة من أصل 50، وأن"
                + " الهجوم شمل ثلاثة صواريخ من طراز إكس-101.");
        assertThat(claims).extracting(DroneClaim::launched).containsExactly(50);
    }

    @Test
    void shouldNotTakeTheNorthOfTheCountryForARegion() {
        List<DroneClaim> claims = totals("أعلن سلاح الجو الأوكراني أن روسيا هاجمت البلاد بـ112 مسيرة. وأفاد البيان"
                + " بأنه جرى إسقاط 84 منها فوق شمال البلاد.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(84);
    }

    @Test
    void shouldReadAllOfTheDronesLaunchedThatWereDestroyed() {
        DroneClaim c = totals("All of the 27 Shahed attack drones launched by Russia overnight were destroyed, Ukraine's"
                + " air force said.").get(0);
        assertThat(c.launched()).isEqualTo(27);
        assertThat(c.destroyed()).isEqualTo(27);
    }

    @Test
    void shouldNotReadAllAcrossAnotherNoun() {
        DroneClaim c = totals("Ukraine's air force said Russia launched 53 drones and two missiles. Both missiles and 50"
                + " of the drones were destroyed, the air force said.").get(0);
        assertThat(c.launched()).isEqualTo(53);
        assertThat(c.destroyed()).isEqualTo(50);
    }

    @Test
    void shouldReadADroneThatHitAHouseAsAHit() {
        DroneClaim c = totals("Governor Vyacheslav Gladkov said air defences shot down 11 Ukrainian drones and one drone"
                + " hit a house.").get(0);
        assertThat(c.destroyed()).isEqualTo(11);
        assertThat(c.hit()).isEqualTo(1);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldReadAMonthsTallyAsCumulative() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "In October, Russian forces launched 2,023 attack drones"
                + " against Ukraine, the air force said.", null);
        assertThat(all).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
    }

    @Test
    void shouldTakeSayingAsAReportingVerb() {
        DroneClaim c = totals("Ukraine's air force on Monday corrected its figures, saying 57 of the 71 Russian drones"
                + " launched had been downed.").get(0);
        assertThat(c.destroyed()).isEqualTo(57);
        assertThat(c.launched()).isEqualTo(71);
    }

    @Test
    void shouldGiveAllOfThemTheLaunchedFigure() {
        DroneClaim c = totals("За даними Повітряних сил, Росія вночі атакувала Україну 41 ударним безпілотником."
                + " Усі ворожі дрони знищено.").get(0);
        assertThat(c.launched()).isEqualTo(41);
        assertThat(c.destroyed()).isEqualTo(41);
    }

    @Test
    void shouldReadUkrainianInstrumentalHundreds() {
        DroneClaim c = totals("Противник атакував Україну двомастами шістдесятьма одним ударним БпЛА, повідомили"
                + " Повітряні сили.").get(0);
        assertThat(c.launched()).isEqualTo(261);
    }

    @Test
    void shouldReadAVerbPastAParentheticalWhenNothingElseGovernsTheFigure() {
        DroneClaim c = totals("Повітряні сили повідомили, що збито 46 дронів. Ще дванадцять ворожих безпілотників,"
                + " за даними військових, локаційно втрачено.").get(0);
        assertThat(c.destroyed()).isEqualTo(46);
        assertThat(c.lost()).isEqualTo(12);
    }

    @Test
    void shouldNotReadAModelNumberAfterASlashAsACount() {
        DroneClaim c = totals("Росіяни атакували Україну 29 безпілотниками Shahed-131/136 з трьох напрямків,"
                + " повідомили Повітряні сили.").get(0);
        assertThat(c.launched()).isEqualTo(29);
        assertThat(c.destroyed()).isNull();
    }

    @Test
    void shouldReadAllTheSixDronesWithTheArticleOnTheNumber() {
        DroneClaim c = totals("أعلنت وزارة الدفاع الإماراتية عن اعتراض وتدمير كافة الطائرات المسيرة الست المعادية.")
                .get(0);
        assertThat(c.claimantCountry()).isEqualTo("AE");
        assertThat(c.destroyed()).isEqualTo(6);
        assertThat(c.launched()).isEqualTo(6);
    }

    @Test
    void shouldReadAnOperationCarriedOutWithDronesAsALaunch() {
        DroneClaim c = totals("وأوضح المتحدث باسم القوات المسلحة اليمنية أن العملية نفذت بسبع طائرات مسيرة.").get(0);
        assertThat(c.claimantCountry()).isEqualTo("YE");
        assertThat(c.launched()).isEqualTo(7);
    }

    @Test
    void shouldNotTakeALaunchVerbThatDescribesTheDronesForTheFigures() {
        List<DroneClaim> claims = totals("The Israeli military said the air force intercepted three drones launched"
                + " from Yemen overnight, two of them over the Red Sea.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(3);
        assertThat(claims).extracting(DroneClaim::launched).containsOnlyNulls();
    }

    @Test
    void shouldReadXOfYAfterACumulativeSentence() {
        List<DroneClaim> claims = totals("Ukraine's air defense has destroyed more than 67,000 Russian drones since"
                + " the start of the full-scale invasion, the Air Force said. On the previous night alone, it reported"
                + " downing 103 of 127 drones launched by Russia.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(103);
        assertThat(claims).extracting(DroneClaim::launched).containsExactly(127);
    }

    @Test
    void shouldReadAnArabicDualAsTwo() {
        DroneClaim c = totals("قال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت طائرتين مسيرتين قادمتين من اليمن.").get(0);
        assertThat(c.claimantCountry()).isEqualTo("IL");
        assertThat(c.destroyed()).isEqualTo(2);
    }

    @Test
    void shouldFindTheNounBeforeAdjectivesAndANumberWithTheArticle() {
        DroneClaim c = totals("قالت وزارة الدفاع الروسية إن الدفاعات الجوية دمرت جميع الطائرات المسيرة الأوكرانية التسع"
                + " التي حاولت مهاجمة منشآت.").get(0);
        assertThat(c.destroyed()).isEqualTo(9);
        assertThat(c.launched()).isEqualTo(9);
    }

    @Test
    void shouldPreferTheNameAfterTheVerbToANameBeforeAComma() {
        DroneClaim c = totals("Уничтожены четыре безэкипажных катера ВСУ, сообщили в Минобороны России.").get(0);
        assertThat(c.claimant()).isEqualTo("ru-mod");
        assertThat(c.destroyed()).isEqualTo(4);
    }

    @Test
    void shouldStillTakeAnApposedSpeaker() {
        DroneClaim c = totals("Air defence forces destroyed nearly 15 Russian drones on the approach to Kyiv, Serhiy Popko,"
                + " head of the capital's military administration, said.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-regional-administration");
    }

    @Test
    void shouldGiveAnUnattributedLeadTheSpeakerNamedInTheNextSentence() {
        DroneClaim c = totals("У ніч на 27 січня ворог запустив по Україні 139 БпЛА типу Shahed. Станом на 10:00"
                + " підтверджено збиття 110 ворожих безпілотників, повідомили Повітряні сили.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(139);
        assertThat(c.destroyed()).isEqualTo(110);
    }

    @Test
    void shouldReadUkrainianFeminineVerbForms() {
        DroneClaim c = totals("Російська армія застосувала проти України 54 ударні безпілотники, протиповітряна оборона"
                + " збила 33, повідомили в Повітряних силах.").get(0);
        assertThat(c.launched()).isEqualTo(54);
        assertThat(c.destroyed()).isEqualTo(33);
    }

    @Test
    void shouldReadThisWeekAsCumulativeInUkrainian() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Зеленський: цього тижня росіяни застосували проти нас"
                + " понад 1 750 ударних дронів.", null);
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldTakeAnExactFigureWithinAnEarlierLowerBoundForTheSameClaim() {
        List<DroneClaim> claims = totals("Первоначально в Минобороны сообщили, что перехвачены более ста украинских"
                + " беспилотников. Позднее ведомство уточнило данные: средства ПВО уничтожили сто двадцать семь БПЛА.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(127);
    }

    @Test
    void shouldNotMakeAFigureARegionOfALaterFurtherStatement() {
        List<DroneClaim> claims = totals("Силы ПВО уничтожили один беспилотник над Татарстаном, сообщили в Минобороны."
                + " Днем, по данным ведомства, были сбиты еще пять дронов.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(1, 5);
    }

    @Test
    void shouldNotCountADayOfTheMonthAsDrones() {
        assertThat(totals("\"Twelve of the fifteen Shaheds were destroyed,\" the air force spokesman said on"
                + " television on Sept. 8.")).extracting(DroneClaim::launched).containsExactly(15);
        assertThat(totals("В ночь на 14 марта беспилотники атаковали нефтебазу, сообщил губернатор области."))
                .isEmpty();
        assertThat(totals("У ніч на 9 березня ворог атакував шістдесятьма ударними БпЛА, повідомили Повітряні сили."))
                .extracting(DroneClaim::launched).containsExactly(60);
    }

    @Test
    void shouldReadAnArabicCompoundWithAnAccusativeUnit() {
        DroneClaim c = totals("أعلن سلاح الجو الأوكراني أن الدفاعات أسقطت سبعا وأربعين طائرة مسيرة من أصل"
                + " ثلاث وستين أطلقتها روسيا.").get(0);
        assertThat(c.destroyed()).isEqualTo(47);
        assertThat(c.launched()).isEqualTo(63);
    }

    @Test
    void shouldReadAListByRegionWithoutATotalAsBreakdownOnly() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Russia's defence ministry said 27 drones were destroyed"
                + " over the Bryansk Region, 15 over the Kursk Region and six over the Oryol Region.", null);
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.REGION);
        assertThat(all).extracting(DroneClaim::destroyed).containsExactly(27, 15, 6);
    }

    @Test
    void shouldKeepAFigureWithARegionTheWholeWhenIncludingOrOfThemFollows() {
        assertThat(totals("The ministry in Moscow said air defences destroyed 212 drones over eight regions,"
                + " including 70 over the Kursk region.")).extracting(DroneClaim::destroyed).containsExactly(212);
        assertThat(totals("Russia's defence ministry said air defences destroyed 150 drones over Russian regions"
                + " overnight, 40 of them over the Moscow Region.")).extracting(DroneClaim::destroyed)
                .containsExactly(150);
    }

    @Test
    void shouldReadThePastSevenDaysAsCumulative() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Russia launched more than 900 attack drones at Ukraine"
                + " over the past seven days, President Volodymyr Zelensky said.", null);
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldCarryDronesDisappearingFromRadarAsLost() {
        DroneClaim c = totals("Ukraine's air force said it shot down 52 of the 81 drones launched overnight, with 24"
                + " others disappearing from radar.").get(0);
        assertThat(c.destroyed()).isEqualTo(52);
        assertThat(c.launched()).isEqualTo(81);
        assertThat(c.lost()).isEqualTo(24);
    }

    @Test
    void shouldNotReadADualAsAllLaunched() {
        DroneClaim c = totals("الدفاع الروسية: تدمير مسيرتين أوكرانيتين فوق مقاطعة بيلغورود").get(0);
        assertThat(c.destroyed()).isEqualTo(2);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldGiveAUkrainianOblastGovernorToUkraine() {
        DroneClaim c = totals("Sumy governor says 14 of 17 drones shot down over the region").get(0);
        assertThat(c.claimant()).isEqualTo("ua-regional-administration");
        assertThat(c.claimantCountry()).isEqualTo("UA");
    }

    @Test
    void shouldKnowTheRevolutionaryGuards() {
        DroneClaim c = totals("قال الحرس الثوري الإيراني في بيان إنه أطلق 30 طائرة مسيرة نحو أهداف في إسرائيل.").get(0);
        assertThat(c.claimantCountry()).isEqualTo("IR");
        assertThat(c.launched()).isEqualTo(30);
    }

    @Test
    void shouldTakeTheRoleOfAParticipleBetweenTheNumberAndItsNoun() {
        DroneClaim uk = totals("Уранці Повітряні сили повідомили про 143 збитих та подавлених засобами РЕБ дронів.").get(0);
        assertThat(uk.destroyed()).isEqualTo(143);
        assertThat(uk.launched()).isNull();
        DroneClaim ru = totals("В Минобороны России сообщили о 64 сбитых за ночь БПЛА.").get(0);
        assertThat(ru.destroyed()).isEqualTo(64);
    }

    @Test
    void shouldNotTakeALaunchWordInsideTheNounPhraseForTheRole() {
        DroneClaim c = totals("Ukraine's air force said air defences shot down 57 Russian attack drones overnight.").get(0);
        assertThat(c.destroyed()).isEqualTo(57);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldReadArabicXOfYWithABareMin() {
        DroneClaim c = totals("سلاح الجو الأوكراني: إسقاط ٤٨ من ٥٥ مسيرة روسية").get(0);
        assertThat(c.destroyed()).isEqualTo(48);
        assertThat(c.launched()).isEqualTo(55);
    }

    @Test
    void shouldKnowTheCoalitionCommandAndAnUnnamedUsOfficial() {
        assertThat(totals("أعلنت قيادة القوات المشتركة للتحالف أن الدفاعات الجوية تمكنت من اعتراض وتدمير أربع طائرات"
                + " بدون طيار أطلقتها الميليشيا الحوثية.")).extracting(DroneClaim::claimantCountry).containsExactly("SA");
        assertThat(totals("قال مسؤول عسكري أمريكي إن سفنا حربية أمريكية أسقطت 35 طائرة مسيرة أطلقتها إيران."))
                .extracting(DroneClaim::claimantCountry).containsExactly("US");
    }

    @Test
    void shouldReadTookOutAsDestroyed() {
        DroneClaim c = totals("Air defence units took out 19 Ukrainian drones over the Kursk region, the regional"
                + " governor said.").get(0);
        assertThat(c.destroyed()).isEqualTo(19);
    }

    @Test
    void shouldReadInTotalAsTheStatementsTotalNotACumulativeFigure() {
        DroneClaim c = totals("За даними Повітряних сил, всього противник застосував 390 засобів повітряного нападу:"
                + " 361 ударний БпЛА і 29 ракет.").get(0);
        assertThat(c.launched()).isEqualTo(361);
    }

    @Test
    void shouldReadUkrainianAndRussianRelativePartMarkers() {
        DroneClaim uk = totals("Уночі ворог атакував 86 дронами, 71 з яких знешкоджено, повідомили Повітряні сили.").get(0);
        assertThat(uk.launched()).isEqualTo(86);
        assertThat(uk.destroyed()).isEqualTo(71);
        DroneClaim ru = totals("Ночью противник атаковал регион 40 беспилотниками, из которых 33 сбиты, сообщил губернатор.")
                .get(0);
        assertThat(ru.launched()).isEqualTo(40);
        assertThat(ru.destroyed()).isEqualTo(33);
    }

    @Test
    void shouldTakeAPartFromTheCountOfThePreviousSentence() {
        DroneClaim c = totals("Уночі Росія запустила по Україні 97 ударних безпілотників, повідомили Повітряні сили."
                + " Із цієї кількості 80 знешкоджено.").get(0);
        assertThat(c.launched()).isEqualTo(97);
        assertThat(c.destroyed()).isEqualTo(80);
    }

    @Test
    void shouldReadABareLocationallyLostFigureAsLostNotAsLocations() {
        DroneClaim c = totals("Повітряні сили повідомили, що противник атакував 73 ударними БпЛА, 61 збито, а 8"
                + " локаційно втрачено.").get(0);
        assertThat(c.destroyed()).isEqualTo(61);
        assertThat(c.lost()).isEqualTo(8);
    }

    @Test
    void shouldGiveTheSamePeriodTheScopeOfTheSentenceBefore() {
        List<DroneClaim> weekly = extractor.extract("t1", DAY, "Russian forces destroyed 17 Ukrainian uncrewed boats"
                + " over the past week, the Defence Ministry said. Over the same period air defences shot down 960"
                + " fixed-wing drones, the ministry said.", null);
        assertThat(weekly).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
        assertThat(weekly).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(17, 960);
        List<DroneClaim> nightly = totals("Russia's defence ministry said air defences downed 33 drones overnight."
                + " Over the same period, Ukraine's air force said it shot down 28 of 41 Russian drones.");
        assertThat(nightly).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(33, 28);
    }

    @Test
    void shouldGiveUnnamedClausesTheSpeakerNamedAtTheEndOfTheSentence() {
        DroneClaim c = totals("Russia launched 77 drones at Ukraine overnight, 61 of which were shot down, and 9 got"
                + " through, Ukraine's air force said.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(77);
        assertThat(c.destroyed()).isEqualTo(61);
        assertThat(c.hit()).isEqualTo(9);
    }

    @Test
    void shouldJoinAPartToTheFiguresOfTheSentenceBeforeWhenTheSpeakerComesLater() {
        DroneClaim c = totals("Russia attacked with 64 drones overnight. Air defences shot down 51 of them, Ukraine's"
                + " air force said.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(64);
        assertThat(c.destroyed()).isEqualTo(51);
    }

    @Test
    void shouldCountASingularDroneAfterADestroyCueAsOne() {
        assertThat(totals("قال الجيش الإسرائيلي إن سلاح الجو اعترض طائرة مسيرة أطلقت من لبنان."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("The IDF said its air defences intercepted a drone launched from Yemen."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("The IDF said its air defences repelled a drone attack from Yemen.")).isEmpty();
    }

    @Test
    void shouldCountASingularDroneWithModifiersBeforeItsNounAsOne() {
        assertThat(totals("Yemen's Houthis said they had shot down an American MQ-9 Reaper drone over Marib."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ye-houthis", 1));
        assertThat(totals("قال المتحدث العسكري للحوثيين إن الدفاعات الجوية أسقطت طائرة أمريكية من دون طيار فوق مأرب."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("قال الجيش الإسرائيلي إن سلاح الجو اعترض طائرة مسيرة واحدة أطلقت من لبنان."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("Хуситы заявили, что их ПВО сбили американский беспилотник над Ходейдой."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ye-houthis", 1));
    }

    @Test
    void shouldCountASingularDroneThatOpensItsClauseBeforeTheDestroyCueAsOne() {
        assertThat(totals("A Ukrainian drone was shot down over Belgorod, the governor said."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("Минобороны: беспилотник сбит над Брянской областью."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ru-mod", 1));
        // the noun does not open a clause of its own here: the country is the speaker, not a drone's modifier
        assertThat(totals("Ukraine says drone violators destroyed.")).isEmpty();
    }

    @Test
    void shouldNotCountASingularNounThatBelongsToANumberOrToADroneToldBefore() {
        assertThat(totals("قالت الدفاع الروسية إن تسع عشرة مسيرة أسقطت فوق بيلغورود."))
                .extracting(DroneClaim::destroyed).containsExactly(19);
        assertThat(totals("Міноборони РФ заявило про 41 знищений дрон."))
                .extracting(DroneClaim::destroyed).containsExactly(41);
        assertThat(totals("قال سوبيانين إن الدفاعات الجوية أسقطت الطائرة المسيرة قرب موسكو.")).isEmpty();
        assertThat(totals("The army said it destroyed a drone factory and two depots.")).isEmpty();
    }

    @Test
    void shouldGiveFiguresInBracketsAfterANameToThatName() {
        List<DroneClaim> claims = totals("Ukraine's air force (58 drones shot down out of 67) said most came from the"
                + " north, while Russia's defence ministry (41 drones destroyed) said a raid had been thwarted.");
        assertThat(of(claims, "ua-air-force").destroyed()).isEqualTo(58);
        assertThat(of(claims, "ua-air-force").launched()).isEqualTo(67);
        assertThat(of(claims, "ru-mod").destroyed()).isEqualTo(41);
        // no reporting verb at all: the brackets themselves attribute
        assertThat(totals("Минобороны России (52 сбитых беспилотника над девятью областями) разбивку не привело."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ru-mod", 52));
    }

    @Test
    void shouldGiveTheVerbBeforeAStatedWholeToTheFigureBeforeIt() {
        DroneClaim c = totals("Ukraine's air force said 58 drones were shot down out of 67.").get(0);
        assertThat(c.destroyed()).isEqualTo(58);
        assertThat(c.launched()).isEqualTo(67);
    }

    @Test
    void shouldReadAFigureThatThemAllDestroyedAsEveryDroneThatCame() {
        DroneClaim en = totals("Air defence crews dealt with nineteen drones overnight and destroyed them all, Crimea's"
                + " head Sergei Aksyonov wrote.").get(0);
        assertThat(en.claimant()).isEqualTo("ru-governor");
        assertThat(en.launched()).isEqualTo(19);
        assertThat(en.destroyed()).isEqualTo(19);
        DroneClaim ar = totals("قالت وزارة الدفاع الروسية إن الدفاعات الجوية تعاملت مع 23 مسيرة أوكرانية ودمرتها عن آخرها.")
                .get(0);
        assertThat(ar.launched()).isEqualTo(23);
        assertThat(ar.destroyed()).isEqualTo(23);
    }

    @Test
    void shouldTakeTheSentencesVerbForTheFigureThatACorrectionPutsInPlace() {
        DroneClaim c = totals("Минобороны России сообщило, что за ночь сбиты не 30, как сообщалось ранее, а 35 украинских"
                + " беспилотников.").get(0);
        assertThat(c.destroyed()).isEqualTo(35);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldReadTheDaysPartOfASpanAsThatDaysTotal() {
        List<DroneClaim> claims = extractor.extract("t", DAY,
                "قالت هيئة الأركان الأوكرانية إن القوات دمرت منذ بداية الغزو 50,210 طائرة مسيرة، بينها 214 خلال اليوم الماضي.",
                "ar");
        assertThat(claims).extracting(DroneClaim::scope, DroneClaim::destroyed)
                .containsExactlyInAnyOrder(tuple(Scope.CUMULATIVE, 50210), tuple(Scope.TOTAL, 214));
    }

    @Test
    void shouldLetAVerbOfTheSentenceOutrankTheMetricOfTheSentenceBefore() {
        List<DroneClaim> claims = totals("Воздушные силы: обезврежены 61 дрон и две ракеты\nВ ночь на 3 мая противник"
                + " атаковал четырьмя баллистическими ракетами «Искандер-М», двумя крылатыми ракетами Х-101 и 74 ударными"
                + " БпЛА, сообщили в Воздушных силах ВСУ.");
        assertThat(claims).extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(74, 61));
    }

    @Test
    void shouldReadAllOfAnApproximateFigureAsEveryDroneDestroyed() {
        DroneClaim c = totals("All of the roughly thirty attack drones were destroyed, the Kyiv City Military"
                + " Administration said.").get(0);
        assertThat(c.launched()).isEqualTo(30);
        assertThat(c.destroyed()).isEqualTo(30);
        assertThat(c.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    }

    @Test
    void shouldKeepALocalStatementATotalWhenTheCountryOnlyEchoesIt() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Kyiv: 14 drones aimed at the capital destroyed\nAir"
                + " defences destroyed 14 drones over the capital overnight, the Kyiv City Military Administration said.",
                null);
        assertThat(all).extracting(DroneClaim::claimant, DroneClaim::scope, DroneClaim::destroyed)
                .containsExactly(tuple("ua-regional-administration", Scope.TOTAL, 14));
    }

    @Test
    void shouldTakeTheVerbAfterARelativeClauseForTheFigure() {
        DroneClaim c = totals("Все двадцать восемь украинских БПЛА, которые пытались атаковать объекты на полуострове,"
                + " уничтожены, сообщил глава Республики Крым Сергей Аксёнов.").get(0);
        assertThat(c.launched()).isEqualTo(28);
        assertThat(c.destroyed()).isEqualTo(28);
    }

    @Test
    void shouldReadTheNumberOfDronesPutAtAFigure() {
        assertThat(totals("Russia's Defence Ministry said Ukraine had tried a mass raid, putting the number of drones"
                + " destroyed over nine regions at 118.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-mod", 118));
        assertThat(totals("Губернатор Курской области сообщил об атаке, оценив число сбитых над регионом аппаратов в"
                + " семнадцать.")).extracting(DroneClaim::destroyed).containsExactly(17);
        // the count is of something else
        assertThat(totals("Russia's Defence Ministry said it destroyed drones, putting the number of sites hit at"
                + " 12.")).isEmpty();
    }

    @Test
    void shouldGiveAGappedClauseItsOwnSpeaker() {
        List<DroneClaim> claims = totals("Москва заявила о перехвате 21 беспилотника над Подмосковьем, Киев — о 34"
                + " сбитых «Геранях» над югом Украины.");
        assertThat(of(claims, "ru-government").destroyed()).isEqualTo(21);
        assertThat(of(claims, "ua-government").destroyed()).isEqualTo(34);
        // a dateline is no gapped clause: nothing before it says anything
        assertThat(totals("KYIV, Ukraine — Russia launched 51 drones overnight, 44 of which were shot down, Ukraine's"
                + " air force said.")).extracting(DroneClaim::claimant).containsExactly("ua-air-force");
    }

    @Test
    void shouldGiveAHeadlinesFiguresToTheBodyThatStatesThem() {
        List<DroneClaim> claims = totals("ВСУ: сбит 64 из 75 «шахедов», еще пять потеряны локационно\nВ ночь на"
                + " вторник Россия атаковала Украину 75 дронами, сообщили Воздушные силы ВСУ. Уничтожено 64.");
        assertThat(claims).extracting(DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed,
                DroneClaim::lost).containsExactly(tuple("ua-air-force", 75, 64, 5));
    }

    @Test
    void shouldCarryRecordedFallsAndStrikesByDronesAsHits() {
        DroneClaim ar = totals("قال سلاح الجو الأوكراني إن الدفاعات أسقطت 52 مسيرة، فيما سجل سقوط 7 مسيرات في أربعة مواقع.")
                .get(0);
        assertThat(ar.destroyed()).isEqualTo(52);
        assertThat(ar.hit()).isEqualTo(7);
        DroneClaim en = totals("Air defences shot down 230 drones, the air force said. It recorded strikes by four"
                + " missiles and 17 drones at 11 locations.").get(0);
        assertThat(en.destroyed()).isEqualTo(230);
        assertThat(en.hit()).isEqualTo(17);
    }

    @Test
    void shouldTakeTheSpeakerFromAParagraphThatReportsTheFiguresBack() {
        DroneClaim c = totals("Air defences shot down 61 Russian drones overnight.\n\nThe Air Force of the Armed"
                + " Forces of Ukraine reported this on Telegram.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.destroyed()).isEqualTo(61);
    }

    @Test
    void shouldReadThePlaceOfADestroyedPartAsWhereTheyWereDowned() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Уранці Повітряні сили повідомили, що вночі ворог атакував"
                + " 64 дронами, з яких 41 збито.\n\nУдень, за оновленими даними командування, противник запустив ще 19"
                + " ударних БпЛА, 15 з них знешкоджено над Сумщиною та Чернігівщиною.", null);
        assertThat(all).extracting(DroneClaim::scope, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactlyInAnyOrder(tuple(Scope.TOTAL, 64, 41), tuple(Scope.TOTAL, 19, 15));
    }

    @Test
    void shouldReadARangeOfDaysAsASpanButNotARangeOfHours() {
        assertThat(extractor.extract("t1", DAY, "Russian air defences shot down 1,120 drones between November 8 and"
                + " 14, the Defence Ministry said.", null)).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
        assertThat(extractor.extract("t1", DAY, "За период с 12 по 18 мая силы ПВО уничтожили 940 беспилотников,"
                + " подсчитали в Воздушных силах ВСУ.", null)).extracting(DroneClaim::scope)
                .containsExactly(Scope.CUMULATIVE);
        assertThat(extractor.extract("t1", DAY, "В период с 20:00 до 23:00 мск дежурными средствами ПВО уничтожены 14"
                + " украинских беспилотников, сообщило Минобороны России.", null)).extracting(DroneClaim::scope)
                .containsExactly(Scope.TOTAL);
    }

    @Test
    void shouldTakeTheSpeakerOfUpdatedData() {
        List<DroneClaim> claims = totals("«Этой ночью россияне направили более 300 дронов», — написал Зеленский."
                + " Согласно уточненным данным Воздушных сил, противник задействовал 318 ударных БпЛА; сбиты 290.");
        assertThat(of(claims, "ua-air-force").launched()).isEqualTo(318);
        assertThat(of(claims, "ua-air-force").destroyed()).isEqualTo(290);
    }

    @Test
    void shouldReadAPartThatOpensTheNextClauseAsAPieceOfTheFigure() {
        assertThat(totals("Повітряні сили: ворог атакував 84 дронами; приблизно 50 з них були «шахедами»."))
                .extracting(DroneClaim::launched).containsExactly(84);
    }

    @Test
    void shouldReadTheDaysPartOfTheSpanTheSentenceBeforeCounted() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "CENTCOM: 22 Houthi drones destroyed over the past week\n"
                + "Over the past seven days, U.S. Central Command forces destroyed 22 Houthi drones over the Red Sea.\n\n"
                + "In the past 24 hours alone, CENTCOM forces destroyed four of those drones.", null);
        assertThat(all).extracting(DroneClaim::scope, DroneClaim::destroyed)
                .containsExactlyInAnyOrder(tuple(Scope.CUMULATIVE, 22), tuple(Scope.TOTAL, 4));
    }

    @Test
    void shouldReadTheCapitalsInTheGenitiveAsTheirCountries() {
        List<DroneClaim> claims = totals("По версии Москвы, ночью уничтожены 36 украинских беспилотников. По версии"
                + " Киева, Россия выпустила по Украине 58 дронов, из которых сбиты 49.");
        assertThat(of(claims, "ru-government").destroyed()).isEqualTo(36);
        assertThat(of(claims, "ua-government").launched()).isEqualTo(58);
        assertThat(of(claims, "ua-government").destroyed()).isEqualTo(49);
    }

    @Test
    void shouldReadTheSevenDaysBeforeAsASpan() {
        assertThat(extractor.extract("t1", DAY, "The IDF said 12 drones fired from Yemen had been intercepted over the"
                + " preceding seven days.", null)).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
    }

    @Test
    void shouldGiveTheClauseAfterThenItsOwnSpeaker() {
        List<DroneClaim> claims = totals("Если в Минобороны России заявили о 25 уничтоженных украинских дронах, то"
                + " Воздушные силы ВСУ отчитались о 38 сбитых «Шахедах» из 46.");
        assertThat(of(claims, "ru-mod").destroyed()).isEqualTo(25);
        assertThat(of(claims, "ua-air-force").destroyed()).isEqualTo(38);
        assertThat(of(claims, "ua-air-force").launched()).isEqualTo(46);
    }

    @Test
    void shouldGiveFiguresTheSpeakerOfANextSentenceThatReportsThemBack() {
        DroneClaim uk = totals("Уночі російські окупанти атакували Україну 76 ударними БпЛА. Про це повідомляє видання з"
                + " посиланням на Повітряні сили ЗСУ.").get(0);
        assertThat(uk.claimant()).isEqualTo("ua-air-force");
        assertThat(uk.launched()).isEqualTo(76);
        DroneClaim ru = totals("Шесть вражеских беспилотников обнаружены и уничтожены силами ПВО над районом. Пострадавших"
                + " нет, — заявил губернатор Курской области.").get(0);
        assertThat(ru.claimant()).isEqualTo("ru-governor");
        assertThat(ru.destroyed()).isEqualTo(6);
        assertThat(ru.launched()).isNull();
    }

    @Test
    void shouldNotGiveNarratedFiguresToASpeakerWhoTalksOfSomethingElse() {
        assertThat(totals("Russia launched 70 drones at Ukraine overnight. Ukraine's president said on Monday that"
                + " he was ready to meet the Russian leader in Istanbul to discuss a ceasefire.")).isEmpty();
    }

    @Test
    void shouldReadAnAttackWithTheUseOfDronesAsLaunchedNotAsAnOrigin() {
        DroneClaim c = totals("Пресечена попытка атаки с использованием двенадцати беспилотников. Все беспилотники"
                + " уничтожены, сообщили в Минобороны России.").get(0);
        assertThat(c.launched()).isEqualTo(12);
        assertThat(c.destroyed()).isEqualTo(12);
    }

    @Test
    void shouldKnowTheMayorOfTheCapital() {
        assertThat(totals("Силами ПВО уничтожены четыре беспилотника, летевших на Москву, сообщил мэр столицы."))
                .extracting(DroneClaim::claimant).containsExactly("ru-moscow-mayor");
    }

    @Test
    void shouldGiveAHeadlineTheSpeakerOfTheLead() {
        DroneClaim c = totals("Air defence downs 48 drones overnight\n\nRussia attacked Ukraine with 61 strike drones"
                + " overnight, the Air Force said.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.destroyed()).isEqualTo(48);
        assertThat(c.launched()).isEqualTo(61);
    }

    @Test
    void shouldReadOutOfYBeforeTheFigureInUkrainian() {
        DroneClaim c = totals("Повітряні сили: із 58 ворожих дронів збито/подавлено 49.").get(0);
        assertThat(c.launched()).isEqualTo(58);
        assertThat(c.destroyed()).isEqualTo(49);
    }

    @Test
    void shouldNotCountAClockTime() {
        DroneClaim c = totals("У Міноборони РФ заявили, що з 09:00 до 15:00 над Брянською областю знищено ще 11"
                + " дронів.").get(0);
        assertThat(c.destroyed()).isEqualTo(11);
        assertThat(c.launched()).isNull();
    }

    @Test
    void shouldTellTheDaysFigureFromTheRunningTotalInOneSentence() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Ukraine's General Staff says its forces destroyed 143"
                + " Russian drones over the past day, bringing the total since the February 2022 invasion to 38,500"
                + " drones.", null);
        assertThat(all).filteredOn(c -> c.scope() == Scope.TOTAL).extracting(DroneClaim::destroyed)
                .containsExactly(143);
        assertThat(all).filteredOn(c -> c.scope() == Scope.CUMULATIVE).extracting(DroneClaim::destroyed)
                .containsExactly(38500);
    }

    @Test
    void shouldReadSinceAYearAsCumulative() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "قال الجيش الإسرائيلي إن حزب الله أطلق منذ الثامن من"
                + " أكتوبر 2023 أكثر من 900 طائرة مسيرة.", null);
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldReadAllButNOfMAsTheRemainderDestroyed() {
        DroneClaim c = totals("Ukrainian forces destroyed all but four of the 52 attack drones launched overnight,"
                + " Ukraine's General Staff said.").get(0);
        assertThat(c.launched()).isEqualTo(52);
        assertThat(c.destroyed()).isEqualTo(48);
    }

    @Test
    void shouldDropTheFigureACorrectionReplaces() {
        assertThat(totals("Ukraine's air force said 61 of the 77 drones had been downed, not 58 as it said in the"
                + " morning.")).extracting(DroneClaim::destroyed).containsExactly(61);
        assertThat(totals("Повітряні сили уточнили: збито 61 з 77 дронів, а не 58, як повідомлялося вранці."))
                .extracting(DroneClaim::destroyed).containsExactly(61);
    }

    @Test
    void shouldFindANameAfterTheLamAlefClitic() {
        DroneClaim c = totals("أعلنت القيادة العامة للقوات المسلحة الأردنية أن الدفاعات الجوية رصدت 6 مسيرات وأسقطت 5"
                + " منها.").get(0);
        assertThat(c.claimant()).isEqualTo("jo-armed-forces");
        assertThat(c.destroyed()).isEqualTo(5);
    }

    @Test
    void shouldTakeAFigureWithoutACueForTheWholeOfTheDestroyedPartAfterIt() {
        DroneClaim c = totals("Речник Повітряних сил розповів: «Загалом 118 шахедів та імітаторів, з них 97 збито"
                + " мобільними вогневими групами».").get(0);
        assertThat(c.launched()).isEqualTo(118);
        assertThat(c.destroyed()).isEqualTo(97);
        assertThat(totals("أعلنت وزارة الدفاع البريطانية أنها ستزود أوكرانيا بخمسين ألف طائرة مسيرة، 10 آلاف منها"
                + " ستصنع محليا.")).isEmpty();
    }

    @Test
    void shouldCountAPlainAircraftNounAsTheDronesTheSentenceCounts() {
        DroneClaim c = totals("أسقطت الدفاعات الجوية 51 مسيرة روسية، وفُقد أثر 9 أخرى، من أصل 72 طائرة شاركت في"
                + " الهجوم، وفق سلاح الجو الأوكراني.").get(0);
        assertThat(c.launched()).isEqualTo(72);
        assertThat(c.destroyed()).isEqualTo(51);
        assertThat(c.lost()).isEqualTo(9);
    }

    @Test
    void shouldReadSinceTheStartOfAnythingAsCumulativeInArabic() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "وقالت وزارة الدفاع الإماراتية إنها رصدت منذ بدء"
                + " الاعتداءات 640 طائرة مسيرة.", null);
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldReadDronesGoneFromTheRadarScreensAsLost() {
        DroneClaim c = totals("قال سلاح الجو الأوكراني إن الدفاعات أسقطت 40 مسيرة، فيما توارت 12 طائرة مسيرة عن"
                + " الرادارات.").get(0);
        assertThat(c.destroyed()).isEqualTo(40);
        assertThat(c.lost()).isEqualTo(12);
        assertThat(totals("Повітряні сили повідомили, що збито 40 дронів. Ще 15 дронів зникли з радарів."))
                .extracting(DroneClaim::destroyed, DroneClaim::lost).containsExactly(tuple(40, 15));
        assertThat(totals("Воздушные силы сообщили, что сбиты 40 дронов. Еще 15 исчезли с радаров."))
                .extracting(DroneClaim::destroyed, DroneClaim::lost).containsExactly(tuple(40, 15));
    }

    @Test
    void shouldGoOnCountingInTheNextSentenceOfAQuote() {
        DroneClaim c = totals("«Уночі противник випустив 64 \"шахеди\", — сказав в ефірі речник Повітряних сил Юрій"
                + " Ігнат. — Збити вдалося 51, ще шість локаційно втрачені».").get(0);
        assertThat(c.launched()).isEqualTo(64);
        assertThat(c.destroyed()).isEqualTo(51);
        assertThat(c.lost()).isEqualTo(6);
    }

    @Test
    void shouldNotCountTheMinutesOfAClockTime() {
        assertThat(totals("Повітряні сили повідомили, що станом на 09:45 збито 58 безпілотників."))
                .extracting(DroneClaim::destroyed).containsExactly(58);
    }

    @Test
    void shouldNotCountAirTargetsAsDrones() {
        DroneClaim c = totals("Противник атакував 83 ударними БпЛА та трьома ракетами, повідомили Повітряні сили."
                + " Знешкоджено 70 повітряних цілей.").get(0);
        assertThat(c.launched()).isEqualTo(83);
        assertThat(c.destroyed()).isNull();
    }

    @Test
    void shouldTakeACarriedFigureWithAPartAfterItForTheWhole() {
        List<DroneClaim> claims = totals("У Повітряних силах повідомили, що вночі було збито 40 дронів. Друга хвиля"
                + " теж не була тихою: 33 дрони, 29 із них збито.");
        assertThat(claims).extracting(DroneClaim::launched).contains(33);
        assertThat(claims).extracting(DroneClaim::destroyed).contains(40, 29);
    }

    @Test
    void shouldGiveAListAfterAColonTheSpeakerOfTheSentenceThatOpensIt() {
        DroneClaim c = totals("نشرت القيادة الجوية الأوكرانية حصيلة الليلة على النحو الآتي:\n\n- أُطلقت: 84 مسيرة"
                + " وصاروخان.\n- أُسقطت: 69 مسيرة.\n- فُقدت موقعيا: 9 مسيرات.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(84);
        assertThat(c.destroyed()).isEqualTo(69);
        assertThat(c.lost()).isEqualTo(9);
    }

    @Test
    void shouldTakeTheSpeakerWhoSumsUpAQuote() {
        DroneClaim c = totals("«أسقطنا الليلة خمسا وثلاثين مسيرة من أصل أربعين»، بهذه الكلمات لخّص المتحدث باسم سلاح"
                + " الجو الأوكراني نتائج الليلة.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(40);
        assertThat(c.destroyed()).isEqualTo(35);
    }

    @Test
    void shouldCountEnemyApparatusesAsDronesInUkrainian() {
        assertThat(totals("Знешкоджено п'ятдесят два ворожих апарати, повідомили Повітряні сили."))
                .extracting(DroneClaim::destroyed).containsExactly(52);
    }

    @Test
    void shouldKnowTheSudaneseArmyAndASpokesmanWithARank() {
        DroneClaim c = totals("Air defences shot down nine drones over Kassala, army spokesman Brig. Gen. Khalid Omar"
                + " of Sudan's army said.").get(0);
        assertThat(c.claimant()).isEqualTo("sd-army");
        assertThat(c.destroyed()).isEqualTo(9);
    }

    @Test
    void shouldNotCountTheTwoThatFellAsLaunched() {
        DroneClaim c = totals("أعلنت وزارة الدفاع القطرية أن الدفاعات اعترضت سبعا من أصل تسع مسيرات، وأن المسيرتين"
                + " الأخريين سقطتا في منطقة خالية.").get(0);
        assertThat(c.launched()).isEqualTo(9);
        assertThat(c.destroyed()).isEqualTo(7);
        assertThat(totals("أعلنت وزارة الدفاع القطرية أن الدفاعات اعترضت سبعا من أصل تسع مسيرات، وأن المسيرتين"
                + " الأخريين سقطتا في منطقة خالية.")).hasSize(1);
    }

    @Test
    void shouldNotCountAFractionOfTheDrones() {
        assertThat(totals("Воздушные силы: ПВО уничтожила три четверти ночных дронов.")).isEmpty();
        assertThat(totals("Губернатор сообщил, что над регионом сбиты около двух десятков беспилотников."))
                .extracting(DroneClaim::destroyed).containsExactly(20);
    }

    @Test
    void shouldReadAWeeksSummaryAsCumulative() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Губернатор Вячеслав Гладков сообщил, подводя итоги"
                + " недели, что по области выпущены 870 беспилотников.", null);
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldReadSinceTheStartOfAnyPeriodAndAWholeWeekAsCumulative() {
        assertThat(extractor.extract("t1", DAY, "Ukraine's air force said Russia has launched more than 4,200 drones"
                + " since the start of the month.", null)).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
        assertThat(extractor.extract("t1", DAY, "Over the whole week, President Zelensky said, Russia used more than 1,100"
                + " attack drones.", null)).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldGiveAHeadlineFigureTheScopeOfTheBodyFigureItRestates() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "الدفاع الروسية تعلن إسقاط ٩٨٠ مسيرة\n\nفي ملخصها الأسبوعي،"
                + " ذكرت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت خلال الأيام السبعة الماضية ٩٨٠ طائرة مسيرة.", null);
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldTakeAGovernorOfAUkrainianRegionForTheRegionalAdministration() {
        assertThat(totals("وقال حاكم منطقة زابوريجيا إن الدفاعات الجوية أسقطت فوق المنطقة 19 مسيرة."))
                .extracting(DroneClaim::claimant).containsExactly("ua-regional-administration");
    }

    @Test
    void shouldNotTakeAPeriodForARegion() {
        assertThat(totals("قالت وزارة الدفاع الروسية إن الدفاعات اعترضت 16 طائرة مسيرة في الفترة من الساعة 14:00"
                + " حتى الساعة 20:00.")).extracting(DroneClaim::destroyed).containsExactly(16);
    }

    @Test
    void shouldGiveABodyThatNamesNoCountryToTheCountryTheSentencePlacesItselfIn() {
        List<DroneClaim> claims = totals("أعلنت وزارة الدفاع الإماراتية اعتراض 40 مسيرة. وفي الكويت، قال المتحدث باسم"
                + " وزارة الدفاع إن الدفاعات دمرت 5 مسيرات من أصل 6. In Qatar, the defence ministry said air defences"
                + " shot down 3 of 4 drones.");
        assertThat(claims).extracting(DroneClaim::claimantCountry).containsExactly("AE", "KW", "QA");
        assertThat(of(claims, "kw-mod").launched()).isEqualTo(6);
        assertThat(of(claims, "qa-mod").destroyed()).isEqualTo(3);
        // no place: the gazetteer's default for the bare name stands
        assertThat(totals("The defence ministry said air defences shot down 3 of 4 drones."))
                .extracting(DroneClaim::claimant).containsExactly("ru-mod");
    }

    @Test
    void shouldCarryTheSpeakerPastOneSentenceThatCountsNothing() {
        List<DroneClaim> claims = totals("За місяць росіяни запустили 3 900 дронів, повідомили Повітряні сили. Це один"
                + " із найвищих показників. Лише минулої ночі ворог атакував 104 дронами, 91 з яких знешкоджено.");
        assertThat(claims).extracting(DroneClaim::claimant).containsExactly("ua-air-force");
        assertThat(claims.get(0).launched()).isEqualTo(104);
        assertThat(claims.get(0).destroyed()).isEqualTo(91);
    }

    @Test
    void shouldNotGiveTheFigureTheCueOfItsMajority() {
        List<DroneClaim> claims = totals("Речник Повітряних сил Юрій Ігнат повідомив, що вночі противник атакував 147"
                + " ударними дронами, більшість знешкоджено.");
        assertThat(claims).extracting(DroneClaim::launched).containsExactly(147);
        assertThat(claims).extracting(DroneClaim::destroyed).doesNotContain(147);
        assertThat(totals("Україна заявила, що знешкодила 40 із 52 дронів, тоді як Росія стверджує, що збила 31"
                + " безпілотник.")).extracting(DroneClaim::claimantCountry).containsExactlyInAnyOrder("UA", "RU");
    }

    @Test
    void shouldTakeTheFigureTheDestroyedPartIsTakenFromForTheWholeWhenTheVerbTouchesTheMarker() {
        DroneClaim ar = totals("قال سلاح الجو إن الحصيلة النهائية بلغت 103 مسيرات هجومية، أُسقط منها 88.").get(0);
        assertThat(ar.launched()).isEqualTo(103);
        assertThat(ar.destroyed()).isEqualTo(88);
        DroneClaim ru = totals("Воздушные силы сообщили о 64 ударных дронах, из них сбиты 51.").get(0);
        assertThat(ru.launched()).isEqualTo(64);
        assertThat(ru.destroyed()).isEqualTo(51);
    }

    @Test
    void shouldLetTheExactFigureReplaceARoundEstimateOfTheSameStatement() {
        List<DroneClaim> claims = totals("Ukraine's air force said early on Saturday that Russia had launched about"
                + " 100 drones overnight. In an update it said 112 drones had been launched and 87 shot down.");
        assertThat(claims).extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(112, 87));
    }

    @Test
    void shouldTakeAnUnnamedRussianOfficialOrSecuritySourceForARussianClaimant() {
        assertThat(totals("Около 30 беспилотников сбиты ночью над Подмосковьем, сообщил представитель оперативных"
                + " служб региона.")).extracting(DroneClaim::claimantCountry, DroneClaim::destroyed)
                .containsExactly(tuple("RU", 30));
        assertThat(totals("نقلت وكالة روسية عن مصدر في الأجهزة الأمنية الروسية أن 12 طائرة مسيرة أُسقطت فوق مصفاة."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ru-official", 12));
    }

    @Test
    void shouldReadWroteAsAReportingVerbInRussian() {
        assertThat(totals("Собянин писал о пяти сбитых дронах, летевших на Москву."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ru-moscow-mayor", 5));
    }

    @Test
    void shouldKeepAFurtherRegionalFigureThatGoesOnWithTheBreakdownOutOfTheTotals() {
        List<DroneClaim> claims = totals("Минобороны России сообщило, что за ночь уничтожены 64 украинских"
                + " беспилотника. Больше всего — 30 — над Белгородской областью. Еще 21 дрон уничтожен над Курской"
                + " областью, 13 — над Орловской.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(64);
    }

    @Test
    void shouldKeepAFurtherFigureThatTheSpeakerReportsAnewAsATotal() {
        List<DroneClaim> claims = totals("The Defence Ministry said on Tuesday morning that 64 drones had been"
                + " destroyed overnight, 30 of them over the Belgorod region. In a second statement, the ministry said"
                + " a further 17 drones had been shot down over the Kursk region in the afternoon.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(64, 17);
    }

    @Test
    void shouldReadShotDownOrSuppressedAsOneFigureWhenTheSubjectStandsBetweenVerbAndOr() {
        assertThat(totals("أسقطت وحدات الدفاع الجوي الأوكرانية أو أخمدت 93 مسيرة، بحسب سلاح الجو الأوكراني."))
                .extracting(DroneClaim::destroyed, DroneClaim::lost).containsExactly(tuple(93, null));
    }

    @Test
    void shouldJoinABulletinsFiguresAcrossASentenceWithoutFigures() {
        assertThat(totals("Повітряні сили: противник атакував 76 ударними безпілотниками. Ворожий напад відбивали"
                + " авіація та мобільні вогневі групи.\n\nСтаном на 09:00 збито 58 ворожих безпілотників."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(76, 58));
    }

    @Test
    void shouldKnowTheClaimantsOfOtherWarsInEveryLanguage() {
        assertThat(totals("قالت قوات الدعم السريع إن دفاعاتها أسقطت ثلاث طائرات مسيرة تابعة للجيش فوق الفاشر."))
                .extracting(DroneClaim::claimant).containsExactly("sd-rsf");
        assertThat(totals("В Армии обороны Израиля сообщили, что три БПЛА, летевших с востока, были перехвачены."))
                .extracting(DroneClaim::claimant).containsExactly("il-idf");
        assertThat(totals("«Хезболла» заявила, що запустила по північному Ізраїлю шість ударних дронів."))
                .extracting(DroneClaim::claimantCountry, DroneClaim::launched).containsExactly(tuple("LB", 6));
        assertThat(totals("Индийская армия сообщила, что нейтрализовала 30 пакистанских беспилотников."))
                .extracting(DroneClaim::claimantCountry).containsExactly("IN");
        assertThat(totals("Прем'єр-міністр Дональд Туск повідомив, що збито щонайменше три безпілотники."))
                .extracting(DroneClaim::claimantCountry).containsExactly("PL");
        assertThat(totals("Air defences brought down six drones over the city, government spokesman Khalid al-Aiser"
                + " said.")).extracting(DroneClaim::claimant).containsExactly("sd-government");
    }

    @Test
    void shouldReadSinceAMonthAsASpanOfDays() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "The army has shot down more than 150 drones since"
                + " March, the Sudanese army said.", null);
        assertThat(all).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
        assertThat(extractor.extract("t1", DAY, "Минобороны сообщило, что с начала марта над регионами сбито более"
                + " 1 900 дронов.", null)).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
        assertThat(extractor.extract("t1", DAY, "Pakistan's military said it had shot down 77 drones since"
                + " Thursday.", null)).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
    }

    @Test
    void shouldCountUnmannedSystemsAsDronesInUkrainian() {
        assertThat(totals("Сили Центрального командування США знищили п'ять далекобійних безпілотних систем, запущених"
                + " хуситами, повідомило CENTCOM.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("us-centcom", 5));
    }

    @Test
    void shouldCountSeaDronesApartFromAerialDrones() {
        assertThat(totals("US Central Command said its forces had destroyed nine Houthi drones and three uncrewed"
                + " surface vessels in the Red Sea.")).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(9, 3);
        // a governor's sea drones are no part of the ministry's count of aerial drones
        assertThat(totals("У входа в бухту уничтожены пять безэкипажных катеров, сообщил губернатор Севастополя."
                + " Минобороны России отчиталось, что за ночь над Крымом перехвачены 31 беспилотник."))
                .extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(5, 31);
    }

    @Test
    void shouldGiveAFigureWithoutADroneNounOfItsOwnTheKindBeforeIt() {
        assertThat(totals("Минобороны России сообщило, что ВСУ пытались атаковать корабль четырьмя морскими"
                + " безэкипажными катерами. Все четыре катера уничтожены."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(4, 4));
    }

    @Test
    void shouldCountADualAsItsOwnDroneNounWhateverNounFollows() {
        assertThat(totals("أعلن عمدة موسكو أن الدفاعات أسقطت مسيرة واحدة. وبعد ساعة كتب أن طائرتين أخريين دُمرتا قرب"
                + " مدينة بودولسك.")).extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void shouldFindTheMayorNamedWithTitleAndFirstNameAfterATimeAfterTheVerb() {
        assertThat(totals("Около десятка беспилотников, летевших на Москву, отражены силами ПВО, сообщил в ночь на"
                + " вторник мэр Сергей Собянин.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-moscow-mayor", 10));
    }

    @Test
    void shouldLetANamedSpeakerWithAShortAsideBeforeItsVerbOutrankTheSpeakerBefore() {
        List<DroneClaim> claims = totals("Воздушные силы ВСУ сообщили, что Россия атаковала Украину 90 ударными"
                + " беспилотниками. В Министерстве обороны России, в свою очередь, заявили об уничтожении 44 украинских"
                + " беспилотников.");
        assertThat(of(claims, "ru-mod").destroyed()).isEqualTo(44);
        assertThat(of(claims, "ua-air-force").launched()).isEqualTo(90);
    }

    @Test
    void shouldGoOnWithTheSpeakerInTheNextParagraphAfterAccordingToTheMilitary() {
        assertThat(totals("Вночі Росія атакувала Україну 70 ударними безпілотниками. Про це повідомили у Повітряних"
                + " силах ЗСУ.\n\nЗа даними військових, станом на 09:00 знешкоджено 52 дрони на півночі країни."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(70, 52));
    }

    @Test
    void shouldGiveTheLeadTheSpeakerATitleWithoutFiguresNames() {
        assertThat(totals("Нічна атака 3 квітня: дані Повітряних сил\n\nУ ніч на 3 квітня противник атакував 93"
                + " ударними БпЛА.")).extracting(DroneClaim::claimant, DroneClaim::launched)
                .containsExactly(tuple("ua-air-force", 93));
    }

    @Test
    void shouldGiveAParagraphOfFiguresTheSpeakerNamedAtItsEnd() {
        DroneClaim c = totals("Станом на 09:00 підтверджено збиття 47 ударних БпЛА у північних областях. Ще 12 ворожих"
                + " імітаторів локаційно втрачені. Загалом противник запустив 66 безпілотників, — повідомили Повітряні"
                + " сили.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.destroyed()).isEqualTo(47);
        assertThat(c.lost()).isEqualTo(12);
        assertThat(c.launched()).isEqualTo(66);
    }

    @Test
    void shouldNeverTakeTheTopItemOfABreakdownForATotal() {
        assertThat(totals("Дежурные средства ПВО перехватили 76 украинских беспилотников, сообщили в Минобороны."
                + " Наибольшее число — 31 аппарат — уничтожено над Крымом.")).extracting(DroneClaim::destroyed)
                .containsExactly(76);
    }

    @Test
    void shouldGiveEachCountrySpeakingGenericallyItsOwnClaim() {
        List<DroneClaim> claims = totals("India says it neutralised about 40 Pakistani drones; Pakistan says it"
                + " downed 22 Indian drones");
        assertThat(claims).extracting(DroneClaim::claimantCountry, DroneClaim::destroyed)
                .containsExactlyInAnyOrder(tuple("IN", 40), tuple("PK", 22));
    }

    @Test
    void shouldNeverTakeAnOutletsOwnCountForAClaim() {
        assertThat(totals("По подсчетам нашей редакции, в ночь на среду Россия выпустила по Украине около 90 дронов."
                + " Воздушные силы ВСУ сообщили о 71 сбитом беспилотнике.")).extracting(DroneClaim::launched,
                DroneClaim::destroyed).containsExactly(tuple(null, 71));
        assertThat(totals("The air force said it shot down 40 drones. The previous record was 728 drones, according to"
                + " an AP tally of the air force's daily reports.")).extracting(DroneClaim::destroyed)
                .containsExactly(40);
    }

    @Test
    void shouldNotTakeThePlaceASentenceOpensInForItsSpeaker() {
        assertThat(totals("وفي موسكو، أعلن العمدة سيرغي سوبيانين إسقاط ثلاث مسيرات كانت في طريقها إلى العاصمة."))
                .extracting(DroneClaim::claimant).containsExactly("ru-moscow-mayor");
    }

    @Test
    void shouldCountANavysAerialDronesBesideTheNationalTotalAsAPartOfIt() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Ukraine's air force said Russia launched 80 drones"
                + " overnight and 66 were shot down. Ukraine's navy said its mobile fire groups shot down nine drones"
                + " over the Odesa region.", null);
        assertThat(all.stream().filter(c -> c.scope() == Scope.TOTAL)).extracting(DroneClaim::claimant)
                .containsExactly("ua-air-force");
    }

    @Test
    void shouldGiveABodyThatNamesNoCountryTheCountryOfTheDateline() {
        assertThat(totals("ABU DHABI, 12th March, 2026 (WAM) -- The Ministry of Defence said the country's air defences"
                + " detected 17 drones on Wednesday, intercepting 15 of them.")).extracting(DroneClaim::claimantCountry,
                DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple("AE", 17, 15));
    }

    @Test
    void shouldLetABodysOwnForcesSpeakForItInAPressRelease() {
        assertThat(totals("TAMPA, Fla. - In the past 24 hours, U.S. Central Command (CENTCOM) forces successfully"
                + " engaged and destroyed six Houthi uncrewed aerial vehicles over the Red Sea."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("us-centcom", 6));
        // a country's forces are the attacker, never a speaker
        assertThat(totals("Russian forces launched 60 drones at Ukraine overnight.")).isEmpty();
    }

    @Test
    void shouldReadALossesTableRowAsARunningTotalAndTheDaysFigure() {
        List<DroneClaim> all = extractor.extract("t1", DAY, "Генштаб ЗСУ повідомив про втрати ворога з 24.02.22:"
                + " танки — 10 236 (+7); БпЛА оперативно-тактичного рівня — 31 402 (+118); крилаті ракети — 3 051.",
                null);
        assertThat(all).extracting(DroneClaim::claimant, DroneClaim::destroyed, DroneClaim::scope)
                .containsExactlyInAnyOrder(tuple("ua-general-staff", 31402, Scope.CUMULATIVE),
                        tuple("ua-general-staff", 118, Scope.TOTAL));
        assertThat(extractor.extract("t1", DAY, "Генеральний штаб ЗСУ: з початку вторгнення знищено 15 879 (+96)"
                + " безпілотників оперативно-тактичного рівня.", null)).extracting(DroneClaim::claimant,
                DroneClaim::destroyed, DroneClaim::scope).containsExactlyInAnyOrder(
                        tuple("ua-general-staff", 15879, Scope.CUMULATIVE), tuple("ua-general-staff", 96, Scope.TOTAL));
    }

    @Test
    void shouldKnowMoreNamesAndPhrasesOfTheseReports() {
        assertThat(totals("In Lviv Oblast, Governor Maksym Kozytskyi said 12 drones had been shot down.")).extracting(
                DroneClaim::claimantCountry).containsExactly("UA");
        assertThat(totals("Російське Міноборони заявило, що за ніч над регіонами РФ перехоплено 33 безпілотники."))
                .extracting(DroneClaim::claimant).containsExactly("ru-mod");
        assertThat(totals("Kuwait's army said its air defences had dealt with six drones.")).extracting(
                DroneClaim::destroyed).containsExactly(6);
        assertThat(totals("وقال الجيش الإسرائيلي إنه رصد طائرتين مسيّرتين، واعترض إحداهما.")).extracting(
                DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(2, 1));
        assertThat(totals("the Kurdistan Region's Directorate General of Counter Terrorism said two drones had been"
                + " shot down.")).extracting(DroneClaim::claimantCountry).containsExactly("IQ");
        assertThat(extractor.extract("t1", DAY, "Всього від початку так званої «СВО», за даними Міноборони РФ,"
                + " знищено 97 315 БпЛА.", null)).extracting(DroneClaim::scope).containsExactly(Scope.CUMULATIVE);
    }

    @Test
    void shouldGiveAParagraphItsSpeakerFromTheNextParagraphThatReportsItBack() {
        assertThat(totals("هاجمت ثلاث طائرات مسيّرة حقلا نفطيا فجر الأربعاء. أسقطت قوات الحماية اثنتين منها.\n\nهذا ما"
                + " أورده جهاز مكافحة الإرهاب في إقليم كردستان في بيان.")).extracting(DroneClaim::claimantCountry,
                DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple("IQ", 3, 2));
    }

    @Test
    void shouldLetASignatureLineSpeakForThePost() {
        assertThat(totals("В течение ночи над территорией области уничтожены девять украинских беспилотников.\n\n"
                + "Губернатор Брянской области А. Богомаз")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-governor", 9));
        assertThat(totals("Робота ППО вночі була успішною: знешкоджено 17 ударних дронів.\n\n— речник Повітряних сил"
                + " Юрій Ігнат")).extracting(DroneClaim::claimant).containsExactly("ua-air-force");
        // a last paragraph that says more than a name is no signature
        assertThat(totals("Над областью уничтожены девять беспилотников.\n\nГубернатор Брянской области А. Богомаз"
                + " поблагодарил военных за работу и призвал жителей не подходить к обломкам.")).isEmpty();
    }

    @Test
    void shouldReadARegionThatOpensTheClauseBeforeTheVerbAsTheFiguresRegion() {
        assertThat(totals("Как сообщили в Минобороны РФ, над Московским регионом уничтожены восемь БПЛА. Всего, по"
                + " данным ведомства, за ночь перехвачены 71 беспилотник.")).extracting(DroneClaim::destroyed)
                .containsExactly(71);
    }

    @Test
    void shouldNotTakeACountOfRegionsForARegion() {
        List<DroneClaim> claims = totals("Минобороны сообщило, что за ночь перехвачены и уничтожены 93 украинских"
                + " беспилотника над девятью регионами. Над Краснодарским краем уничтожены 14 дронов.");
        assertThat(claims).extracting(DroneClaim::destroyed).containsExactly(93);
    }

    @Test
    void shouldNotTakeMostInterceptedForAllOfThemDestroyed() {
        assertThat(totals("IDF: About 25 drones crossed from Lebanon today, most intercepted")).extracting(
                DroneClaim::destroyed).doesNotContain(25);
    }

    @Test
    void shouldTakeTheLongestQualifierNoFewerThanIsAtLeast() {
        assertThat(totals("The IDF said no fewer than ten drones had been intercepted.")).extracting(
                DroneClaim::destroyed, DroneClaim::qualifier).containsExactly(tuple(10, Qualifier.AT_LEAST));
        assertThat(totals("The IDF said fewer than ten drones had been intercepted.")).extracting(
                DroneClaim::qualifier).containsExactly(Qualifier.AT_MOST);
    }

    @Test
    void shouldReadAStatementByABodyAsItsAttribution() {
        assertThat(totals("Brokers cited a statement by U.S. Central Command on Monday that its forces had destroyed"
                + " four Houthi drones.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("us-centcom", 4));
        assertThat(totals("Russian MoD: 41 Ukrainian drones destroyed overnight")).extracting(DroneClaim::claimant)
                .containsExactly("ru-mod");
    }

    @Test
    void shouldReadRepellingAnAttackOfDronesAsDestroyingThemInEveryTense() {
        assertThat(totals("Собянин: ПВО Минобороны отражает атаку трех беспилотников, летевших на Москву."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(null, 3));
        assertThat(totals("Собянін написав, що вночі сили ППО відбили атаку 12 безпілотників."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(null, 12));
    }

    @Test
    void shouldGoOnWithTheStatementThatIsClarifiedOrAnnounced() {
        assertThat(totals("Около ста ударных беспилотников запустила Россия минувшей ночью, сообщил спикер Воздушных сил"
                + " Юрий Игнат.\n\nПозднее в официальной сводке уточнили: противник применил 97 ударных БпЛА, из них 81"
                + " сбиты.")).extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(97, 81));
        assertThat(totals("وجاءت المحادثات بعد ساعات من إعلان سلاح الجو الأوكراني أن الدفاعات أسقطت 64 من أصل 80 مسيرة."))
                .extracting(DroneClaim::claimant).containsExactly("ua-air-force");
        assertThat(totals("Air Force: 33 of 40 drones downed\n\nThe remaining three drones were still being tracked."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(40, 33));
        // another country's air force by its fuller name
        assertThat(totals("The US Air Force said its F-16s shot down 12 drones over Jordan.")).extracting(
                DroneClaim::claimantCountry).containsExactly("US");
    }

    @Test
    void shouldWaitOverASentenceWithoutDroneFiguresForTheReportBack() {
        DroneClaim c = totals("В ночь на 14 июня силы ПВО уничтожили 21 из 30 ударных БпЛА. Кроме того, противник выпустил"
                + " две управляемые ракеты Х-59, обе сбиты.\n\nЗапуски велись с трёх направлений, говорится в сообщении"
                + " Командования Воздушных сил ВСУ.").get(0);
        assertThat(c.claimant()).isEqualTo("ua-air-force");
        assertThat(c.launched()).isEqualTo(30);
        assertThat(c.destroyed()).isEqualTo(21);
    }

    @Test
    void shouldNotCountABareNumberRightAfterMissilesAsDrones() {
        assertThat(totals("Повітряні сили повідомили, що противник випустив дві ракети Х-59, обидві збито."))
                .isEmpty();
    }

    @Test
    void shouldGoOnWithTheSpeakerAfterAccordingToTheCommand() {
        assertThat(totals("Ночью российские войска атаковали Одесскую область ударными беспилотниками, сообщили Воздушные"
                + " силы ВСУ.\n\nПо данным командования, противник запустил 91 ударный БпЛА. Сбиты 76 дронов."))
                .extracting(DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 91, 76));
    }

    @Test
    void shouldGoOnWithTheSpeakerInALaterUpdate() {
        assertThat(totals("دوت صفارات الإنذار في كييف طوال الليل. كان سلاح الجو الأوكراني قد تحدث في بيان أولي عن هجوم"
                + " بنحو مئة مسيرة.\n\nوفي تحديث لاحق، قال إن"
                + " القوات الروسية استخدمت خلال الليل 124 مسيرة.")).extracting(DroneClaim::claimant,
                DroneClaim::launched).contains(tuple("ua-air-force", 124));
    }

    @Test
    void shouldLetAnUpdatedExactFigureReplaceTheFirstReportsEstimate() {
        assertThat(totals("The Air Force has updated its figures on the overnight attack. In a first report it said that"
                + " about 60 drones had been shot down.\n\nIn an updated statement, the Air Force said 72 of the 90"
                + " drones had been neutralised.")).extracting(DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple(90, 72));
    }

    @Test
    void shouldReadUpdatedItsEstimateAsAStatementTheNextSentenceGoesOnWith() {
        assertThat(totals("The General Staff of Ukraine's Armed Forces updated its estimate of Russian losses on Friday."
                + " Over the past day, Ukrainian forces destroyed 318 operational-tactical drones and 3 tanks, it said."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ua-general-staff", 318));
    }

    @Test
    void shouldReadARegionAfterTheParticleThatOpensTheClause() {
        assertThat(totals("قالت وزارة الدفاع الروسية إن الدفاعات الجوية دمرت خلال الليل 41 طائرة مسيرة أوكرانية. أما فوق"
                + " بيلغورود فأسقطت ست مسيرات.")).extracting(DroneClaim::destroyed).containsExactly(41);
    }

    @Test
    void shouldReadSinceAnEventBeganAsASpanAndTargetDronesAsNoDrones() {
        assertThat(extractor.extract("t1", DAY, "Since the attacks began, the UAE defence ministry said, 1,204 drones"
                + " have been intercepted.", null)).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
        assertThat(totals("Lithuania's armed forces said they shot down 40 target drones in a coastal drill."))
                .isEmpty();
        assertThat(totals("Пресслужба збройних сил Пакистану повідомила про 25 знищених індійських дронів."))
                .extracting(DroneClaim::claimantCountry).containsExactly("PK");
    }

    @Test
    void shouldReadOneOfTheTwoAsOneTakenFromTheDual() {
        assertThat(totals("قالت القيادة المركزية الأميركية إن الحوثيين أطلقوا طائرتين مسيرتين. وأضافت أن المدمرة اشتبكت"
                + " مع إحدى المسيرتين ودمرتها.")).extracting(DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple(2, 1));
    }

    @Test
    void shouldGoOnWithTheSpeakerAfterTheFeminineSheAdded() {
        assertThat(totals("هجوم روسي واسع على لفيف\n\nقالت القوات الجوية الأوكرانية إن روسيا شنت هجوما شمل 390 مسيرة."
                + "\n\nوأضافت أن الدفاعات أسقطت 351 مسيرة.")).extracting(DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple(390, 351));
    }

    @Test
    void shouldLeaveTheDaysFigureATotalWhenAnOrdinalTakesTheRunningTally() {
        assertThat(totals("The Houthis said they shot down an American MQ-9 Reaper drone over Marib, the 14th since the"
                + " war began.")).extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("أعلن المتحدث العسكري يحيى سريع أن الدفاعات الجوية أسقطت طائرة أمريكية مسيرة فوق مأرب، وهي الثالثة منذ"
                + " بداية الشهر.")).extracting(DroneClaim::destroyed).containsExactly(1);
        assertThat(totals("В Минобороны заявили, что над Брянской областью сбит беспилотник, это уже 22-й с начала года."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
        // a day of a month is no tally: the figure after "since the eighth of October 2023" spans those days
        assertThat(extractor.extract("t1", DAY, "قال الجيش الإسرائيلي إن حزب الله أطلق منذ الثامن من أكتوبر 2023 أكثر"
                + " من 1200 طائرة مسيرة.", null)).extracting(DroneClaim::scope).containsOnly(Scope.CUMULATIVE);
    }

    @Test
    void shouldGiveTheFiguresBeforeASentenceThatGoesOnWithTheStatementToItsSpeaker() {
        // the second paragraph names nobody; its last sentence goes on with the statement ("the statement said")
        assertThat(totals("Night attack on Ukraine\n\nRussia attacked Ukraine overnight with 90 drones, Ukraine's air"
                + " force said on Sunday.\n\nAir defence downed 61 drones. Another 20 were locationally lost, the"
                + " statement said.")).extracting(DroneClaim::claimant,
                DroneClaim::launched, DroneClaim::destroyed, DroneClaim::lost)
                .containsExactly(tuple("ua-air-force", 90, 61, 20));
    }

    @Test
    void shouldCountAPartOfTheDronesTheSentenceBeforeCounted() {
        // "52 of them" has no drone noun: "them" are the drones of the sentence before, in another paragraph
        assertThat(totals("Night attack on Ukraine\n\nRussia attacked Ukraine overnight with 103 drones, Ukraine's air"
                + " force said on Sunday.\n\nAir defence downed 52 of them, the air force said."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(103, 52));
    }

    @Test
    void shouldReadTheRegionOfAPartAfterItsVerb() {
        // "of them" and the verb stand between the figure and its region
        List<DroneClaim> claims = extractor.extract("t1", DAY, "47 drones downed\n\nRussia's defence ministry said air"
                + " defences destroyed 47 Ukrainian drones overnight.\n\nFifteen of them were brought down over the Bryansk Region, the"
                + " ministry added.", null);
        assertThat(claims).extracting(DroneClaim::scope, DroneClaim::destroyed, DroneClaim::region)
                .containsExactlyInAnyOrder(tuple(Scope.TOTAL, 47, null), tuple(Scope.REGION, 15, "Bryansk Region"));
    }

    @Test
    void shouldKnowKurdistansCounterTerrorismServiceBritainsDefenceSecretaryAndUavsIdentifiedAsLaunched() {
        assertThat(totals("Three drones aimed at the coalition base at Erbil airport were downed on Tuesday, Iraqi"
                + " Kurdistan's counter-terrorism service said.")).extracting(DroneClaim::claimantCountry,
                DroneClaim::destroyed).containsExactly(tuple("IQ", 3));
        assertThat(totals("A Royal Navy destroyer shot down seven drones over the Red Sea, Defence Secretary Grant"
                + " Shapps said.")).extracting(DroneClaim::claimant).containsExactly("gb-mod");
        assertThat(totals("The Israeli military said about 30 UAVs had been identified crossing from Lebanon."))
                .extracting(DroneClaim::launched).containsExactly(30);
    }

    @Test
    void shouldLetTheNameRightAfterAGenericTitleSayWhoseOfficialSpeaks() {
        // "the region's governor" alone is Russia's; Oleh Kiper is Odesa's
        assertThat(totals("وكتب حاكم المنطقة أوليه كيبر على تلغرام أن الدفاعات الجوية أسقطت 31 مسيرة فوق المنطقة."))
                .extracting(DroneClaim::claimantCountry, DroneClaim::destroyed).containsExactly(tuple("UA", 31));
        assertThat(totals("وقال حاكم المنطقة ألكسندر بوغوماز إن الدفاعات أسقطت 12 مسيرة."))
                .extracting(DroneClaim::claimantCountry).containsExactly("RU");
    }

    @Test
    void shouldPlaceACountrylessMinistryInTheCountryOfAnAgencysDateline() {
        assertThat(totals("أبوظبي في 4 مارس / وام / أعلنت وزارة الدفاع أن الدفاعات الجوية اعترضت 33 طائرة مسيرة."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ae-mod", 33));
        // the Kurdish spelling of Kurdistan
        assertThat(totals("أعلن جهاز مكافحة الإرهاب في إقليم كوردستان أن قوات التحالف أسقطت أربع طائرات مسيرة فوق أربيل."))
                .extracting(DroneClaim::claimantCountry, DroneClaim::destroyed).containsExactly(tuple("IQ", 4));
    }

    @Test
    void shouldGiveABulletinThatNamedNobodyToTheSpeakerWhoReportsItBackAtTheEnd() {
        // three paragraphs of figures, the speaker only in an explicit report back ("Про це повідомили ...") at the end
        assertThat(totals("Уночі противник атакував Україну 90 ударними БпЛА.\n\nСтаном на 09:00 збито 70 дронів.\n\n"
                + "Зафіксовано влучання 5 БпЛА. Про це повідомили Повітряні сили.")).extracting(DroneClaim::claimant,
                DroneClaim::launched, DroneClaim::destroyed, DroneClaim::hit).containsExactly(tuple("ua-air-force", 90, 70, 5));
        // without the report back, a later speaker's plain statement is not theirs
        assertThat(totals("Уночі противник атакував Україну 90 ударними БпЛА.\n\nСтаном на 09:00 збито 70 дронів.\n\n"
                + "Мер Києва заявив, що над містом збито 12 дронів.")).extracting(DroneClaim::launched)
                .containsOnlyNulls();
    }

    @Test
    void shouldReadTheFiguresGivenOrPublishedByABodyAsItsReportBack() {
        assertThat(totals("Уночі противник атакував Україну 90 ударними БпЛА.\n\nСтаном на 09:00 збито 70 дронів. Такі дані"
                + " наводять Повітряні сили ЗСУ.")).extracting(DroneClaim::claimant, DroneClaim::launched,
                DroneClaim::destroyed).containsExactly(tuple("ua-air-force", 90, 70));
        assertThat(totals("Ночью Россия атаковала Украину 143 ударными беспилотниками.\n\nПо состоянию на 08:30 сбиты 118"
                + " беспилотников. Такие данные приводят Воздушные силы ВСУ в Telegram.")).extracting(DroneClaim::claimant,
                DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple("ua-air-force", 143, 118));
        assertThat(totals("Ukrainian air defences destroyed all fourteen Shahed drones that Russia sent overnight.\n\nThe"
                + " figures were given by the air force in a Telegram statement.")).extracting(DroneClaim::claimant,
                DroneClaim::destroyed).containsExactly(tuple("ua-air-force", 14));
        assertThat(totals("Sixty-six drones were shot down over the south overnight. The figures came from the air force"
                + " command's morning update.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 66));
        assertThat(totals("Overnight, Russian forces sent 48 Shahed-type drones toward Ukraine. The figures were published"
                + " by the Ukrainian Air Force on its Telegram channel.")).extracting(DroneClaim::claimant,
                DroneClaim::launched).containsExactly(tuple("ua-air-force", 48));
    }

    @Test
    void shouldNotCountAirTargetsThatMixMissilesAndDronesAsDrones() {
        assertThat(totals("هاجمت روسيا ليلا بـ50 وسيلة هجوم جوي، هي 4 صواريخ و46 مسيرة، وتمكن الدفاع الجوي من تحييد 40 هدفا،"
                + " بينها 37 مسيرة، وفق ما أعلنه سلاح الجو الأوكراني.")).extracting(DroneClaim::launched,
                DroneClaim::destroyed).containsExactly(tuple(46, 37));
    }

    @Test
    void shouldGoOnWithTheStatementAfterInAdditionAndReadSummingUpAsReporting() {
        assertThat(totals("Ночная атака на Крым\n\nМинобороны России сообщило, что над Черным морем уничтожены шесть"
                + " безэкипажных катеров.\n\nКроме того, за ночь средства ПВО уничтожили 102 украинских беспилотника."))
                .extracting(DroneClaim::destroyed).containsExactlyInAnyOrder(6, 102);
        assertThat(totals("Нічна атака\n\nПовітряні сили повідомили, що над морем знищено два безекіпажні катери.\n\nКрім"
                + " того, за ніч сили ППО збили 54 ударні дрони.")).extracting(DroneClaim::destroyed)
                .containsExactlyInAnyOrder(2, 54);
        assertThat(totals("Ограничения в аэропортах действовали шесть часов.\n\nУтром Минобороны России подвело итоги: за"
                + " ночь перехвачены и уничтожены 112 украинских БПЛА.")).extracting(DroneClaim::claimant,
                DroneClaim::destroyed).containsExactly(tuple("ru-mod", 112));
        assertThat(totals("Обмеження діяли шість годин.\n\nЗранку Повітряні сили підбили підсумки: за ніч збито 54 ударні"
                + " дрони.")).extracting(DroneClaim::claimant, DroneClaim::destroyed).containsExactly(tuple("ua-air-force", 54));
    }

    @Test
    void shouldKnowTheArabCoalitionAndTheSudaneseInformationMinistersSpelling() {
        assertThat(totals("RIYADH: The Arab coalition said its air defenses intercepted and destroyed six drones launched by"
                + " the Houthis.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("sa-coalition", 6));
        assertThat(totals("Information Minister Khalid Al-Aisir said the Rapid Support Forces attacked Port Sudan with seven"
                + " drones.")).extracting(DroneClaim::claimant, DroneClaim::launched)
                .containsExactly(tuple("sd-government", 7));
    }

    @Test
    void shouldKnowRussianBorderGovernorsByName() {
        // a post signed with the governor's bare name
        assertThat(totals("Друзья, ночью силы ПВО уничтожили над Воронежем одиннадцать беспилотников. Пострадавших нет."
                + "\n\nАлександр Гусев")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-governor", 11));
        assertThat(totals("قال حاكم سيفاستوبول ميخائيل رازفوجاييف إن الدفاعات أسقطت ست مسيرات فوق البحر."))
                .extracting(DroneClaim::claimantCountry).containsExactly("RU");
    }

    @Test
    void shouldGiveNoRoleToSomeOfTheDronesThatHeadedSomewhere() {
        // only the night's 415 is a figure; the eight that headed toward Poland have no fate of their own
        assertThat(totals("قال الرئيس الأوكراني فولوديمير زيلينسكي إن ثماني مسيرات على الأقل اتجهت نحو بولندا خلال هجوم روسي"
                + " شمل نحو 415 مسيرة.")).extracting(DroneClaim::launched).containsExactly(415);
    }

    @Test
    void shouldCountAnMq9NamedByItsDesignationAsOneDrone() {
        assertThat(totals("أعلن يحيى سريع أن الدفاعات الجوية تمكنت من إسقاط طائرة أمريكية من نوع MQ-9 في أجواء الجوف."))
                .extracting(DroneClaim::destroyed).containsExactly(1);
    }

    @Test
    void shouldReadEveryOneOfTheDronesAsAllOfThem() {
        assertThat(totals("Ukrainian air defence forces destroyed every one of the 24 Shahed drones Russia sent overnight,"
                + " the air force said.")).extracting(DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple(24, 24));
    }

    @Test
    void shouldGoOnWithTheStatementAccordingToTheirData() {
        assertThat(totals("Нічна атака\n\nМинулої ночі росіяни атакували Україну 146 ударними безпілотниками. Про це"
                + " повідомили Повітряні сили.\n\nЗа їхніми даними, протиповітряна оборона знешкодила 121 безпілотник."))
                .extracting(DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 146, 121));
        assertThat(totals("Ночная атака\n\nНочью российская армия атаковала Украину 146 ударными беспилотниками. Об этом"
                + " сообщили Воздушные силы ВСУ.\n\nПо их данным, ПВО сбила 121 беспилотник.")).extracting(
                DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 146, 121));
    }

    @Test
    void shouldKnowTheRussianMinistryAbbreviatedAndTheSudaneseSpokesmanInArabic() {
        assertThat(totals("Міністерство оборони РФ заявило, що за ніч перехопили та знищили 41 український безпілотник."))
                .extracting(DroneClaim::claimant).containsExactly("ru-mod");
        assertThat(totals("وقال المتحدث الرسمي باسم الجيش العميد نبيل عبد الله إن الدفاعات أسقطت ست مسيرات."))
                .extracting(DroneClaim::claimantCountry).containsExactly("SD");
    }

    @Test
    void shouldGiveAMonitoringChannelsCountToNobody() {
        assertThat(totals("Ukraine's air force said Russia launched about 40 drones toward Kyiv, monitoring channels said."))
                .isEmpty();
        assertThat(totals("قال سلاح الجو الأوكراني إن روسيا أطلقت نحو 40 مسيرة باتجاه كييف، بحسب قنوات الرصد.")).isEmpty();
        assertThat(totals("Воздушные силы ВСУ сообщили, что Россия запустила около 40 дронов, по данным мониторинговых каналов."))
                .isEmpty();
        assertThat(totals("Повітряні сили повідомили про атаку: монітори нарахували близько 40 дронів.")).isEmpty();
        // a named account that watches the war is a monitoring channel too
        assertThat(totals("رصد حساب \"يوميات حرب السودان\" على تلغرام ما قال إنها 12 مسيرة حاولت استهداف مدينة"
                + " كسلا.")).isEmpty();
        // a channel that counted, after the air force's statement: its figure is no part of the statement
        assertThat(extractor.extract("t1", DAY, "قال سلاح الجو الأوكراني إن الدفاعات أسقطت 50 مسيرة من أصل 58.\n"
                + "أحصت قناة \"رادار\" على تلغرام ما لا يقل عن 45 مسيرة فوق المناطق الشرقية.", null))
                .extracting(DroneClaim::launched).containsExactly(58);
        // a channel's count in the headline and the body, and an air force that has given no figure yet
        assertThat(totals("قناة رصد: نحو 40 مسيرة في أجواء أوكرانيا\n\nأحصت قناة \"رادار\" على تلغرام ما لا يقل عن 40"
                + " مسيرة من طراز شاهد في أجواء المناطق الشرقية.\n\nولم يصدر سلاح الجو حتى الآن حصيلته الرسمية.")).isEmpty();
    }

    @Test
    void shouldLetADefiniteArabicNumberCountTheNounBeforeItNotTheDronesAfterIt() {
        assertThat(totals("قالت القيادة المركزية الأميركية إن قواتها دمرت خلال الساعات الأربع والعشرين الماضية طائرتين"
                + " مسيرتين فوق البحر الأحمر.")).extracting(DroneClaim::destroyed).containsExactly(2);
        assertThat(totals("أعلنت وزارة الدفاع الروسية أنها أسقطت خلال الأيام الثلاثة الماضية 40 مسيرة أوكرانية."))
                .extracting(DroneClaim::destroyed).containsExactly(40);
    }

    @Test
    void shouldGiveDronesProducedOrThatCouldBeLaunchedNoRole() {
        assertThat(totals("Russia is producing around 2,700 Shahed-type attack drones every month, Ukraine's military"
                + " intelligence said.")).isEmpty();
        assertThat(totals("Russia could soon be able to launch 1,000 drones a night, Ukraine's military intelligence"
                + " said.")).isEmpty();
        assertThat(totals("Ukraine's military intelligence said Russia launched 1,000 drones last night."))
                .extracting(DroneClaim::launched).containsExactly(1000);
    }

    @Test
    void shouldTakeThePronounAfterAFigureForTheSpeakerSentencesBefore() {
        assertThat(totals("Four people were hurt in Kursk, regional governor Alexander Khinshtein said.\n\nSeveral homes"
                + " were damaged, the governor said. A school was also hit. Air defences shot down six drones over the"
                + " city, he added.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-governor", 6));
        assertThat(totals("Губернатор Курской области Александр Хинштейн сообщил о пострадавших.\n\nПовреждены несколько"
                + " домов. Также пострадала школа. Силы ПВО сбили шесть беспилотников над городом, добавил он."))
                .extracting(DroneClaim::claimant).containsExactly("ru-governor");
        assertThat(totals("Голова Харківської ОВА Олег Синєгубов повідомив про постраждалих.\n\nПошкоджено кілька"
                + " будинків. Також постраждала школа. Над містом збили шість дронів, додав він."))
                .extracting(DroneClaim::claimantCountry).containsExactly("UA");
    }

    @Test
    void shouldKnowMoreWaysToReportBackAndTheMinistryThatInformed() {
        // the figures of both paragraphs, the bulletin's first one naming nobody
        List<DroneClaim> uk = totals("Росіяни атакували Україну 120 ударними дронами.\n\nСилами ППО збито 95 ворожих"
                + " дронів. Такі дані наводить командування Повітряних сил.");
        assertThat(uk).extracting(DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 120, 95));
        assertThat(totals("За ночь над Брянской областью уничтожено 27 беспилотников, проинформировали в Министерстве"
                + " обороны РФ.")).extracting(DroneClaim::claimant).containsExactly("ru-mod");
        assertThat(totals("Air defences shot down 18 Shahed drones over the south.\n\nThat is according to the Air Force,"
                + " whose update was cited by Ukrinform.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 18));
    }

    @Test
    void shouldGiveTheTallyASpeakerAnnouncesToTheSpeaker() {
        assertThat(totals("Командование Воздушных сил ВСУ подвело итоги минувшей ночи. Всего противник задействовал 88"
                + " беспилотников, сбиты 70 из них.")).extracting(DroneClaim::claimant, DroneClaim::launched)
                .containsExactly(tuple("ua-air-force", 88));
        assertThat(totals("Командування Повітряних сил підбило підсумки ночі. Загалом ворог застосував 88 ударних"
                + " дронів.")).extracting(DroneClaim::claimant).containsExactly("ua-air-force");
        // a speaker who announced nothing does not own the next sentence's figures
        assertThat(totals("Воздушные силы ВСУ провели учения. Противник задействовал 88 беспилотников.")).isEmpty();
    }

    @Test
    void shouldReadTheInfinitiveOfANeutralisingVerbAsDestroyed() {
        assertThat(totals("Воздушные силы ВСУ сообщили, что противник задействовал 143 беспилотника. Силам ПВО удалось"
                + " обезвредить сто девятнадцать из них.")).extracting(DroneClaim::destroyed).containsExactly(119);
    }

    @Test
    void shouldReadASpacedHyphenAsTheDashOfABreakdown() {
        assertThat(totals("U.S. Central Command said its forces had destroyed seven Houthi drones - four uncrewed"
                + " surface vessels and three aerial drones - in Yemen on Friday.")).extracting(DroneClaim::destroyed)
                .containsExactly(7);
    }

    @Test
    void shouldGiveAFigureTheVerbAfterItWhenACommaEndsTheVerbBefore() {
        assertThat(totals("Of the 120 drones Russia sent, 95 were shot down, the air force said."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(120, 95));
    }

    @Test
    void shouldNotMakeAFigureCumulativeForTheSpanASuperlativeIsMeasuredOver() {
        assertThat(totals("أفادت وزارة الدفاع الروسية بأن 140 مسيرة أوكرانية دمرت خلال ساعات الليل، في واحدة من أكبر"
                + " الحصائل المعلنة هذا الشهر.")).extracting(DroneClaim::destroyed).containsExactly(140);
        assertThat(totals("Russia's defence ministry said it destroyed 140 Ukrainian drones, one of the largest tallies"
                + " announced this month.")).extracting(DroneClaim::destroyed).containsExactly(140);
        // without the superlative the month is the figure's span
        assertThat(totals("Russia's defence ministry said it destroyed 140 Ukrainian drones this month.")).isEmpty();
    }

    @Test
    void shouldNotCountTheOneOfASuperlative() {
        assertThat(totals("Ukraine's air force said it shot down 120 of 150 drones overnight, one of the largest attacks"
                + " of the war.")).extracting(DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple(150, 120));
        assertThat(totals("Повітряні сили повідомили, що за ніч збито 120 із 150 дронів, це одна з наймасованіших атак"
                + " від початку року.")).extracting(DroneClaim::launched).containsExactly(150);
    }

    @Test
    void shouldTakeANameInBracketsAfterTheFiguresForTheirSource() {
        List<DroneClaim> claims = totals("Ukraine's air defences downed 27 Russian drones overnight (air force), while"
                + " Moscow said it had destroyed 31 Ukrainian drones (defence ministry), 19 of them over Crimea.");
        assertThat(claims).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 27), tuple("ru-government", 31));
        assertThat(totals("Of the 140 Shahed-type attack drones launched overnight (Air Force data), 118 were"
                + " neutralised.")).extracting(DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple("ua-air-force", 140, 118));
        // a bracket that glosses the name before it is no source
        assertThat(totals("Американские военные отразили атаку движения «Ансар Аллах» (хуситов) в Красном море,"
                + " перехватив 12 беспилотников.")).isEmpty();
    }

    @Test
    void shouldReadAPartOfTheseDronesAsABreakdown() {
        // a week's tally, then a part of it over one region: neither is a day's total
        assertThat(totals("قالت وزارة الدفاع الروسية إن الدفاعات أسقطت خلال الأسبوع الماضي 1200 مسيرة أوكرانية.\n\n"
                + "وأوضحت الوزارة أن 300 من هذه المسيرات أُسقطت فوق مقاطعة بيلغورود وحدها.")).isEmpty();
    }

    @Test
    void shouldNotCountTheYearOfADate() {
        assertThat(totals("The air force said Russia sent 23 Shahed drones against Ukraine during the night to February 8,"
                + " 2024, launching them from Kursk.")).extracting(DroneClaim::launched).containsExactly(23);
    }

    @Test
    void shouldTakeAPassiveLaunchVerbBeforeItsOriginForTheClausesVerb() {
        assertThat(totals("The air force said 53 Shahed drones were launched from the Kursk region, and 42 of them were"
                + " shot down.")).extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(53, 42));
        // without the auxiliary the participle describes the drones: "drones launched from Yemen"
        assertThat(totals("The Israeli military said it intercepted four drones launched from Yemen."))
                .extracting(DroneClaim::launched, DroneClaim::destroyed).containsExactly(tuple(null, 4));
    }

    @Test
    void shouldGiveTheDronesOfADrillToNobody() {
        assertThat(totals("قالت وزارة الدفاع الروسية إن وحدات الدفاع الجوي تدربت ضمن مناورات واسعة على صد هجوم يحاكي"
                + " إطلاق 40 طائرة مسيرة.")).isEmpty();
        assertThat(totals("Russia's defence ministry said air defence crews repelled a simulated attack by 30 drones"
                + " during exercises near Kaliningrad.")).isEmpty();
        assertThat(totals("Минобороны России сообщило, что в ходе учений расчеты ПВО уничтожили 25 беспилотников.")).isEmpty();
    }

    @Test
    void shouldReadIncludingAsABreakdownMarkerInRussianAndUkrainian() {
        assertThat(totals("Четырнадцать беспилотников сбиты над Крымом, включая шесть над Севастополем. Такие данные"
                + " привел глава республики Сергей Аксенов.")).extracting(DroneClaim::destroyed).containsExactly(14);
        assertThat(totals("Дев'ятнадцять дронів збито над Одещиною, включаючи сім над Одесою, повідомив голова ОВА Олег"
                + " Кіпер.")).extracting(DroneClaim::destroyed).containsExactly(19);
    }

    @Test
    void shouldNotCountHowManyTimesDronesStruckAsDrones() {
        assertThat(totals("Губернатор Белгородской области Вячеслав Гладков сообщил о трех сбитых беспилотниках. По его"
                + " данным, артиллерия 20 раз била по селам, еще восемь раз дроны сбрасывали взрывчатку."))
                .extracting(DroneClaim::destroyed).containsExactly(3);
        assertThat(totals("Голова ОВА Олег Синєгубов повідомив про два збиті дрони. За його даними, артилерія 12 разів"
                + " била по громаді, ще шість разів дрони скидали вибухівку.")).extracting(DroneClaim::destroyed)
                .containsExactly(2);
    }

    @Test
    void shouldTakeABodyThatNamesNoCountryForThatBodyOfTheCountryTheArticleNamedLast() {
        // the country only in the paragraph before, in a place name's possessive or as a place
        assertThat(totals("Fires broke out at a fuel depot in Sudan's Red Sea state after a drone attack on Sunday.\n"
                + "The army said its air defences downed seven of the nine drones."))
                .extracting(DroneClaim::claimant, DroneClaim::launched, DroneClaim::destroyed)
                .containsExactly(tuple("sd-army", 9, 7));
        assertThat(totals("تعرضت مدينة كسلا في السودان لهجوم بالمسيرات فجر الأحد.\n"
                + "وقال الجيش إن المضادات الأرضية أسقطت خمس مسيرات.")).extracting(DroneClaim::claimant)
                .containsExactly("sd-army");
        // a named body of that kind: the same id, whatever the gazetteer calls that country's army
        assertThat(totals("Pakistan's military said Indian drones crossed the border overnight.\n"
                + "Later the army said air defences downed 12 more drones over Lahore.")).extracting(DroneClaim::claimant)
                .containsExactly("pk-military");
        // nothing named before: no country to give it
        assertThat(totals("The army said its air defences downed seven of the nine drones.")).isEmpty();
        // "the department", "the ministry" of a Russian or Ukrainian wire, paragraphs after the ministry spoke
        assertThat(totals("Минобороны России сообщило, что за пять часов сбиты 45 беспилотников.\n\nВ Белгороде"
                + " повреждены дома. Пострадавших нет. Движение транспорта восстановлено. Школы работают в обычном"
                + " режиме.\n\nРанее ведомство сообщало, что за сутки было сбито 300 БПЛА."))
                .extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-mod", 45), tuple("ru-mod", 300));
        assertThat(totals("Міноборони Росії заявило про 45 збитих дронів.\n\nУ Бєлгороді пошкоджено будинки."
                + " Постраждалих немає. Рух транспорту відновлено. Школи працюють.\n\nПізніше відомство повідомило"
                + " ще про 20 знищених безпілотників над Курською областю.")).extracting(DroneClaim::destroyed)
                .containsExactly(45, 20);
        // a country named right after the body's words is its own: Britain's ministry, not the one named before
        assertThat(totals("Міноборони Росії заявило про 45 збитих дронів. Міністерство оборони Великої Британії"
                + " заявило, що есмінець знищив один безпілотник.")).extracting(DroneClaim::claimant)
                .containsExactly("ru-mod", "gb-mod");
    }

    @Test
    void shouldKnowKurdistansCounterTerrorismServiceInRussianAndUkrainian() {
        assertThat(totals("Два беспилотника были сбиты над Эрбилем, сообщила Контртеррористическая служба Иракского"
                + " Курдистана.")).extracting(DroneClaim::claimantCountry, DroneClaim::destroyed)
                .containsExactly(tuple("IQ", 2));
        assertThat(totals("Два безпілотники збито над Ербілем, повідомила Служба боротьби з тероризмом Курдистану."))
                .extracting(DroneClaim::claimantCountry, DroneClaim::destroyed).containsExactly(tuple("IQ", 2));
    }

    @Test
    void shouldKnowPolandsCommandAndGovernmentAndReadDronesThatViolatedAirspaceAsSent() {
        assertThat(totals("Оперативное командование вооружённых сил Польши заявило, что ночью над страной были сбиты четыре"
                + " беспилотника.")).extracting(DroneClaim::claimant).containsExactly("pl-armed-forces");
        assertThat(totals("أعلنت الحكومة البولندية أن قواتها أسقطت ثلاث طائرات مسيرة.")).extracting(DroneClaim::claimant)
                .containsExactly("pl-government");
        assertThat(totals("Воздушное пространство Польши нарушили 19 беспилотников, заявил премьер-министр Дональд Туск."))
                .extracting(DroneClaim::launched).containsExactly(19);
    }

    @Test
    void shouldReadTheBareDefenceMinistryOfARussianWireAsRussiasUnlessItNamesAnother() {
        assertThat(totals("Всего сорок украинских беспилотников перехвачены и уничтожены ночью, сообщило Министерство"
                + " обороны.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("ru-mod", 40));
        assertThat(totals("Министерство обороны Украины сообщило, что ночью сбиты 12 российских беспилотников."))
                .extracting(DroneClaim::claimantCountry).containsExactly("UA");
    }

    @Test
    void shouldCountDroneTypeObjectsAsDrones() {
        assertThat(totals("Poland's armed forces operational command said Polish and allied aircraft had shot down four of"
                + " the drone-type objects.")).extracting(DroneClaim::claimant, DroneClaim::destroyed)
                .containsExactly(tuple("pl-armed-forces", 4));
    }
}

package io.wirewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.TopicTag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drones that strike nothing: made, financed, shown, sold (issue 10's negatives). Sentences written for the test;
 * each pins one rule of {@code config/topics/*.rules} and a strike sentence of the same words still tags.
 */
class DronesWithoutStrikesTest {
    private static TopicTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        tagger = TopicTagger.load(Path.of("config"));
    }

    private static List<String> topics(String text, String language) {
        return tagger.tag(text, language).stream().map(TopicTag::topic).toList();
    }

    @Test
    void shouldNotTakeAnInterceptorDroneForAnInterception() {
        assertThat(topics("Фонд передав бригаді партію дронів-перехоплювачів.", "uk")).doesNotContain("drone_strikes");
        assertThat(topics("Фонд передал бригаде партию дронов-перехватчиков.", "ru")).doesNotContain("drone_strikes");
        assertThat(topics("Сили ППО перехопили 40 дронів над Київщиною.", "uk")).contains("drone_strikes");
        assertThat(topics("Над областью перехвачены 12 беспилотников.", "ru")).contains("drone_strikes");
    }

    @Test
    void shouldReadAShortWireWhoseTitleIsASupplyAsNoStrike() {
        // the body describes the drones in strike words, far from the title's "supply"
        assertThat(topics("Britain to supply 85,000 drones to Ukraine this year\n\nThe package includes long-range"
                + " strike drones and interceptors able to bring down Shaheds, officials said on Monday, adding that"
                + " most of the drones would be built in Ukraine under licence.", "en")).doesNotContain("drone_strikes");
        // the same body under a strike title is a strike story
        assertThat(topics("Russia attacks Kyiv with strike drones overnight\n\nAir defences shot down 40 strike"
                + " drones over the capital, officials said on Monday.", "en")).contains("drone_strikes");
    }

    @Test
    void shouldNotTagDroneProductionAsAStrike() {
        assertThat(topics("Виробники цього року виготовили понад мільйон дронів для ударів по ворогу.", "uk"))
                .doesNotContain("drone_strikes");
        assertThat(topics("Завод в этом году произведет до двух тысяч ударных беспилотников.", "ru"))
                .doesNotContain("drone_strikes");
        assertThat(topics("تخطط الشركة لإنتاج ألف طائرة مسيرة هجومية شهريا.", "ar")).doesNotContain("drone_strikes");
    }

    @Test
    void shouldNotTagAnArmsFairOrAFundingRoundAsAStrike() {
        assertThat(topics("More than 300 drones, from quadcopters to strike drones, are on show at the exhibition.",
                "en")).doesNotContain("drone_strikes");
        assertThat(topics("The maker of long-range strike drones raised $200 million from investors.", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("Russia launched 90 strike drones at Ukraine overnight, the air force said.", "en"))
                .contains("drone_strikes");
    }

    @Test
    void shouldNotTagAnExerciseOrAVoteAsAStrike() {
        assertThat(topics("Air defence crews shot down 30 target drones during a live-fire exercise.", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("Lawmakers shot down an amendment on police drones.", "en")).doesNotContain("drone_strikes");
        assertThat(topics("На учениях расчеты ПВО сбили 18 беспилотных мишеней.", "ru")).doesNotContain("drone_strikes");
        assertThat(topics("Під час навчань на полігоні бійці збили 20 дронів-мішеней.", "uk"))
                .doesNotContain("drone_strikes");
        assertThat(topics("اختتم تمرين مشترك شاركت فيه وحدات الطائرات المسيرة.", "ar")).doesNotContain("drone_strikes");
        assertThat(topics("شارك الآلاف في مسيرة تشييع وطائرة مسيرة تحلق فوقهم.", "ar")).doesNotContain("drone_strikes");
        assertThat(topics("На Брянщиной силы ПВО сбили 18 беспилотников.", "ru")).contains("drone_strikes");
    }

    @Test
    void shouldNotTagACelebrationOrABroadcastAsAStrike() {
        assertThat(topics("A swarm of 2,000 drones lit up the sky as the city celebrated the new year.", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("FPV drone cameras followed the cars through the tunnel at the Grand Prix.", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("A swarm of drones attacked the city overnight, officials said.", "en"))
                .contains("drone_strikes");
    }

    @Test
    void shouldNotTagDronesSuppliedProducedOrFilmingSportAsDroneStrikes() {
        assertThat(topics("Britain will send 20,000 attack drones to Ukraine this year, the ministry said.", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("Broadcasters at the Winter Olympics are flying 14 FPV drones after the skiers.", "en"))
                .doesNotContain("drone_strikes");
        assertThat(topics("قالت الحكومة البريطانية إنها سلمت أوكرانيا 85 ألف طائرة مسيرة، بينها آلاف المسيرات الهجومية.", "ar"))
                .doesNotContain("drone_strikes");
        assertThat(topics("Предприятия с начала года поставили в войска более 8 000 ударных беспилотников.", "ru"))
                .doesNotContain("drone_strikes");
        assertThat(topics("Російські підприємства виробляють до 170 ударних дронів «Герань» на добу.", "uk"))
                .doesNotContain("drone_strikes");
        // a strike is still one
        assertThat(topics("Russia attacked Kyiv with 40 drones overnight; air defences shot down 35.", "en"))
                .contains("drone_strikes");
    }
}

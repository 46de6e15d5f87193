package io.wirewatch.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicTag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever text arrives, {@link Analyzer#analyze} returns, quickly, with evidence that quotes the
 * article at its offsets and claims that are complete.
 *
 * <p>Why 2 s per call: a generous bound that only a hang or a super-linear blow-up exceeds on a loaded
 * 2-core machine; real speed is measured by the benchmark, not here. Tries are kept moderate so the class
 * runs well under a minute.
 */
class AnalyzerPropertiesTest {
    private static final Duration PER_CALL = Duration.ofSeconds(2);

    private static Analyzer analyzer;

    @BeforeContainer
    static void loadAnalyzer() {
        analyzer = Fixtures.analyzer();
        analyzer.analyze(Fixtures.article("warm-up", "en", "t", "Air defences shot down 12 drones.",
                Instant.EPOCH));
    }

    @Property(tries = 200)
    void shouldKeepInvariantsOnHostileText(@ForAll("hostileArticles") Article article) {
        Fixtures.assertInvariants(article, analyzeInTime(article));
    }

    @Property(tries = 200)
    void shouldKeepInvariantsOnMutatedRealArticles(@ForAll("mutatedArticles") Article article) {
        Fixtures.assertInvariants(article, analyzeInTime(article));
    }

    @Property(tries = 100)
    void shouldKeepInvariantsOnHostileTextInsideRealArticles(@ForAll("realArticles") Article real,
                                                             @ForAll("hostileText") String hostile) {
        String body = real.body() == null ? hostile : real.body() + hostile + real.body();
        Article article = new Article(real.id(), real.source(), real.published(), real.language(), hostile,
                body, real.url());

        Fixtures.assertInvariants(article, analyzeInTime(article));
    }

    /**
     * Any {@code published} the parser can produce: epoch seconds down to {@link Instant#MIN} (numbers
     * below 1e11) and epoch millis up to {@code Long.MAX_VALUE}, or ISO dates at the year limits with
     * extreme offsets.
     */
    @Property(tries = 200)
    void shouldAnalyseArticlesWithAnyTimeTheParserAccepts(@ForAll("parserTimes") Instant published) {
        Article article = Fixtures.article("t", "en", "Drones", "Air defences shot down 12 drones.", published);

        Fixtures.assertInvariants(article, analyzeInTime(article));
    }

    /** Paragraph markup must not change what is found: masking keeps words and sentence breaks. */
    @Property(tries = 100)
    void shouldFindTheSameTopicsAndFiguresWhenParagraphsAreWrappedInHtml(
            @ForAll("realArticles") Article plain) {
        Article html = HostileText.mutate(plain, plain, HostileText.Mutation.WRAP_IN_HTML, null, null);

        EnrichedArticle fromPlain = analyzeInTime(plain);
        EnrichedArticle fromHtml = analyzeInTime(html);

        Fixtures.assertInvariants(html, fromHtml);
        assertThat(topicIds(fromHtml)).isEqualTo(topicIds(fromPlain));
        assertThat(figures(fromHtml)).isEqualTo(figures(fromPlain));
    }

    private static EnrichedArticle analyzeInTime(Article article) {
        return assertTimeoutPreemptively(PER_CALL, () -> analyzer.analyze(article),
                () -> "analyze took over " + PER_CALL + " on a text of " + article.text().length() + " chars");
    }

    private static List<String> topicIds(EnrichedArticle a) {
        return a.topics().stream().map(TopicTag::topic).toList();
    }

    /** Each claim without its evidence and region, which quote the text and so show the markup. */
    private static List<String> figures(EnrichedArticle a) {
        return a.claims().stream().map(c -> c.claimant() + "/" + c.claimantCountry() + "/" + c.attackerCountry()
                + "/" + c.launched() + "/" + c.destroyed() + "/" + c.qualifier() + "/" + c.scope() + "/" + c.day())
                .toList();
    }

    @Provide
    Arbitrary<Article> hostileArticles() {
        return HostileText.articles();
    }

    @Provide
    Arbitrary<Article> mutatedArticles() {
        return HostileText.mutatedArticles();
    }

    @Provide
    Arbitrary<Instant> parserTimes() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), 99_999_999_999L).map(Instant::ofEpochSecond),
                Arbitraries.longs().between(100_000_000_000L, Long.MAX_VALUE).map(Instant::ofEpochMilli),
                Arbitraries.of(LocalDateTime.MIN.toInstant(ZoneOffset.MAX), LocalDateTime.MAX.toInstant(ZoneOffset.MIN)));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return HostileText.text();
    }

    @Provide
    Arbitrary<Article> realArticles() {
        List<Article> corpus = Fixtures.corpusArticles();
        return corpus.isEmpty() ? HostileText.articles() : Arbitraries.of(corpus);
    }
}

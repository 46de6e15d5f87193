package io.wirewatch.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicTag;
import io.wirewatch.testing.LinearGrowth;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever text arrives, {@link Analyzer#analyze} returns with evidence that quotes the article at its
 * offsets and claims that are complete.
 *
 * <p>Why 60 s per call: a hang guard, not a speed bound. The slowest admitted input measured on the 2-core
 * build machine (a 1 MB sentence of claims, {@link AdversarialInputTest}) takes 2-3 s; speed is the
 * benchmark's business, and linear growth is {@link AdversarialInputTest}'s. Tries are kept moderate so the
 * class runs well under a minute.
 */
class AnalyzerPropertiesTest {
    private static final Duration HANG_GUARD = LinearGrowth.HANG_GUARD;

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
     * The shrunk counter-example behind the out-of-heap failures of
     * {@link #shouldKeepInvariantsOnMutatedRealArticles}: a last sentence without a full stop, duplicated
     * twice, was repeated a million times (33 MB of text for this 33-char sentence; 70 MB for a real one),
     * far past what the parser admits. Analysis of such a text is linear but took 6-10 s and about 100 bytes
     * of allocation per char, so the old 2 s bound failed and jqwik then formatted the whole text into its
     * report. Now the mutated body stays within the parser's limit and is analysed whole.
     */
    @Example
    void shouldKeepInvariantsOnALastSentenceWithoutFullStopDuplicatedTwice() {
        Article seed = Fixtures.article("dup", "en", "Drones", "Air defences shot down 12 drones", Instant.EPOCH);
        Random random = new Random(0);
        Article once = HostileText.mutate(seed, seed, HostileText.Mutation.DUPLICATE_SENTENCE, random, null);
        Article twice = HostileText.mutate(once, seed, HostileText.Mutation.DUPLICATE_SENTENCE, random, null);

        assertThat(once.body()).hasSize(32 * 1000);
        assertThat(twice.body().length()).isEqualTo(ArticleParser.DEFAULT_MAX_BODY_CHARS);
        Fixtures.assertInvariants(twice, analyzeInTime(twice));
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
        return assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.analyze(article),
                () -> "analyze took over " + HANG_GUARD + " on a text of " + article.text().length() + " chars");
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

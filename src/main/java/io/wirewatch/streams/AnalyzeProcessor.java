package io.wirewatch.streams;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.streams.profile.StageProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Raw bytes → one enriched article per article in the message (one for JSON, one per text item of a
 * NewsML-G2 {@code newsMessage}), each keyed by its own id and stamped with its event time ({@code published}).
 * Anything that cannot become articles is thrown as a {@link PoisonMessageException} with the reason, which
 * the dead-letter handler routes; the analyzer itself never throws on text. A message is taken or refused
 * whole: every article is checked before the first is forwarded, so a bad item never leaves its siblings
 * half-delivered beside the dead-letter copy of the message.
 */
final class AnalyzeProcessor implements Processor<String, byte[], String, EnrichedArticle> {
    /** Clocks of wire agencies drift; beyond this an article "from the future" is a data error. */
    static final Duration MAX_FUTURE_SKEW = Duration.ofDays(2);

    private final ArticleParser parser;
    /** The analyzer, charged to the "analysis" stage when the bench profiles the topology. */
    private final Function<Article, EnrichedArticle> analysis;
    private ProcessorContext<String, EnrichedArticle> context;

    /** @param parser enforces {@code wirewatch.max.body.chars}, so an oversized body never reaches analysis */
    AnalyzeProcessor(ArticleParser parser, Analyzer analyzer) {
        this.parser = parser;
        this.analysis = StageProfile.timed("analysis", "analysis", analyzer::analyze);
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        List<Article> articles;
        try {
            articles = parser.parseAll(record.value(), Instant.ofEpochMilli(record.timestamp()));
        } catch (BadInputException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
        // "Now" is the Streams wall clock (the system clock in production; set by tests through
        // TopologyTestDriver), so what counts as the future does not depend on when a test runs.
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        for (Article article : articles) {
            if (article.published().isAfter(now.plus(MAX_FUTURE_SKEW))) {
                throw new PoisonMessageException("published " + article.published() + " lies in the future"
                        + (articles.size() > 1 ? " (item " + article.id() + ")" : ""));
            }
        }
        for (Article article : articles) {
            EnrichedArticle enriched = analysis.apply(article);
            long eventTime = article.published().toEpochMilli();
            // Kafka timestamps cannot be negative: pre-1970 articles keep the record's own timestamp.
            context.forward(record.withKey(article.id()).withValue(enriched)
                    .withTimestamp(eventTime >= 0 ? eventTime : record.timestamp()));
        }
    }
}

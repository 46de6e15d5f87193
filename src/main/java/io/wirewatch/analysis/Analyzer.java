package io.wirewatch.analysis;

import io.wirewatch.claims.ClaimExtractor;
import io.wirewatch.model.Article;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.TopicTag;
import io.wirewatch.tagging.TopicTagger;
import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.HtmlMasker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The one entry point over text understanding: tag topics, extract drone claims. The topology, the
 * {@code analyze} command and the {@code eval} command all call this class, so offline figures are the
 * service's figures. Thread-safe once built; knows nothing of Kafka.
 */
public final class Analyzer {
    private final TopicTagger tagger;
    private final ClaimExtractor extractor;
    private final TopicTagger incidents;
    private final ZoneId zone;

    public Analyzer(TopicTagger tagger, ClaimExtractor extractor, TopicTagger incidents, ZoneId zone) {
        this.tagger = tagger;
        this.extractor = extractor;
        this.incidents = incidents;
        this.zone = zone;
    }

    /**
     * Loads topic rules ({@code topics/}), incident rules ({@code incidents/}), the claim lexicons and the
     * claimant gazetteer from {@code configDir}.
     */
    public static Analyzer load(Path configDir, ZoneId zone) throws IOException {
        return new Analyzer(TopicTagger.load(configDir), ClaimExtractor.load(configDir),
                TopicTagger.loadRules(configDir.resolve("incidents")), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The calendar day, in the configured zone, that the article's claims count for. */
    public LocalDate dayOf(Article article) {
        try {
            return article.published().atZone(zone).toLocalDate();
        } catch (java.time.DateTimeException e) {
            // An instant beyond LocalDate's range: pin it to the end it lies beyond rather than fail.
            return article.published().isBefore(java.time.Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
        }
    }

    /**
     * The spans saying that a ship was hit, sunk, attacked or seized, for the naval-incident alert; empty
     * when the article reports no such incident. For an article this analyzer has just analysed on this thread
     * (the topology's case: the rule runs on the very record {@link #analyze} returned) the answer was found then,
     * from the article's own tokens; any other article is analysed again.
     */
    public List<Evidence> navalIncidentEvidence(EnrichedArticle article) {
        List<Evidence> known = recentIncidents.get().find(article);
        if (known != null) {
            return known;
        }
        String text = article.text();
        return incidentEvidence(text, AnalyzedText.of(HtmlMasker.mask(text)), article.language());
    }

    private List<Evidence> incidentEvidence(String original, AnalyzedText analyzed, String language) {
        return incidents.tag(analyzed, language).stream()
                .filter(t -> t.topic().equals(NAVAL_INCIDENT))
                .flatMap(t -> t.evidence().stream())
                .map(e -> Evidence.of(original, e.start(), e.end()))
                .toList();
    }

    /** The incident rule in {@code config/incidents/*.rules} that makes a naval article an incident. */
    static final String NAVAL_INCIDENT = "naval_incident";

    /**
     * Tags and extracts over the text with HTML masked ({@link HtmlMasker}: same length, markup blanked),
     * then re-reads every evidence text from the original by its offsets — equal lengths make the offsets
     * valid in both — so evidence always quotes {@code article.text()} as received.
     */
    public EnrichedArticle analyze(Article article) {
        String original = article.text();
        String text = HtmlMasker.mask(original);
        String language = article.language();
        AnalyzedText analyzed = AnalyzedText.of(text); // the one pass every rule below reads
        List<TopicTag> topics = tagger.tag(analyzed, language);
        List<DroneClaim> claims = extractor.extractFrom(article.id(), dayOf(article), analyzed, language);
        if (text != original) { // masking changed something: evidence texts may show blanks, not the wire
            topics = topics.stream()
                    .map(t -> new TopicTag(t.topic(), t.score(), t.evidence().stream()
                            .map(e -> fromOriginal(original, e)).toList()))
                    .toList();
            claims = claims.stream().map(c -> withEvidence(c, fromOriginal(original, c.evidence()))).toList();
        }
        EnrichedArticle enriched = EnrichedArticle.of(article, topics, claims);
        if (enriched.hasTopic(NAVAL_EVENTS)) {
            recentIncidents.get().put(enriched, incidentEvidence(original, analyzed, language));
        }
        return enriched;
    }

    /** The topic whose articles the naval-incident rule reads. */
    static final String NAVAL_EVENTS = "naval_events";

    /**
     * Incident evidence of the naval articles this thread analysed last, by identity. Why several: a NewsML-G2
     * message is analysed item by item before the first item moves on through the topology.
     */
    private final ThreadLocal<RecentIncidents> recentIncidents = ThreadLocal.withInitial(RecentIncidents::new);

    private static final class RecentIncidents {
        /** Why 16: more text items than a NewsML-G2 message carries in practice; a miss only costs a re-analysis. */
        private static final int SIZE = 16;
        private final EnrichedArticle[] articles = new EnrichedArticle[SIZE];
        @SuppressWarnings("unchecked")
        private final List<Evidence>[] evidence = new List[SIZE];
        private int next;

        void put(EnrichedArticle article, List<Evidence> found) {
            articles[next] = article;
            evidence[next] = found;
            next = (next + 1) % SIZE;
        }

        List<Evidence> find(EnrichedArticle article) {
            for (int i = 0; i < SIZE; i++) {
                if (articles[i] == article) {
                    return evidence[i];
                }
            }
            return null;
        }
    }

    private static Evidence fromOriginal(String original, Evidence e) {
        return e == null ? null : Evidence.of(original, e.start(), e.end());
    }

    private static DroneClaim withEvidence(DroneClaim c, Evidence e) {
        return new DroneClaim(c.articleId(), c.day(), c.claimant(), c.claimantCountry(), c.attackerCountry(),
                c.launched(), c.destroyed(), c.lost(), c.hit(), c.qualifier(), c.scope(), c.region(), e);
    }
}

package io.wirewatch.streams;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Alert;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code naval_incident}: an article tagged {@code naval_events} that reports a ship hit, sunk, attacked
 * or seized. The language side (which words say so) is the analyzer's; this only builds the alert.
 */
final class NavalIncidentRule {
    private NavalIncidentRule() {
    }

    static Optional<Alert> alert(Analyzer analyzer, EnrichedArticle article) {
        if (!article.hasTopic("naval_events")) {
            return Optional.empty();
        }
        List<Evidence> evidence = analyzer.navalIncidentEvidence(article);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        Instant published = article.published();
        return Optional.of(new Alert(
                AlertIds.of("naval_incident", article.id()),
                "naval_incident", "warning", published.atZone(analyzer.zone()).toLocalDate(), null, "naval_events",
                article.title() == null || article.title().isBlank() ? "Naval incident reported" : article.title(),
                "Ship incident reported (" + evidence.stream().map(Evidence::text).distinct().limit(5)
                        .reduce((a, b) -> a + ", " + b).orElse("") + ")"
                        + (article.source() == null ? "" : " by " + article.source()),
                List.of(article.id()), evidence, published));
    }
}

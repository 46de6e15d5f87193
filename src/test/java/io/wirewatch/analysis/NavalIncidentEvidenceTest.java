package io.wirewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavalIncidentEvidenceTest {
    private static final String TEXT = "Ukrainian sea drones struck a Russian warship in the Black Sea port of "
            + "Novorossiysk overnight, the navy said; the landing ship was hit and badly damaged.";

    @Test
    void shouldGiveTheSameEvidenceForAJustAnalysedArticleAsForOneReadBackFromTheTopic() throws Exception {
        Analyzer analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
        EnrichedArticle analysed = analyzer.analyze(new Article("n1", "test", Instant.parse("2024-09-13T06:00:00Z"),
                "en", "Warship hit in Novorossiysk", TEXT, null));
        EnrichedArticle readBack = EnrichedArticle.of(new Article("n1", "test", analysed.published(), "en",
                analysed.title(), analysed.body(), null), analysed.topics(), analysed.claims());

        List<Evidence> fromTheSamePass = analyzer.navalIncidentEvidence(analysed);

        assertThat(analysed.hasTopic("naval_events")).isTrue();
        assertThat(fromTheSamePass).isNotEmpty().isEqualTo(analyzer.navalIncidentEvidence(readBack));
    }
}

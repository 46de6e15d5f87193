package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyClaimAggregatorTest {
    private static final LocalDate DAY = LocalDate.of(2024, 9, 13);

    private static ClaimReport claim(String article, String source, Integer launched, Integer destroyed,
                                     Qualifier qualifier, Scope scope, String region) {
        return new ClaimReport(new DroneClaim(article, DAY, "ru-mod", "RU", "UA", launched, destroyed, null, null, qualifier,
                scope, region, new Evidence("x", 0, 1)), source);
    }

    private static ClaimReport total(String article, String source, Integer launched, Integer destroyed) {
        return claim(article, source, launched, destroyed, Qualifier.EXACT, Scope.TOTAL, null);
    }

    @Test
    void shouldCountASyndicatedClaimOnceAndRecordItsSources() {
        DailyDroneCount day = DailyClaimAggregator.add(null, total("a1", "tass", null, 99));
        day = DailyClaimAggregator.add(day, total("a2", "afp", null, 99));
        day = DailyClaimAggregator.add(day, total("a3", "reuters", null, 99));

        assertThat(day.destroyed()).isEqualTo(99);
        assertThat(day.claims()).hasSize(1);
        assertThat(day.claims().get(0).articleIds()).containsExactly("a1", "a2", "a3");
        assertThat(day.articles()).isEqualTo(3);
        assertThat(day.sources()).isEqualTo(3);
    }

    @Test
    void shouldListTheFirstCopiesAndCountThemAllWhenMarksAreKeptApart() {
        Corroboration seen = Corroboration.inMemory();
        DailyDroneCount day = null;
        for (int i = 0; i < 30; i++) {
            day = DailyClaimAggregator.add(day, total("a" + i, "outlet" + i % 25, null, 99), seen);
        }
        DailyDroneCount again = DailyClaimAggregator.add(day, total("a27", "outlet2", null, 99), seen);

        assertThat(day.claims().get(0).articleIds()).hasSize(io.wirewatch.model.LedgerClaim.ARTICLE_IDS_KEPT).startsWith("a0");
        assertThat(day.claims().get(0).articleCount()).isEqualTo(30);
        assertThat(day.claims().get(0).sourceCount()).isEqualTo(25);
        assertThat(day.articles()).isEqualTo(30);
        assertThat(day.sources()).isEqualTo(25);
        assertThat(again).as("a redelivered copy beyond the list").isEqualTo(day);
    }

    @Test
    void shouldAddDistinctStatementsOfOneClaimantOnOneDay() {
        DailyDroneCount day = DailyClaimAggregator.add(null, total("a1", "tass", null, 99));
        day = DailyClaimAggregator.add(day, total("a2", "tass", null, 30));

        assertThat(day.destroyed()).isEqualTo(129);
        assertThat(day.claims()).hasSize(2);
    }

    @Test
    void shouldMergeAnApproximateFigureIntoTheExactOneWhicheverComesFirst() {
        ClaimReport about100 = claim("a1", "afp", null, 100, Qualifier.APPROXIMATE, Scope.TOTAL, null);
        ClaimReport exact99 = total("a2", "tass", null, 99);

        DailyDroneCount approxFirst = DailyClaimAggregator.add(DailyClaimAggregator.add(null, about100), exact99);
        DailyDroneCount exactFirst = DailyClaimAggregator.add(DailyClaimAggregator.add(null, exact99), about100);

        assertThat(approxFirst.destroyed()).isEqualTo(99);
        assertThat(exactFirst.destroyed()).isEqualTo(99);
        assertThat(approxFirst.claims().get(0).qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(approxFirst.claims()).hasSize(1);
    }

    @Test
    void shouldKeepAnApproximateFigureFarFromTheExactOneAsADistinctClaim() {
        DailyDroneCount day = DailyClaimAggregator.add(null, total("a1", "tass", null, 99));
        day = DailyClaimAggregator.add(day, claim("a2", "afp", null, 50, Qualifier.APPROXIMATE, Scope.TOTAL, null));

        assertThat(day.destroyed()).isEqualTo(149);
    }

    @Test
    void shouldKeepRegionalBreakdownsOutOfTheTotal() {
        DailyDroneCount day = DailyClaimAggregator.add(null, total("a1", "tass", null, 99));
        day = DailyClaimAggregator.add(day, claim("a1", "tass", null, 36, Qualifier.EXACT, Scope.REGION, "Bryansk"));
        day = DailyClaimAggregator.add(day, claim("a1", "tass", null, 21, Qualifier.EXACT, Scope.REGION, "Smolensk"));

        assertThat(day.destroyed()).isEqualTo(99);
        assertThat(day.regions()).extracting(DroneClaim::region).containsExactly("Bryansk", "Smolensk");
    }

    @Test
    void shouldIgnoreCumulativeFigures() {
        DailyDroneCount day = DailyClaimAggregator.add(null, total("a1", "tass", null, 99));
        DailyDroneCount after = DailyClaimAggregator.add(day,
                claim("a2", "tass", null, 25000, Qualifier.EXACT, Scope.CUMULATIVE, null));

        assertThat(after).isEqualTo(day);
    }

    @Test
    void shouldChangeNothingWhenTheSameArticleArrivesTwice() {
        DailyDroneCount once = DailyClaimAggregator.add(null, total("a1", "tass", 83, 78));
        DailyDroneCount twice = DailyClaimAggregator.add(once, total("a1", "tass", 83, 78));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void shouldTreatACopyThatDropsTheLaunchedFigureAsTheSameClaim() {
        DailyDroneCount day = DailyClaimAggregator.add(null, total("a1", "ukrinform", 83, 78));
        day = DailyClaimAggregator.add(day, total("a2", "afp", null, 78));

        assertThat(day.launched()).isEqualTo(83);
        assertThat(day.destroyed()).isEqualTo(78);
        assertThat(day.claims()).hasSize(1);
    }
}

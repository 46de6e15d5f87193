package io.wirewatch.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance example: the seed page (Arabic, 2024-09-13) read from the shared directory at test time; its
 * text is never copied into the repository.
 */
class SeedAcceptanceTest {
    private static List<DroneClaim> claims;
    private static String text;

    @BeforeAll
    static void extractSeed() throws IOException {
        Path dir = SharedData.dir();
        Path seed = dir == null ? null : dir.resolve("seed/000_2329f2d9bf21e903.txt");
        assumeThat(seed != null && Files.exists(seed)).as("shared seed page available").isTrue();
        text = Files.readString(seed, StandardCharsets.UTF_8);
        claims = ClaimExtractor.load(Path.of("config")).extract("seed-000", LocalDate.of(2024, 9, 13), text, "ar");
    }

    private static List<DroneClaim> totals() {
        return claims.stream().filter(c -> c.scope() == Scope.TOTAL).toList();
    }

    @Test
    void shouldFindUkrainianAirForceLaunchedAndDestroyedAsOneClaim() {
        List<DroneClaim> ua = totals().stream().filter(c -> c.claimant().equals("ua-air-force")).toList();
        assertThat(ua).hasSize(1);
        assertThat(ua.get(0).launched()).isEqualTo(83);
        assertThat(ua.get(0).destroyed()).isEqualTo(78);
        assertThat(ua.get(0).qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(ua.get(0).attackerCountry()).isEqualTo("RU");
    }

    @Test
    void shouldMergeRussianApproximateHundredIntoExactNinetyNine() {
        List<DroneClaim> ru = totals().stream().filter(c -> c.claimant().equals("ru-mod")).toList();
        assertThat(ru).hasSize(1);
        assertThat(ru.get(0).destroyed()).isEqualTo(99);
        assertThat(ru.get(0).launched()).isNull();
        assertThat(ru.get(0).qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void shouldKeepRegionalBreakdownAsRegionScope() {
        List<Integer> regional = claims.stream().filter(c -> c.scope() == Scope.REGION && c.claimant().equals("ru-mod"))
                .map(DroneClaim::destroyed).toList();
        assertThat(regional).containsExactly(36, 21, 10, 9, 4, 2, 1);
        assertThat(claims.stream().filter(c -> c.scope() == Scope.REGION))
                .allSatisfy(c -> assertThat(c.region()).isNotBlank());
    }

    @Test
    void shouldKeepTheGovernorsLeningradFigureAsARegionalPartOfTheMinistrysTotal() {
        List<DroneClaim> gov = claims.stream().filter(c -> c.claimant().equals("ru-governor")).toList();
        assertThat(gov).hasSize(1);
        assertThat(gov.get(0).scope()).isEqualTo(Scope.REGION);
        assertThat(gov.get(0).destroyed()).isEqualTo(10);
        assertThat(gov.get(0).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void shouldFindNothingElse() {
        assertThat(totals()).extracting(DroneClaim::claimant)
                .containsExactlyInAnyOrder("ua-air-force", "ru-mod");
        assertThat(claims).noneMatch(c -> Integer.valueOf(150).equals(c.launched())
                || Integer.valueOf(150).equals(c.destroyed()) || Integer.valueOf(15000).equals(c.launched()));
    }

    @Test
    void shouldPointEveryEvidenceIntoTheText() {
        assertThat(claims).allSatisfy(c -> assertThat(text.substring(c.evidence().start(), c.evidence().end()))
                .isEqualTo(c.evidence().text()));
    }
}

package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimConflictDetectorTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final Instant T = Instant.parse("2025-06-01T09:00:00Z");
    private final ClaimConflictDetector detector = new ClaimConflictDetector();

    private static DroneClaim claim(String article, String claimant, String country, Integer launched, Integer destroyed) {
        return new DroneClaim(article, DAY, claimant, country, "UA", launched, destroyed, null, null, Qualifier.EXACT,
                Scope.TOTAL, null, new Evidence(claimant + " said", 0, claimant.length() + 5));
    }

    @Test
    void shouldFireWhenTheDefenderDestroyedMoreThanTheAttackerLaunched() {
        Stepped<ConflictState> first = detector.add(null, claim("a1", "ua-general-staff", "UA", 50, null), T);
        Stepped<ConflictState> second = detector.add(first.state(), claim("a2", "ru-mod", "RU", null, 120), T);

        assertThat(first.alert()).isEmpty();
        assertThat(second.alert()).isPresent();
        assertThat(second.alert().get().articleIds()).containsExactly("a1", "a2");
        assertThat(second.alert().get().evidence()).hasSize(2);
    }

    @Test
    void shouldStayQuietWhenTheFiguresAreCompatible() {
        Stepped<ConflictState> first = detector.add(null, claim("a1", "ua-general-staff", "UA", 150, null), T);
        Stepped<ConflictState> second = detector.add(first.state(), claim("a2", "ru-mod", "RU", null, 120), T);

        assertThat(second.alert()).isEmpty();
    }

    @Test
    void shouldFireOncePerAttackerAndDay() {
        Stepped<ConflictState> s = detector.add(null, claim("a1", "ua-general-staff", "UA", 50, null), T);
        s = detector.add(s.state(), claim("a2", "ru-mod", "RU", null, 120), T);
        Stepped<ConflictState> again = detector.add(s.state(), claim("a3", "ru-mod", "RU", null, 130), T);

        assertThat(again.alert()).isEmpty();
    }
}

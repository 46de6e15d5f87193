package io.wirewatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyRangeTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-02-10");

    @Test
    void shouldDefaultToLastThirtyDays() throws BadRequestException {
        DailyRange r = DailyRange.parse(Map.of(), TODAY);
        assertThat(r.from()).isEqualTo("2026-01-12");
        assertThat(r.to()).isEqualTo(TODAY);
    }

    @Test
    void shouldReadExplicitRangeAndFilters() throws BadRequestException {
        DailyRange r = DailyRange.parse(Map.of("from", "2026-01-01", "to", "2026-01-31",
                "claimant", "ua-air-force", "country", "ua"), TODAY);
        assertThat(r).isEqualTo(new DailyRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"),
                "ua-air-force", "UA"));
    }

    @Test
    void shouldRejectMalformedDate() {
        assertThatThrownBy(() -> DailyRange.parse(Map.of("from", "01/02/2026"), TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("'from' must be a date");
    }

    @Test
    void shouldRejectImpossibleDate() {
        assertThatThrownBy(() -> DailyRange.parse(Map.of("to", "2026-02-30"), TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("'to' must be a date");
    }

    @Test
    void shouldRejectFromAfterTo() {
        assertThatThrownBy(() -> DailyRange.parse(Map.of("from", "2026-02-01", "to", "2026-01-01"), TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("is after");
    }

    @Test
    void shouldRejectRangeOverCap() {
        assertThatThrownBy(() -> DailyRange.parse(Map.of("from", "2000-01-01", "to", "2026-01-01"), TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("exceeds the maximum of 3660");
    }

    @Test
    void shouldRejectCountryThatIsNotAlpha2() {
        assertThatThrownBy(() -> DailyRange.parse(Map.of("country", "UKR"), TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("alpha-2");
    }

    @Test
    void shouldDefaultLimitToFifty() throws BadRequestException {
        assertThat(DailyRange.limit(Map.of())).isEqualTo(50);
    }

    @Test
    void shouldRejectLimitOverThousand() {
        assertThatThrownBy(() -> DailyRange.limit(Map.of("limit", "1001")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("between 1 and 1000");
    }

    @Test
    void shouldRejectNonNumericLimit() {
        assertThatThrownBy(() -> DailyRange.limit(Map.of("limit", "ten")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("must be an integer");
    }
}

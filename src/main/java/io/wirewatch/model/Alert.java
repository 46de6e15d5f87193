package io.wirewatch.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code news.alerts} value. {@code id} is derived from the condition (type and its key), so the
 * same condition always yields the same id.
 *
 * @param severity {@code info}, {@code warning} or {@code critical}
 */
public record Alert(
        String id,
        String type,
        String severity,
        LocalDate day,
        String claimant,
        String topic,
        String title,
        String message,
        List<String> articleIds,
        List<Evidence> evidence,
        Instant created) {

    public Alert {
        articleIds = List.copyOf(articleIds);
        evidence = List.copyOf(evidence);
    }
}

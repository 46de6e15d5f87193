package io.wirewatch.claims;

import io.wirewatch.model.DroneClaim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Extracts drone-count claims from a text. (Stub: to be replaced.) */
public final class ClaimExtractor {
    public static ClaimExtractor load(Path configDir) {
        return new ClaimExtractor();
    }

    public List<DroneClaim> extract(String articleId, LocalDate day, String text, String language) {
        return List.of();
    }
}

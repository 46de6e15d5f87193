package io.wirewatch.claims;

import java.nio.file.Path;

/**
 * Locates the shared data directory (seed page, corpus), which is not part of the repository: system property
 * {@code wirewatch.shared}, else environment {@code WIREWATCH_SHARED}, else {@code ../shared}, else
 * {@code /work/shared}. Returns null when none exists, so tests can skip.
 */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        return io.wirewatch.testing.SharedDir.locate().orElse(null);
    }
}

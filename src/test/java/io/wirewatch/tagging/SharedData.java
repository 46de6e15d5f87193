package io.wirewatch.tagging;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * Finds the shared, copyrighted evaluation data at test time (it must never be copied into the repo):
 * system property {@code wirewatch.shared}, else env {@code WIREWATCH_SHARED}, else {@code ../shared},
 * else {@code /work/shared}. Tests needing it are skipped when none exists.
 */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        var dir = io.wirewatch.testing.SharedDir.locate();
        assumeTrue(dir.isPresent(), "shared evaluation data not found; set -Dwirewatch.shared");
        return dir.get();
    }
}

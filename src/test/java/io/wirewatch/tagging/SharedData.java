package io.wirewatch.tagging;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
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
        String property = System.getProperty("wirewatch.shared");
        String env = System.getenv("WIREWATCH_SHARED");
        for (String candidate : new String[] {property, env, "../shared", "/work/shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "corpus"))) {
                return Path.of(candidate);
            }
        }
        assumeTrue(false, "shared evaluation data not found; set -Dwirewatch.shared");
        throw new IllegalStateException("unreachable");
    }
}

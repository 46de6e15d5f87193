package io.wirewatch.claims;

import java.nio.file.Files;
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
        String prop = System.getProperty("wirewatch.shared");
        if (prop != null && !prop.isBlank()) {
            return existing(Path.of(prop));
        }
        String env = System.getenv("WIREWATCH_SHARED");
        if (env != null && !env.isBlank()) {
            return existing(Path.of(env));
        }
        Path sibling = existing(Path.of("..", "shared"));
        return sibling != null ? sibling : existing(Path.of("/work/shared"));
    }

    private static Path existing(Path p) {
        return Files.isDirectory(p) ? p : null;
    }
}

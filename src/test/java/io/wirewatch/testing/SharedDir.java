package io.wirewatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared, copyrighted evaluation data (seed page, corpus) lives at test time. It is never part of
 * the repository. Candidates in order: system property {@code wirewatch.shared}, env {@code WIREWATCH_SHARED},
 * {@code ../shared} from the working directory, {@code /work/shared}. The first one that is set decides;
 * it counts only if it holds {@code corpus/}. Tests that need it skip when it is absent.
 */
public final class SharedDir {
    private SharedDir() {
    }

    public static Optional<Path> locate() {
        String prop = System.getProperty("wirewatch.shared");
        if (prop != null && !prop.isBlank()) {
            return usable(Path.of(prop));
        }
        String env = System.getenv("WIREWATCH_SHARED");
        if (env != null && !env.isBlank()) {
            return usable(Path.of(env));
        }
        Optional<Path> sibling = usable(Path.of("..", "shared"));
        return sibling.isPresent() ? sibling : usable(Path.of("/work/shared"));
    }

    private static Optional<Path> usable(Path p) {
        return Files.isDirectory(p.resolve("corpus")) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
    }
}

package io.wirewatch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared evaluation data lives, for tests: system property {@code wirewatch.shared}, else env
 * {@code WIREWATCH_SHARED}, else {@code ../shared} from the working dir, else {@code /work/shared}. The
 * first candidate that is set wins; it must hold {@code corpus/} to count.
 */
final class SharedDirs {
    private SharedDirs() {
    }

    static Optional<Path> locate() {
        return io.wirewatch.testing.SharedDir.locate();
    }

    /**
     * The build points {@code java.io.tmpdir} at {@code target/tmp}, which nothing creates; {@code @TempDir}
     * fails without it. Call from a {@code @BeforeAll} of any test that uses {@code @TempDir}.
     */
    static void ensureTmpDir() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

}

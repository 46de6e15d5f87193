package io.wirewatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh directories under {@code target/} for tests. The build points {@code java.io.tmpdir} at
 * {@code target/tmp}, which nothing else creates: this creates it, so RocksDB and friends can unpack there.
 */
public final class TestDirs {
    private TestDirs() {
    }

    public static Path newDir(String prefix) {
        try {
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            return Files.createTempDirectory(tmp, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

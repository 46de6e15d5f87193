package io.wirewatch.reference;

import java.nio.file.Path;

/** A reference file that cannot be used as it is: the message names the file and, where there is one, the line. */
public final class ReferenceFileException extends Exception {
    private final transient Path file;
    private final long line;

    public ReferenceFileException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the file (the header is line 1), or 0 when the problem is the whole file. */
    public long line() {
        return line;
    }
}

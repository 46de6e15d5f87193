package io.wirewatch.ingest;

/** A wire message that cannot become an {@code Article}; the message is the reason given to the sender. */
public class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

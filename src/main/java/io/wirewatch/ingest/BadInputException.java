package io.wirewatch.ingest;

/**
 * A message that cannot become an {@code Article}, with a reason a person can act on
 * ("missing required field 'body'"). The reason never contains the payload beyond a short excerpt.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}

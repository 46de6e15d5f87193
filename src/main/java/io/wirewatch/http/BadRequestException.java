package io.wirewatch.http;

/** A request the API refuses with 400; the message goes back to the caller. */
public final class BadRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}

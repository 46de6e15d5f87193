package io.wirewatch.claims;

/** A claims configuration file is missing or wrong; the message names the file and line. */
public final class ClaimConfigException extends RuntimeException {
    public ClaimConfigException(String message) {
        super(message);
    }

    public ClaimConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

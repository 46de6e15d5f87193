package io.wirewatch.streams;

/**
 * A message the topology refuses, with the reason that goes into the dead-letter record. Thrown inside a
 * processor; {@link DeadLetterHandler} routes the original bytes to the dead-letter topic and processing
 * continues with the next record.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public PoisonMessageException(String reason) {
        super(reason);
    }
}

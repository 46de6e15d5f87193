package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a reference window and a ledger claim of the same day compare. */
public enum ReconcileStatus {
    /** Every figure both state is equal. */
    MATCH,
    /** Paired, and every figure both state is within {@code wirewatch.reconcile.tolerance} of the reference. */
    WITHIN_TOLERANCE,
    /** Paired, and some figure differs by more than the tolerance: raises {@code reconcile_mismatch}. */
    MISMATCH,
    /** A reference window no ledger claim of its day was paired with. */
    ONLY_REFERENCE,
    /** A ledger claim no reference window of its day was paired with. */
    ONLY_LEDGER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

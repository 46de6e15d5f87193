package io.wirewatch.streams;

import io.wirewatch.model.DroneClaim;

/**
 * A claim on its way to the daily ledger, with the outlet that carried it: the ledger counts a claim once
 * however many outlets syndicate it, but records who corroborated it.
 */
public record ClaimReport(DroneClaim claim, String source) {
}

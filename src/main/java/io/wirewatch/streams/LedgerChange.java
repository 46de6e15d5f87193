package io.wirewatch.streams;

import io.wirewatch.model.DailyDroneCount;
import java.time.Instant;

/** A daily ledger before and after one claim (only emitted when they differ), at the claim's event time. */
record LedgerChange(DailyDroneCount before, DailyDroneCount after, Instant eventTime) {
}

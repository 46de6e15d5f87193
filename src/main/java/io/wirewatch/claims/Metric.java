package io.wirewatch.claims;

/** Which slot of a {@link io.wirewatch.model.DroneClaim} a figure fills. */
enum Metric { LAUNCHED, DESTROYED }

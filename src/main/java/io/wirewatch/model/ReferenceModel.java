package io.wirewatch.model;

/**
 * One weapon model's figures inside a reference window, as the dataset's row states them.
 *
 * @param launched  the row's {@code launched}, or null when empty or {@code NaN}
 * @param destroyed the row's {@code destroyed}, or null when empty or {@code NaN}
 */
public record ReferenceModel(String model, Integer launched, Integer destroyed) {
}

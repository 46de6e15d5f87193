package io.wirewatch.claims;

/**
 * One entry of the claimant gazetteer.
 *
 * @param id              stable id used in claims and ledger keys ({@code ua-air-force})
 * @param country         ISO 3166 alpha-2 of the claimant
 * @param defaultAttacker ISO 3166 alpha-2 assumed to have launched the drones when the text does not say, or null
 */
record Claimant(String id, String country, String defaultAttacker) {
}

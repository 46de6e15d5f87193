package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a figure covers. Only {@link #TOTAL} figures add up to a claimant's daily total:
 * a {@link #REGION} figure is part of a total stated elsewhere and a {@link #CUMULATIVE} one spans many days.
 */
public enum Scope {
    TOTAL, REGION, CUMULATIVE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

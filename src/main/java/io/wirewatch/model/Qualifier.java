package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact a stated figure is. */
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

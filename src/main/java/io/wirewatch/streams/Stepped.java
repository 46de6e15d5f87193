package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import java.util.Optional;

/** The next state of a per-key detector and the alert, if any, that the step raised. */
record Stepped<S>(S state, Optional<Alert> alert) {
    static <S> Stepped<S> quiet(S state) {
        return new Stepped<>(state, Optional.empty());
    }

    static <S> Stepped<S> firing(S state, Alert alert) {
        return new Stepped<>(state, Optional.of(alert));
    }
}

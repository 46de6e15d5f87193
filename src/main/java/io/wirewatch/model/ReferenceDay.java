package io.wirewatch.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every reference window of one day, sorted by key: the reference side of the reconciliation. */
public record ReferenceDay(LocalDate day, List<ReferenceWindow> windows) {
    public ReferenceDay {
        windows = windows.stream().sorted(Comparator.comparing(ReferenceWindow::key)).toList();
    }

    public static ReferenceDay empty() {
        return new ReferenceDay(null, List.of());
    }

    /** This day with {@code w} added, or replacing the window of the same key. */
    public ReferenceDay with(ReferenceWindow w) {
        List<ReferenceWindow> out = new ArrayList<>(without(w.key()).windows());
        out.add(w);
        return new ReferenceDay(w.day(), out);
    }

    /** This day without the window of {@code key}. */
    public ReferenceDay without(String key) {
        return new ReferenceDay(day, windows.stream().filter(x -> !x.key().equals(key)).toList());
    }
}

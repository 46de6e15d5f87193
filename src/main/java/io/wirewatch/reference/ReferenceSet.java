package io.wirewatch.reference;

import io.wirewatch.model.ReferenceWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one attacks file gives: its drone windows, and an account of every row left out.
 *
 * @param rows            data rows read (header not counted)
 * @param droneRows       rows of drone models, summed into {@link #windows}
 * @param leftOut         rows of other categories (missiles, guided bombs), by category
 * @param unknownModels   rows whose model the weapon table does not know, by model (left out too)
 * @param windowEnds      each window's end as an instant, by key: the record timestamp it is sent with
 */
public record ReferenceSet(
        Path file,
        int rows,
        int droneRows,
        List<ReferenceWindow> windows,
        Map<String, Integer> leftOut,
        Map<String, Integer> unknownModels,
        Map<String, Instant> windowEnds) {

    public ReferenceSet {
        windows = List.copyOf(windows);
        leftOut = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(leftOut));
        unknownModels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unknownModels));
        windowEnds = Map.copyOf(windowEnds);
    }

    public int leftOutRows() {
        return leftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int unknownRows() {
        return unknownModels.values().stream().mapToInt(Integer::intValue).sum();
    }
}

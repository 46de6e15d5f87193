package io.wirewatch.cli;

import io.wirewatch.reference.ModelCategories;
import io.wirewatch.reference.ReferenceFileException;
import io.wirewatch.reference.ReferenceSet;
import io.wirewatch.reference.ReferenceWindows;
import io.wirewatch.streams.TopologySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code reference load} and {@code reconcile} share: reading the attacks file with its weapon table. */
final class ReferenceFiles {
    /** The weapon table's name in the dataset, looked for beside the attacks file when {@code --models} is not given. */
    static final String MODELS_FILE = "missiles_and_uavs.csv";

    private ReferenceFiles() {
    }

    static ReferenceSet read(Path attacks, Path models, TopologySettings settings) throws ReferenceFileException {
        if (!Files.isRegularFile(attacks)) {
            throw new ReferenceFileException(attacks, 0, "no such file");
        }
        Path table = models != null ? models : attacks.toAbsolutePath().resolveSibling(MODELS_FILE);
        if (!Files.isRegularFile(table)) {
            throw new ReferenceFileException(table, 0, models != null ? "no such file"
                    : "no weapon table beside the attacks file; name it with --models FILE");
        }
        return ReferenceWindows.read(attacks, ModelCategories.read(table), settings.referenceZone(), settings.zone());
    }

    /** One line saying what was kept and what was left out, and why. */
    static String summary(ReferenceSet set) {
        StringBuilder sb = new StringBuilder();
        sb.append(set.file()).append(": ").append(set.rows()).append(" rows; ").append(set.droneRows())
                .append(" drone rows in ").append(set.windows().size()).append(" windows");
        sb.append("; left out: ").append(set.leftOutRows()).append(" missile and bomb rows");
        if (!set.leftOut().isEmpty()) {
            sb.append(" (").append(counts(set.leftOut())).append(")");
        }
        if (!set.unknownModels().isEmpty()) {
            sb.append(", ").append(set.unknownRows()).append(" rows of models the weapon table does not know (")
                    .append(counts(set.unknownModels())).append(")");
        }
        return sb.toString();
    }

    private static String counts(Map<String, Integer> byName) {
        return byName.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}

package io.wirewatch.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dataset's weapon table ({@code missiles_and_uavs.csv}: {@code model → category}), answering whether a
 * row's model is a drone. Category {@code UAV} is a drone; every other category (cruise, ballistic,
 * surface-to-air missiles, guided bombs) is not.
 *
 * <p>A model the table does not list is looked up part by part when its name joins models with
 * {@code " and "} (the dataset writes {@code "Iskander-M and Iskander-K"} for one row of both): all parts
 * drones → a drone, no part a drone → not one; anything else (a mixed or unknown part) is {@link Kind#UNKNOWN},
 * left out of the reference and reported by the loader.
 */
public final class ModelCategories {
    /** What a row of the attacks file counts as. */
    public enum Kind { DRONE, MISSILE, UNKNOWN }

    static final String UAV = "uav";
    private final Map<String, String> categoryByModel;

    ModelCategories(Map<String, String> categoryByModel) {
        this.categoryByModel = Map.copyOf(categoryByModel);
    }

    public static ModelCategories read(Path file) throws ReferenceFileException {
        CsvTable table = CsvTable.read(file, List.of("model", "category"));
        Map<String, String> map = new HashMap<>();
        for (CsvTable.Row r : table.rows()) {
            String model = table.cell(r, "model");
            String category = table.cell(r, "category");
            if (model.isEmpty() || category.isEmpty()) {
                throw new ReferenceFileException(file, r.line(), "model and category must not be empty");
            }
            map.put(model, category);
        }
        return new ModelCategories(map);
    }

    /** The category the table gives {@code model} (e.g. {@code cruise missile}), or null when it is not listed. */
    public String category(String model) {
        return categoryByModel.get(model);
    }

    public Kind kind(String model) {
        String category = categoryByModel.get(model);
        if (category != null) {
            return isUav(category) ? Kind.DRONE : Kind.MISSILE;
        }
        String[] parts = model.split(" and ");
        if (parts.length < 2) {
            return Kind.UNKNOWN;
        }
        int drones = 0;
        for (String part : parts) {
            String c = categoryByModel.get(part.strip());
            if (c == null) {
                return Kind.UNKNOWN;
            }
            drones += isUav(c) ? 1 : 0;
        }
        return drones == parts.length ? Kind.DRONE : drones == 0 ? Kind.MISSILE : Kind.UNKNOWN;
    }

    private static boolean isUav(String category) {
        return category.strip().toLowerCase(Locale.ROOT).equals(UAV);
    }
}

package io.wirewatch.streams;

import java.time.Duration;
import java.util.Map;

/** Alert rule thresholds, from the {@code wirewatch.alert.*} keys (see {@code config/alerts.properties}). */
public record AlertSettings(
        int massAttackThreshold,
        int dailyThreshold,
        double spikeFactor,
        int spikeMinCount,
        int spikeBaselineHours,
        Duration coolDown) {

    public static AlertSettings from(Map<String, String> app) {
        return new AlertSettings(
                Integer.parseInt(TopologySettings.get(app, "alert.mass-attack.threshold", "100")),
                Integer.parseInt(TopologySettings.get(app, "alert.daily.threshold", "300")),
                Double.parseDouble(TopologySettings.get(app, "alert.spike.factor", "3.0")),
                Integer.parseInt(TopologySettings.get(app, "alert.spike.min-count", "5")),
                Integer.parseInt(TopologySettings.get(app, "alert.spike.baseline-hours", "24")),
                TopologySettings.duration(app, "alert.cooldown", Duration.ofHours(6)));
    }
}

package io.wirewatch.reference;

import io.wirewatch.model.ReferenceModel;
import io.wirewatch.model.ReferenceWindow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the attacks file ({@code missile_attacks_daily.csv}: one row per weapon model per attack window) into
 * drone windows. The whole file is checked before anything is returned, so a caller never sends half a file.
 *
 * <p>Rules:
 * <ol>
 *   <li>Columns {@code time_start, time_end, model, launched, destroyed, source} are required (others ignored).</li>
 *   <li>A figure may be empty or {@code NaN} (the row does not state it) or a whole non-negative number, also
 *       written {@code 138.0}; anything else is an error naming the file and line.</li>
 *   <li>Only drone rows ({@link ModelCategories.Kind#DRONE}) are kept; missiles and unknown models are counted,
 *       by category and by model, and left out.</li>
 *   <li>A window is one report's period: {@code (time_start, time_end, reporter)}, the reporter being the channel
 *       of {@code source} ({@code kpszsu}: the Air Force's national report; {@code PvKPivden} ...: a regional
 *       command's, which the national report does not add to). Every drone row of a window is summed,
 *       whatever its model: the Air Force states one drone total per report (Shahed-type and decoys, other UAVs
 *       alike), and that total is what the wires quote.</li>
 *   <li>A window's day is the calendar day of its end in {@code wirewatch.day.zone}: the morning report covers
 *       the night that ends that morning, and the story quoting it is published — so dated in the ledger — that
 *       same morning. A bare date (a daytime report) is its own day.</li>
 * </ol>
 */
public final class ReferenceWindows {
    static final List<String> REQUIRED = List.of("time_start", "time_end", "model", "launched", "destroyed", "source");
    static final String UNKNOWN_REPORTER = "unknown";

    private ReferenceWindows() {
    }

    public static ReferenceSet read(Path file, ModelCategories models, ZoneId reportZone, ZoneId dayZone)
            throws ReferenceFileException {
        CsvTable table = CsvTable.read(file, REQUIRED);
        Map<String, Builder> windows = new TreeMap<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        Map<String, Integer> unknown = new TreeMap<>();
        int droneRows = 0;
        for (CsvTable.Row row : table.rows()) {
            WindowTime start = time(table, row, "time_start");
            WindowTime end = time(table, row, "time_end");
            if (start.isAfter(end)) {
                throw new ReferenceFileException(file, row.line(), "time_end " + end.normalised()
                        + " is before time_start " + start.normalised());
            }
            String model = table.cell(row, "model");
            if (model.isEmpty()) {
                throw new ReferenceFileException(file, row.line(), "empty model");
            }
            Integer launched = figure(table, row, "launched");
            Integer destroyed = figure(table, row, "destroyed");
            String source = table.cell(row, "source");
            switch (models.kind(model)) {
                case MISSILE -> leftOut.merge(categoryOf(models, model), 1, Integer::sum);
                case UNKNOWN -> unknown.merge(model, 1, Integer::sum);
                case DRONE -> {
                    droneRows++;
                    String reporter = reporter(source);
                    String key = ReferenceWindow.key(start.normalised(), end.normalised(), reporter);
                    windows.computeIfAbsent(key, k -> new Builder(k, start, end, reporter))
                            .add(new ReferenceModel(model, launched, destroyed), source);
                }
            }
        }
        List<ReferenceWindow> out = new ArrayList<>();
        Map<String, java.time.Instant> ends = new LinkedHashMap<>();
        for (Builder b : windows.values()) {
            out.add(b.build(b.end.dayIn(reportZone, dayZone)));
            ends.put(b.key, b.end.instant(reportZone, dayZone));
        }
        return new ReferenceSet(file, table.rows().size(), droneRows, out, leftOut, unknown, ends);
    }

    private static String categoryOf(ModelCategories models, String model) {
        String c = models.category(model);
        return c != null ? c : "mixed missiles";
    }

    private static WindowTime time(CsvTable table, CsvTable.Row row, String column) throws ReferenceFileException {
        String text = table.cell(row, column);
        WindowTime t = WindowTime.parse(text);
        if (t == null) {
            throw new ReferenceFileException(table.file(), row.line(), column + " '" + shorten(text)
                    + "' is not a date like 2026-01-26 or a time like 2026-01-26 08:00");
        }
        return t;
    }

    /** Null for an empty or {@code NaN} cell; else a whole number ≥ 0. */
    static Integer figure(CsvTable table, CsvTable.Row row, String column) throws ReferenceFileException {
        String text = table.cell(row, column);
        if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text);
            if (d.signum() < 0) {
                throw new ReferenceFileException(table.file(), row.line(), column + " is negative: " + text);
            }
            return d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ReferenceFileException(table.file(), row.line(), column + " '" + shorten(text)
                    + "' is not a whole number (nor empty, nor NaN)");
        }
    }

    /**
     * The channel a {@code source} names: {@code kpszsu/posts/pfbid…} and {@code https://t.me/kpszsu/44624} are
     * both {@code kpszsu}.
     */
    static String reporter(String source) {
        String s = source.strip();
        s = s.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)(www\\.)?(t\\.me|facebook\\.com)/", "");
        int slash = s.indexOf('/');
        String channel = slash < 0 ? s : s.substring(0, slash);
        return channel.isEmpty() ? UNKNOWN_REPORTER : channel;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static final class Builder {
        final String key;
        final WindowTime start;
        final WindowTime end;
        final String reporter;
        final List<ReferenceModel> models = new ArrayList<>();
        final Set<String> sources = new LinkedHashSet<>();

        Builder(String key, WindowTime start, WindowTime end, String reporter) {
            this.key = key;
            this.start = start;
            this.end = end;
            this.reporter = reporter;
        }

        void add(ReferenceModel m, String source) {
            models.add(m);
            if (!source.isEmpty()) {
                sources.add(source);
            }
        }

        ReferenceWindow build(LocalDate day) {
            return new ReferenceWindow(key, day, start.normalised(), end.normalised(), reporter,
                    sum(models, true), sum(models, false), models, List.copyOf(sources));
        }

        private static Integer sum(List<ReferenceModel> models, boolean launched) {
            Integer total = null;
            for (ReferenceModel m : models) {
                Integer v = launched ? m.launched() : m.destroyed();
                if (v != null) {
                    total = total == null ? v : total + v;
                }
            }
            return total;
        }
    }
}

package io.wirewatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code news.reference} value: the drones of one attack window as one report of the curated dataset
 * states them (every drone model of that report summed), keyed {@link #key()}.
 *
 * @param key       {@code uav|<start>|<end>|<reporter>}: the same window of the same report always has the same
 *                  key, so reloading a file changes nothing and a corrected row replaces the old value
 * @param day       the day the window counts for: the calendar day of its end in {@code wirewatch.day.zone}
 *                  (see {@code reference.ReferenceWindows})
 * @param start     the window's start as the dataset writes it, normalised to {@code yyyy-MM-dd HH:mm} or
 *                  {@code yyyy-MM-dd}
 * @param end       the window's end, normalised the same way
 * @param reporter  who published the report: the channel of the row's {@code source} ({@code kpszsu} is the
 *                  Air Force's own national report; {@code PvKPivden}, {@code pvkshid}, ... its regional commands)
 * @param launched  sum of the models' launched figures that are stated, or null when none is
 * @param destroyed sum of the models' destroyed figures that are stated, or null when none is
 * @param models    the drone models of the window, in file order
 * @param sources   the distinct {@code source} values (report post ids) of its rows
 */
public record ReferenceWindow(
        String key,
        LocalDate day,
        String start,
        String end,
        String reporter,
        Integer launched,
        Integer destroyed,
        List<ReferenceModel> models,
        List<String> sources) {

    /** The category prefix of every drone window's key. */
    public static final String DRONES = "uav";

    public ReferenceWindow {
        models = List.copyOf(models);
        sources = List.copyOf(sources);
    }

    public static String key(String start, String end, String reporter) {
        return DRONES + "|" + start + "|" + end + "|" + reporter;
    }
}

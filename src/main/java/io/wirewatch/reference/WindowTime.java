package io.wirewatch.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window bound as the dataset writes it: a day ({@code 2026-01-26}, a daytime report of that day) or a
 * local time ({@code 2026-01-26 08:00}, also {@code 3:30} and trailing blanks), on the clock of the reports
 * ({@code wirewatch.reference.zone}, Kyiv).
 *
 * @param date the calendar date written
 * @param time the local time written, or null for a bare date
 */
record WindowTime(LocalDate date, LocalTime time) {
    private static final Pattern FORM =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?)?");

    /** Null when {@code text} is not one of the accepted forms. */
    static WindowTime parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            LocalTime time = m.group(2) == null ? null
                    : LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new WindowTime(date, time);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd}: one spelling per bound, so keys do not depend on blanks. */
    String normalised() {
        return time == null ? date.toString() : date + " " + time;
    }

    /**
     * The day a window ending at this bound counts for: a bare date is that day; a local time is converted
     * from the reports' clock to {@code dayZone} and its date taken.
     */
    LocalDate dayIn(ZoneId reportZone, ZoneId dayZone) {
        return time == null ? date : LocalDateTime.of(date, time).atZone(reportZone).withZoneSameInstant(dayZone).toLocalDate();
    }

    /** The instant of this bound (a bare date: the start of that day in {@code dayZone}). */
    Instant instant(ZoneId reportZone, ZoneId dayZone) {
        return time == null ? date.atStartOfDay(dayZone).toInstant() : LocalDateTime.of(date, time).atZone(reportZone).toInstant();
    }

    boolean isAfter(WindowTime other) {
        return time != null && other.time != null && LocalDateTime.of(date, time).isAfter(LocalDateTime.of(other.date, other.time));
    }
}

package io.wirewatch.http;

import io.wirewatch.model.DailyDroneCount;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * A validated {@code /api/drones/daily} query: days {@code from..to} inclusive, optionally one claimant
 * and/or one claimant country.
 *
 * @param claimant claimant id, or null for all
 * @param country  ISO 3166 alpha-2 of the claimant, upper case, or null for all
 */
public record DailyRange(LocalDate from, LocalDate to, String claimant, String country) {
    /** Ten years: bounds the work of one request. */
    public static final int MAX_DAYS = 3660;
    /** Without {@code from}, a request covers this many days up to {@code to}. */
    public static final int DEFAULT_DAYS = 30;

    /**
     * @param params decoded query parameters
     * @param today  the default {@code to}, in the ledger's zone
     * @throws BadRequestException with a message for the caller
     */
    public static DailyRange parse(Map<String, String> params, LocalDate today) throws BadRequestException {
        LocalDate to = date(params, "to", today);
        LocalDate from = date(params, "from", to.minusDays(DEFAULT_DAYS - 1L));
        if (from.isAfter(to)) {
            throw new BadRequestException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new BadRequestException("range of " + days + " days exceeds the maximum of " + MAX_DAYS);
        }
        String claimant = blankToNull(params.get("claimant"));
        if (claimant != null && (claimant.length() > 100 || claimant.indexOf('|') >= 0)) {
            throw new BadRequestException("invalid 'claimant'");
        }
        String country = blankToNull(params.get("country"));
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new BadRequestException("'country' must be an ISO 3166 alpha-2 code, got '" + shorten(country) + "'");
        }
        return new DailyRange(from, to, claimant, country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    public boolean matches(DailyDroneCount d) {
        return d != null && d.day() != null && !d.day().isBefore(from) && !d.day().isAfter(to)
                && (claimant == null || claimant.equals(d.claimant()))
                && (country == null || country.equalsIgnoreCase(d.claimantCountry()));
    }

    private static LocalDate date(Map<String, String> params, String name, LocalDate fallback) throws BadRequestException {
        String v = blankToNull(params.get(name));
        if (v == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date like 2026-01-31, got '" + shorten(v) + "'");
        }
    }

    /** {@code limit} for {@code /api/alerts}: default 50, 1..1000. */
    public static int limit(Map<String, String> params) throws BadRequestException {
        String v = blankToNull(params.get("limit"));
        if (v == null) {
            return 50;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequestException("'limit' must be an integer, got '" + shorten(v) + "'");
        }
        if (n < 1 || n > 1000) {
            throw new BadRequestException("'limit' must be between 1 and 1000, got " + n);
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** A validated {@code /api/topics/hourly} range: {@code from} before {@code to}, at most {@link #MAX_DAYS} apart. */
    public record Hours(java.time.Instant from, java.time.Instant to) {
    }

    /** Without {@code from}, an hourly request covers this long up to {@code to}. */
    public static final java.time.Duration DEFAULT_HOURS_SPAN = java.time.Duration.ofDays(2);

    /**
     * @param params decoded query parameters ({@code from}, {@code to}: instants or days)
     * @param now    the default {@code to}
     */
    public static Hours hours(Map<String, String> params, java.time.Instant now) throws BadRequestException {
        String toParam = blankToNull(params.get("to"));
        String fromParam = blankToNull(params.get("from"));
        java.time.Instant to = toParam == null ? now : instant(toParam, "to");
        java.time.Instant from = fromParam == null ? to.minus(DEFAULT_HOURS_SPAN) : instant(fromParam, "from");
        if (from.isAfter(to)) {
            throw new BadRequestException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        if (java.time.Duration.between(from, to).compareTo(java.time.Duration.ofDays(MAX_DAYS)) > 0) {
            throw new BadRequestException("range exceeds the maximum of " + MAX_DAYS + " days");
        }
        return new Hours(from, to);
    }

    /** An ISO-8601 instant ({@code 2024-09-13T00:00:00Z}) or a day (its start, UTC) from a query parameter. */
    public static java.time.Instant instant(String value, String name) throws BadRequestException {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be an ISO-8601 instant or YYYY-MM-DD, got '"
                    + shorten(value) + "'");
        }
    }
}

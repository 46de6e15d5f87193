package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import io.wirewatch.text.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the evaluation texts into {@link Article}s, exactly as the service would see them.
 *
 * <ul>
 *   <li>{@code corpus/*.ndjson}: one JSON object a line with {@code id, source, url, published, language,
 *       title, body}. {@code published} may be an offset date-time (seconds optional), a local date-time
 *       (taken as UTC), a bare date (start of day, UTC) or null ({@link #UNKNOWN_PUBLISHED}).</li>
 *   <li>{@code seed/*.txt}: line 1 is the title; line 2 is dropped when it is a date line (see
 *       {@link #isDateLine}); the rest is the body. The id is {@code seed-<file name without .txt>}.</li>
 * </ul>
 *
 * <p>Gold paths ({@code corpus/x.ndjson}, {@code seed/y.txt}) resolve against a shared dir; see
 * {@link #locateSharedDir} for which directories are accepted. Files are parsed once and cached.
 */
public final class CorpusReader {

    /** The seed page carries its date only as text; the brief fixes it to this instant. */
    public static final Instant SEED_PUBLISHED = Instant.parse("2024-09-13T00:00:00Z");

    /**
     * Stand-in for articles whose {@code published} is null. {@link Article} needs an instant and the
     * evaluation ignores days, so a fixed, obviously artificial value is safer than "now".
     */
    public static final Instant UNKNOWN_PUBLISHED = Instant.EPOCH;

    /** A year 19xx/20xx; with the length cap below, what a date line looks like in any language. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    /** Longer than this, line 2 is prose that merely mentions a year, not a date line. */
    private static final int MAX_DATE_LINE = 80;

    private final Path sharedDir;
    private final Map<Path, Map<String, Article>> cache = new HashMap<>();

    public CorpusReader(Path sharedDir) {
        this.sharedDir = sharedDir;
    }

    public Path sharedDir() {
        return sharedDir;
    }

    /**
     * The shared dir for a directory a user pointed at: the dir itself when it holds {@code corpus/} or
     * {@code seed/}; its parent when the dir is the corpus dir itself (holds {@code *.ndjson}), so the seed
     * is found beside it. Anything else is returned unchanged and fails later with the missing file named.
     */
    public static Path locateSharedDir(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(d.resolve("corpus")) || Files.isDirectory(d.resolve("seed"))) {
            return d;
        }
        if (hasNdjson(d) && d.getParent() != null) {
            return d.getParent();
        }
        return d;
    }

    private static boolean hasNdjson(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".ndjson"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article {@code id} from the gold path {@code file}, or an exception naming both. */
    public Article article(String file, String id) throws IOException {
        Map<String, Article> byId = articles(file);
        Article a = byId.get(id);
        if (a == null) {
            throw new IOException("no article " + id + " in " + sharedDir.resolve(file));
        }
        return a;
    }

    /** Every article in one gold path, by id, in file order. */
    public Map<String, Article> articles(String file) throws IOException {
        Path p = sharedDir.resolve(file).normalize();
        Map<String, Article> cached = cache.get(p);
        if (cached != null) {
            return cached;
        }
        Map<String, Article> byId = new LinkedHashMap<>();
        if (p.getFileName().toString().endsWith(".txt")) {
            Article a = readSeed(p, SEED_PUBLISHED);
            byId.put(a.id(), a);
        } else {
            for (Article a : readNdjson(p)) {
                byId.put(a.id(), a);
            }
        }
        cache.put(p, byId);
        return byId;
    }

    public static List<Article> readNdjson(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(line);
            String id = text(n, "id");
            if (id == null) {
                throw new IOException(file + ":" + (i + 1) + ": record without id");
            }
            String body = text(n, "body");
            String title = text(n, "title");
            String language = text(n, "language");
            Instant published;
            try {
                published = parsePublished(text(n, "published"));
            } catch (DateTimeParseException e) {
                throw new IOException(file + ":" + (i + 1) + ": bad published date " + text(n, "published"), e);
            }
            out.add(new Article(id, text(n, "source"), published,
                    language != null ? language : LanguageDetector.detect(body), title, body, text(n, "url")));
        }
        return out;
    }

    /** Reads a plain-text page: title line, optional date line, body. */
    public static Article readSeed(Path file, Instant published) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        String[] parts = raw.split("\n", 3);
        String title = parts[0].strip();
        String body;
        if (parts.length == 1) {
            body = "";
        } else if (isDateLine(parts[1])) {
            body = parts.length == 3 ? parts[2] : "";
        } else {
            body = parts.length == 3 ? parts[1] + "\n" + parts[2] : parts[1];
        }
        body = body.strip();
        String name = file.getFileName().toString();
        String id = "seed-" + (name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
        return new Article(id, "seed", published, LanguageDetector.detect(title + "\n" + body), title, body, null);
    }

    /**
     * A date line is short and names a year. It is metadata of the page, not article text, so it is kept
     * out of the analysed text (and out of evidence offsets).
     */
    static boolean isDateLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_DATE_LINE && YEAR.matcher(s).find();
    }

    static Instant parsePublished(String s) {
        if (s == null || s.isBlank()) {
            return UNKNOWN_PUBLISHED;
        }
        String v = s.strip();
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

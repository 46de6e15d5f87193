package io.wirewatch.reference;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read whole: a header and rows of cells (RFC 4180 quoting, so {@code "Chauda, Crimea"} is one
 * cell), each row with the line it starts on. Blank lines are skipped. Every row must have as many cells as
 * the header, and the header must name every required column, else {@link ReferenceFileException} names the
 * file and line.
 */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** One data row: its 1-based line in the file and its cells in header order. */
    record Row(long line, List<String> cells) {
    }

    private final Path file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(Path file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    static CsvTable read(Path file, List<String> required) throws ReferenceFileException {
        List<Row> all = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser p = MAPPER.getFactory().createParser(in)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            p.enable(CsvParser.Feature.TRIM_SPACES);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ReferenceFileException(file, 0, "empty file, expected a header line");
            }
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_ARRAY) {
                    throw new ReferenceFileException(file, p.currentTokenLocation().getLineNr(), "not a CSV row");
                }
                // The row's line is that of its first cell (the array's start token sits at the line before).
                long line = -1;
                List<String> cells = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new ReferenceFileException(file, Math.max(line, 0), "unexpected end of file inside a row");
                    }
                    if (line < 0) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getValueAsString(""));
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue; // a blank line
                }
                all.add(new Row(line, cells));
            }
        } catch (IOException e) {
            throw new ReferenceFileException(file, 0, "cannot read CSV: " + firstLine(e.getMessage()));
        }
        if (all.isEmpty()) {
            throw new ReferenceFileException(file, 0, "empty file, expected a header line");
        }
        Row header = all.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.putIfAbsent(header.cells().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ReferenceFileException(file, header.line(), "header lacks column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (has: " + String.join(",", header.cells()) + ")");
        }
        List<Row> rows = all.subList(1, all.size());
        for (Row r : rows) {
            if (r.cells().size() != header.cells().size()) {
                throw new ReferenceFileException(file, r.line(), r.cells().size() + " cells, but the header has "
                        + header.cells().size() + " (an unquoted comma?)");
            }
        }
        return new CsvTable(file, Map.copyOf(columns), List.copyOf(rows));
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }

    Path file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** The cell of {@code column} (lower case, one of the required ones) in {@code row}, stripped. */
    String cell(Row row, String column) {
        return row.cells().get(columns.get(column)).strip();
    }
}

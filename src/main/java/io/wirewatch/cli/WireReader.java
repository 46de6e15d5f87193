package io.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.ingest.NewsMlParser;
import io.wirewatch.ingest.SafeXml;
import io.wirewatch.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns wire files into raw input messages (JSON or NewsML-G2 text, one per message), as {@code feed}
 * produces them and {@code analyze} reads them:
 * <ul>
 *   <li>{@code *.ndjson}, {@code *.jsonl}: one message per non-blank line;</li>
 *   <li>{@code *.json}: one object, an array of objects, or NDJSON;</li>
 *   <li>{@code *.txt}: first line the title, the rest the body; id = file name without extension;
 *       {@code published}/{@code language} from the options when given;</li>
 *   <li>{@code *.xml}, {@code *.rss}, {@code *.atom}: XML, read safely ({@link SafeXml}: a DOCTYPE is refused)
 *       and told apart by its root element, not its name: NewsML-G2 ({@code newsItem}, {@code newsMessage})
 *       is one message, the file as it is (UTF-8, as {@code news.raw} carries); an RSS or Atom feed
 *       ({@code rss}, {@code RDF}, {@code feed}) is one simple-form message per item ({@link FeedFiles});
 *       any other root is an error naming the file;</li>
 *   <li>a directory: every such file in it, sorted by name (not recursive).</li>
 * </ul>
 * Messages are passed on unvalidated: judging them is the parser's job, downstream. A file that cannot be
 * read as what its name says (malformed XML, a DOCTYPE, a feed ROME cannot read) is an
 * {@link UncheckedIOException} whose message starts with the file's path.
 */
public final class WireReader {
    /** One message (JSON or NewsML-G2 text) and where it came from ({@code file:line}), for error messages. */
    public record Message(String origin, String payload) {
    }

    private final String published;
    private final String language;

    public WireReader(String published, String language) {
        this.published = published;
        this.language = language;
    }

    /** Files to read, in order; a missing path or an unsupported file given by name is an error. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && isSupported(f)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list directory " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                if (!isSupported(p)) {
                    throw new IllegalArgumentException(p + ": unsupported file type (expected .ndjson, .jsonl, .json, "
                            + ".txt, .xml, .rss or .atom)");
                }
                files.add(p);
            } else {
                throw new IllegalArgumentException(p + ": no such file or directory");
            }
        }
        return files;
    }

    static boolean isSupported(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".txt")
                || isXml(n);
    }

    private static boolean isXml(String lowerName) {
        return lowerName.endsWith(".xml") || lowerName.endsWith(".rss") || lowerName.endsWith(".atom");
    }

    /** Reads one file, handing each message to {@code sink}. */
    public void read(Path file, Consumer<Message> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                sink.accept(new Message(file.toString(), textArticle(file)));
            } else if (name.endsWith(".json")) {
                readJsonFile(file, sink);
            } else if (isXml(name)) {
                readXmlFile(file, sink);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    readLines(file.toString(), in, sink);
                }
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** NDJSON from a stream ({@code -} = stdin). Invalid UTF-8 becomes U+FFFD: the parser still sees the line. */
    public static void readLines(String origin, InputStream in, Consumer<Message> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (!line.isBlank()) {
                sink.accept(new Message(origin + ":" + n, line));
            }
        }
    }

    private void readJsonFile(Path file, Consumer<Message> sink) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            JsonNode array = Json.mapper().readTree(trimmed);
            int i = 0;
            for (JsonNode element : array) {
                sink.accept(new Message(file + "[" + i++ + "]", Json.mapper().writeValueAsString(element)));
            }
            return;
        }
        if (trimmed.startsWith("{")) {
            try {
                JsonNode one = Json.mapper().readTree(trimmed);
                sink.accept(new Message(file.toString(), Json.mapper().writeValueAsString(one)));
                return;
            } catch (IOException notOneObject) {
                // More than one object (NDJSON in a .json file): fall through to lines.
            }
        }
        readLines(file.toString(), new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink);
    }

    private static void readXmlFile(Path file, Consumer<Message> sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        SafeXml.Element root;
        try {
            root = SafeXml.parse(bytes);
        } catch (BadInputException e) {
            throw new UncheckedIOException(file + ": " + e.reason(), new IOException(e.reason(), e));
        }
        if (NewsMlParser.ROOTS.contains(root.name())) {
            sink.accept(new Message(file.toString(), newsMlText(file, bytes)));
        } else if (FeedFiles.ROOTS.contains(root.name())) {
            FeedFiles.read(file, bytes, root, sink);
        } else {
            String what = file + ": XML root <" + root.name() + "> is neither NewsML-G2 (newsItem, newsMessage) nor "
                    + "an RSS or Atom feed (rss, RDF, feed)";
            throw new UncheckedIOException(what, new IOException(what));
        }
    }

    /** The file as it is; news.raw carries UTF-8, so a NewsML-G2 file in another encoding is refused here. */
    private static String newsMlText(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UncheckedIOException(file + ": a NewsML-G2 file must be UTF-8, the encoding of news.raw", e);
        }
    }

    private String textArticle(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int nl = text.indexOf('\n');
        String title = (nl < 0 ? text : text.substring(0, nl)).strip();
        String body = nl < 0 ? "" : text.substring(nl + 1).strip();
        String fileName = file.getFileName().toString();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", fileName.substring(0, fileName.length() - ".txt".length()));
        o.put("source", "file:" + fileName);
        if (published != null) {
            o.put("published", published);
        }
        if (language != null) {
            o.put("language", language);
        }
        if (body.isEmpty()) {
            o.put("body", title); // one line only: it is the text, not a title
        } else {
            o.put("title", title);
            o.put("body", body);
        }
        return Json.mapper().writeValueAsString(o);
    }
}

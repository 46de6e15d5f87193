package io.wirewatch.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A deterministic feed of wire messages for the crash test: real corpus texts re-keyed with fresh ids and
 * re-dated over {@value #DAYS} days, short claim and naval sentences of our own (so there are many claims,
 * ledgers and alerts), syndicated copies (the same statement under another id and source), exact
 * redeliveries (the same bytes again) and a little bad input for the dead-letter topic.
 *
 * <p>Corpus texts are read at test time from the shared directory and never written into the repository.
 * Every good message carries {@code published}, so two runs over the same list see the same event times
 * whatever the record timestamps (the producer's clock, as a live feed has).
 */
final class CrashWires {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final int DAYS = 30;

    /** One input record: key and value bytes. */
    record Wire(String key, byte[] value) {
    }

    private static final String[] OUTLETS = {"levant-wire", "capital-wire", "gulf-desk", "kyiv-bureau", "moscow-desk",
        "black-sea-post", "wire-aggregator"};

    private static final String[] UA_EN = {
        "Ukraine's air force said its air defences shot down %2$d of %1$d drones Russia launched overnight.",
        "Russia launched %1$d drones overnight, %2$d of which were shot down, Ukraine's air force said.",
    };
    private static final String[] RU_EN = {
        "Russia's Defence Ministry said its air defence systems destroyed %2$d Ukrainian drones during the night.",
    };
    private static final String[] RU_AR = {
        "وزارة الدفاع الروسية تعلن أن دفاعاتها الجوية اعترضت %2$d طائرة أوكرانية مسيّرة خلال الليل",
    };
    private static final String[] NAVAL_EN = {
        "A Russian navy frigate was struck by a naval drone in the Black Sea and caught fire, the navy said.",
        "A tanker was hit by a missile off the coast of Yemen and a fire broke out on deck, the maritime agency said.",
    };

    private CrashWires() {
    }

    /**
     * {@code count} messages in feed order, from the corpus under {@code shared} when it is there and from
     * generated sentences alone when it is not.
     */
    static List<Wire> generate(int count, long seed, Optional<Path> shared) {
        List<ObjectNode> corpus = shared.map(CrashWires::readCorpus).orElse(List.of());
        Random random = new Random(seed);
        List<Wire> wires = new ArrayList<>(count);
        List<ObjectNode> ownClaims = new ArrayList<>();
        long span = Duration.ofDays(DAYS).toMillis();
        int bad = 0;
        for (int i = 0; wires.size() < count; i++) {
            // Mostly chronological, like a live feed, with some wires arriving hours late.
            Instant published = START.plusMillis(span * wires.size() / count
                    - (random.nextInt(10) == 0 ? Duration.ofHours(random.nextInt(30)).toMillis() : 0))
                    .plusSeconds(random.nextInt(600));
            if (published.isBefore(START)) {
                published = START.plusSeconds(random.nextInt(3600));
            }
            int dice = random.nextInt(100);
            if (dice < 8 && !wires.isEmpty()) {
                // Exact redelivery: the very bytes of an earlier wire (same id).
                wires.add(wires.get(wires.size() - 1 - random.nextInt(Math.min(wires.size(), 50))));
            } else if (dice < 20 && !ownClaims.isEmpty()) {
                // Syndicated copy: the same statement, same day, under another outlet's id.
                ObjectNode original = ownClaims.get(ownClaims.size() - 1 - random.nextInt(Math.min(ownClaims.size(), 20)));
                ObjectNode copy = original.deepCopy();
                copy.put("id", "syn-" + i);
                copy.put("source", OUTLETS[random.nextInt(OUTLETS.length)]);
                copy.put("title", "Syndicated: " + original.path("title").asText("drone report"));
                wires.add(wire(copy));
            } else if (dice < 22) {
                bad++;
                String id = "bad-" + i;
                String value = bad % 2 == 0 ? "{\"id\":\"" + id + "\",\"body\":" : "{\"id\":\"" + id + "\",\"title\":\"no body\"}";
                wires.add(new Wire(id, value.getBytes(StandardCharsets.UTF_8)));
            } else if (dice < 60 || corpus.isEmpty()) {
                ObjectNode own = ownSentence(i, published, random);
                if (own.path("body").asText().contains("drone") || "ar".equals(own.path("language").asText())) {
                    ownClaims.add(own);
                }
                wires.add(wire(own));
            } else {
                ObjectNode c = corpus.get(random.nextInt(corpus.size())).deepCopy();
                c.put("id", "cw-" + i + "-" + c.path("id").asText());
                c.put("published", published.toString());
                wires.add(wire(c));
            }
        }
        return wires;
    }

    private static ObjectNode ownSentence(int i, Instant published, Random random) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", "own-" + i);
        o.put("source", OUTLETS[random.nextInt(OUTLETS.length)]);
        o.put("published", published.toString());
        int kind = random.nextInt(10);
        // Launched figures up to ~160 so that some claims cross the mass-attack threshold (100) and some
        // days the daily threshold (300).
        int launched = 10 + random.nextInt(150);
        int destroyed = launched - random.nextInt(Math.max(1, launched / 5));
        String body;
        String title;
        String language = "en";
        if (kind < 4) {
            body = String.format(Locale.ROOT, UA_EN[random.nextInt(UA_EN.length)], launched, destroyed);
            title = "Overnight drone attack on Ukraine";
        } else if (kind < 7) {
            body = String.format(Locale.ROOT, RU_EN[random.nextInt(RU_EN.length)], launched, destroyed);
            title = "Russian air defences report drones";
        } else if (kind < 9) {
            body = String.format(Locale.ROOT, RU_AR[random.nextInt(RU_AR.length)], launched, destroyed);
            title = null;
            language = "ar";
        } else {
            body = NAVAL_EN[random.nextInt(NAVAL_EN.length)];
            title = "Ship hit at sea";
        }
        o.put("language", language);
        if (title != null) {
            o.put("title", title);
        }
        o.put("body", body);
        return o;
    }

    private static Wire wire(ObjectNode o) {
        try {
            return new Wire(o.path("id").asText(), Json.mapper().writeValueAsBytes(o));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> readCorpus(Path shared) {
        Path dir = shared.resolve("corpus");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ObjectNode> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = Json.mapper().readTree(line);
                    if (n instanceof ObjectNode o && o.path("body").isTextual() && !o.path("body").asText().isBlank()) {
                        texts.add(o);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus under " + dir, e);
        }
        return texts;
    }

    /**
     * The shared directory: system property {@code wirewatch.shared}, else env {@code WIREWATCH_SHARED},
     * else {@code ../shared}, else {@code /work/shared}; empty when none exists.
     */
    static Optional<Path> sharedDir() {
        return io.wirewatch.testing.SharedDir.locate();
    }
}

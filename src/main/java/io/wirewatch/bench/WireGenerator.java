package io.wirewatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Endless wire traffic built from real texts (the templates), re-keyed and re-dated so that a stream of
 * them behaves like a news desk's feed rather than the same 90 articles on a loop:
 *
 * <ul>
 *   <li><b>Stories</b> arrive at {@code perDay} a day of event time, each a random template with a fresh
 *       id and source and a {@code published} time on the generator's clock: the same claim text on
 *       another day is another day's claim, so ledgers, thresholds and conflicts fire per day.</li>
 *   <li><b>Syndication</b> ({@value #SYNDICATED}): a copy of one of the last {@value #RECENT} stories under
 *       a new id and another outlet, minutes later: a duplicate the ledger must count once.</li>
 *   <li><b>Redelivery</b> ({@value #REDELIVERED}): a message sent again byte for byte (same id).</li>
 *   <li><b>Breaking news</b> ({@value #BREAKING}): a story copied {@value #BURST} times within its hour,
 *       the kind of burst that trips topic spikes.</li>
 * </ul>
 * Deterministic for a seed. The texts stay in memory only; nothing is written but Kafka records.
 */
public final class WireGenerator {
    static final double SYNDICATED = 0.25;
    static final double REDELIVERED = 0.02;
    static final double BREAKING = 0.002;
    static final int BURST = 40;
    static final int RECENT = 50;
    static final int OUTLETS = 40;

    /** One message: key (the article id) and the JSON value of the simple input form. */
    public record Wire(String key, byte[] value) {
    }

    private record Story(int template, Instant published) {
    }

    private final List<Article> templates;
    private final SplittableRandom random;
    private final String runId;
    private final Duration step;
    private final boolean live;
    private Instant clock;
    private final List<Story> recent = new ArrayList<>();
    private final List<Wire> sent = new ArrayList<>();
    private Story burst;
    private int burstLeft;
    private long count;

    /**
     * @param start  event time of the first story; ignored when {@code live}
     * @param perDay stories per day of event time
     * @param live   stamp every story with the wall clock instead (for latency runs)
     */
    public WireGenerator(List<Article> templates, long seed, String runId, Instant start, double perDay, boolean live) {
        this.templates = List.copyOf(templates);
        this.random = new SplittableRandom(seed);
        this.runId = runId;
        this.step = Duration.ofMillis(Math.max(1, (long) (86_400_000L / perDay)));
        this.clock = start;
        this.live = live;
    }

    /** A start such that {@code n} messages end about now: stories never lie in the future. */
    public static Instant startFor(long n, double perDay, Instant now) {
        long days = (long) Math.ceil(n / perDay) + 1;
        return now.minus(Duration.ofDays(days));
    }

    public Wire next() {
        count++;
        Wire w;
        double r = random.nextDouble();
        if (burstLeft > 0) {
            burstLeft--;
            w = copy(burst, Duration.ofSeconds(random.nextInt(3000)));
        } else if (r < REDELIVERED && !sent.isEmpty()) {
            return sent.get(random.nextInt(sent.size()));
        } else if (r < REDELIVERED + SYNDICATED && !recent.isEmpty()) {
            w = copy(recent.get(random.nextInt(recent.size())), Duration.ofMinutes(1 + random.nextInt(90)));
        } else {
            clock = clock.plus(step);
            Story s = new Story(random.nextInt(templates.size()), live ? Instant.now() : jitter(clock));
            if (recent.size() == RECENT) {
                recent.remove(0);
            }
            recent.add(s);
            if (random.nextDouble() < BREAKING / (1 - REDELIVERED - SYNDICATED)) {
                burst = s;
                burstLeft = BURST;
            }
            w = copy(s, Duration.ZERO);
        }
        if (sent.size() == RECENT) {
            sent.set(random.nextInt(RECENT), w);
        } else {
            sent.add(w);
        }
        return w;
    }

    private Instant jitter(Instant t) {
        return t.plusMillis(random.nextLong(Math.max(1, step.toMillis())));
    }

    private Wire copy(Story s, Duration later) {
        Article a = templates.get(s.template());
        String id = runId + "-" + count;
        Instant published = live ? Instant.now() : s.published().plus(later);
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id);
        n.put("source", "outlet-" + random.nextInt(OUTLETS));
        n.put("published", published.toString());
        n.put("language", a.language());
        n.put("title", a.title());
        n.put("body", a.body());
        n.put("url", "https://bench.invalid/" + id);
        try {
            return new Wire(id, Json.mapper().writeValueAsBytes(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

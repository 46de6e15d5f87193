package io.wirewatch.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The numbers of one evaluation run and every miss behind them.
 *
 * @param articles    articles scored
 * @param topics      per topic, in {@link GoldSet#TOPICS} order
 * @param topicMicro  counts summed over the topics
 * @param claims      total-scope launched/destroyed figures matched on claimant country, metric and value
 * @param roles       the same for the roles carried beside them ({@code lost}, {@code hit})
 * @param negatives   articles whose gold has no claim of any scope
 * @param goldClaims  gold claims of every scope, by scope, for context ({@code total}, {@code region},
 *                    {@code cumulative})
 * @param misses      every false positive and false negative, topics first, each in article order
 * @param failures    articles the analyzer threw on ({@code <id>: <exception>}); they were scored as
 *                    predicting nothing
 */
public record EvalReport(
        int articles,
        List<TopicScore> topics,
        Counts topicMicro,
        Counts claims,
        Counts roles,
        int negatives,
        ScopeCounts goldClaims,
        List<Miss> misses,
        List<String> failures) {

    public EvalReport {
        topics = List.copyOf(topics);
        misses = List.copyOf(misses);
        failures = List.copyOf(failures);
    }

    /**
     * True positives, false positives, false negatives, and the scores they give.
     *
     * <p>Empty denominators: with nothing predicted precision is 1, with nothing to find recall is 1, so a
     * run that predicts nothing where there is nothing scores 1 and one that predicts nothing where there
     * is something scores recall 0 and F1 0.
     */
    public record Counts(int tp, int fp, int fn) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    public record TopicScore(String topic, Counts counts) {
    }

    public record ScopeCounts(int total, int region, int cumulative) {
    }

    /** What kind of label a miss is about. */
    public enum Kind { TOPIC, CLAIM, ROLE }

    /** Which way a miss goes: predicted but not in gold, or in gold but not predicted. */
    public enum Error { FALSE_POSITIVE, FALSE_NEGATIVE }

    /**
     * One wrong label.
     *
     * @param what     the topic, or the claim as {@code <country> <metric> <value>}
     * @param detail   for claims, the claimant id (gold's for a false negative, the extractor's for a false
     *                 positive); null for topics
     * @param evidence for a false-positive claim, the text that produced it; else null
     */
    public record Miss(String articleId, Kind kind, Error error, String what, String detail, String evidence) {
    }

    public double topicMicroF1() {
        return topicMicro.f1();
    }

    public double claimF1() {
        return claims.f1();
    }

    public TopicScore topic(String topic) {
        return topics.stream().filter(t -> t.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + topic));
    }

    public List<Miss> misses(Kind kind, Error error) {
        return misses.stream().filter(m -> m.kind() == kind && m.error() == error).toList();
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "articles: %d%n", articles);
        out.printf(Locale.ROOT, "%-16s %5s %5s %5s %9s %7s %7s%n", "topic", "tp", "fp", "fn", "precision", "recall", "f1");
        for (TopicScore t : topics) {
            row(out, t.topic(), t.counts());
        }
        row(out, "micro", topicMicro);
        out.printf(Locale.ROOT, "%nclaims (scope total; match on claimant country + metric + value)%n");
        out.printf(Locale.ROOT, "gold claims by scope: total %d, region %d, cumulative %d%n",
                goldClaims.total(), goldClaims.region(), goldClaims.cumulative());
        out.printf(Locale.ROOT, "%-16s %5s %5s %5s %9s %7s %7s%n", "", "tp", "fp", "fn", "precision", "recall", "f1");
        row(out, "claims", claims);
        row(out, "lost/hit", roles);
        if (!failures.isEmpty()) {
            out.printf(Locale.ROOT, "%nanalyzer failures (scored as empty): %d%n", failures.size());
            failures.forEach(f -> out.println("  " + f));
        }
        out.printf(Locale.ROOT, "%nmisses: %d%n", misses.size());
        for (Miss m : misses) {
            StringBuilder line = new StringBuilder()
                    .append(m.error() == Error.FALSE_POSITIVE ? "FP " : "FN ")
                    .append(m.kind() == Kind.TOPIC ? "topic " : m.kind() == Kind.ROLE ? "role " : "claim ")
                    .append(m.articleId()).append(": ").append(m.what());
            if (m.detail() != null) {
                line.append(" [").append(m.detail()).append(']');
            }
            if (m.evidence() != null) {
                line.append(" evidence: \"").append(oneLine(m.evidence())).append('"');
            }
            out.println(line);
        }
    }

    /** One line per group: articles, topic micro, claim and lost/hit scores with the counts behind them. */
    public static void printSummary(java.util.Map<String, EvalReport> groups, PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %5s %4s | %-22s | %-22s | %-18s%n", "group", "arts", "neg",
                "topics micro tp/fp/fn F1", "claims tp/fp/fn F1", "lost/hit tp/fp/fn F1");
        groups.forEach((name, r) -> out.printf(Locale.ROOT, "%-12s %5d %4d | %-22s | %-22s | %-18s%n", name,
                r.articles(), r.negatives(), cell(r.topicMicro()), cell(r.claims()), cell(r.roles())));
    }

    private static String cell(Counts c) {
        return String.format(Locale.ROOT, "%d/%d/%d %.3f", c.tp(), c.fp(), c.fn(), c.f1());
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "%-16s %5d %5d %5d %9.3f %7.3f %7.3f%n",
                name, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

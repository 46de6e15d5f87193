package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.config.AppConfig;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Json;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceDay;
import io.wirewatch.model.ReferenceWindow;
import io.wirewatch.reference.Reconciler;
import io.wirewatch.reference.ReferenceFileException;
import io.wirewatch.reference.ReferenceSet;
import io.wirewatch.streams.ClaimReport;
import io.wirewatch.streams.Corroboration;
import io.wirewatch.streams.DailyClaimAggregator;
import io.wirewatch.streams.TopologySettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code reconcile --reference FILE ENRICHED.ndjson...}: offline, no broker. The claims of {@code analyze}
 * output are folded into daily ledgers by the topology's own {@link DailyClaimAggregator}, the attacks file is
 * read by the loader's own code, and each day is paired by the topology's own {@link Reconciler}: the same
 * pairing {@code GET /api/reconcile} answers. One line per pair, then a summary line.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Offline: reconcile the ua-air-force claims of analyze output with the reference dataset.",
            "Prints one line per pair (or --json, one Reconciliation per day) and an agreement summary line."})
public final class ReconcileCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Option(names = "--reference", required = true, paramLabel = "FILE", description = "The attacks file (missile_attacks_daily.csv).")
    Path reference;

    @Option(names = "--models", paramLabel = "FILE",
            description = "Weapon table, model -> category (default: missiles_and_uavs.csv beside the reference).")
    Path models;

    @Option(names = "--claimant", paramLabel = "ID", description = "Ledger claimant to reconcile (default: ${DEFAULT-VALUE}).")
    String claimant = Reconciler.CLAIMANT;

    @Option(names = "--all-days", description = "Also list the days that have reference windows and no claim.")
    boolean allDays;

    @Option(names = "--json", description = "One Reconciliation JSON object per day (the API's answer) instead of text.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "ENRICHED.ndjson|-", description = "analyze output (news.tagged values, one per line).")
    List<String> inputs;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        AppConfig config = GlobalOptions.load(parent.global, global, Map.of());
        TopologySettings settings = TopologySettings.from(config.appKeys());
        ReferenceSet set;
        try {
            set = ReferenceFiles.read(reference, models, settings);
        } catch (ReferenceFileException e) {
            err.println("reconcile: " + e.getMessage());
            return 2;
        }
        err.println("reconcile: reference " + ReferenceFiles.summary(set));
        Map<LocalDate, ReferenceDay> referenceDays = new TreeMap<>();
        for (ReferenceWindow w : set.windows()) {
            referenceDays.merge(w.day(), ReferenceDay.empty().with(w), (a, b) -> a.with(b.windows().get(0)));
        }
        Map<LocalDate, DailyDroneCount> ledgers = new TreeMap<>();
        int[] articles = new int[1];
        for (String input : inputs) {
            try {
                readClaims(input, ledgers, articles);
            } catch (IOException | IllegalArgumentException e) {
                err.println("reconcile: " + input + ": " + e.getMessage());
                return 2;
            }
        }
        Reconciler reconciler = new Reconciler(settings.reconcileTolerance());
        TreeSet<LocalDate> days = new TreeSet<>(ledgers.keySet());
        if (allDays) {
            days.addAll(referenceDays.keySet());
        }
        Map<ReconcileStatus, Integer> counts = new EnumMap<>(ReconcileStatus.class);
        int claims = 0;
        for (LocalDate day : days) {
            Reconciliation r = reconciler.reconcile(day, referenceDays.get(day), ledgers.get(day));
            if (r == null) {
                continue;
            }
            if (json) {
                out.println(Json.mapper().writeValueAsString(r));
            }
            for (ReconcilePair p : r.pairs()) {
                if (!json) {
                    out.println(line(day, p));
                }
                if (ledgers.containsKey(day)) {
                    counts.merge(p.status(), 1, Integer::sum);
                    claims += p.firstArticleId() != null ? 1 : 0;
                }
            }
        }
        out.flush();
        err.println("reconcile: " + summary(claims, ledgers.size(), articles[0], counts, settings.reconcileTolerance()));
        return 0;
    }

    /** What each day has counted, as the topology's seen store keeps it: exact however many copies a claim has. */
    private final Map<LocalDate, Corroboration> seen = new java.util.HashMap<>();

    private void readClaims(String input, Map<LocalDate, DailyDroneCount> ledgers, int[] articles) throws IOException {
        try (BufferedReader in = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                EnrichedArticle a;
                try {
                    a = Json.mapper().readValue(line, EnrichedArticle.class);
                } catch (IOException e) {
                    throw new IllegalArgumentException("line " + n + " is not a news.tagged value (analyze output): "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
                articles[0]++;
                for (DroneClaim c : a.claims() == null ? List.<DroneClaim>of() : a.claims()) {
                    if (claimant.equals(c.claimant())) {
                        ledgers.put(c.day(), DailyClaimAggregator.add(ledgers.get(c.day()), new ClaimReport(c, a.source()),
                                seen.computeIfAbsent(c.day(), d -> Corroboration.inMemory())));
                    }
                }
            }
        }
        // A day whose claims were all regional or cumulative has no claim to pair: it is not a claim day.
        ledgers.values().removeIf(d -> d.claims().isEmpty());
    }

    static String line(LocalDate day, ReconcilePair p) {
        StringBuilder sb = new StringBuilder();
        sb.append(day).append("  ").append(String.format(Locale.ROOT, "%-16s", p.status().json()));
        if (p.windowKey() != null) {
            sb.append("  reference ").append(figures(p.referenceLaunched(), p.referenceDestroyed()))
                    .append(" (").append(p.reporter()).append(' ').append(p.windowStart()).append(" → ")
                    .append(p.windowEnd()).append(')');
        }
        if (p.firstArticleId() != null) {
            sb.append("  ledger ").append(figures(p.ledgerLaunched(), p.ledgerDestroyed()));
            if (p.windowKey() != null) {
                sb.append("  difference ").append(signed(p.launchedDifference())).append('/')
                        .append(signed(p.destroyedDifference()));
            }
            sb.append("  articles ").append(String.join(",", p.articleIds()));
        }
        return sb.toString();
    }

    static String summary(int claims, int days, int articles, Map<ReconcileStatus, Integer> counts, double tolerance) {
        int match = counts.getOrDefault(ReconcileStatus.MATCH, 0);
        int within = counts.getOrDefault(ReconcileStatus.WITHIN_TOLERANCE, 0);
        int mismatch = counts.getOrDefault(ReconcileStatus.MISMATCH, 0);
        int paired = match + within + mismatch;
        String agreement = paired == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * (match + within) / paired);
        return String.format(Locale.ROOT, "%d articles, %d distinct claims on %d days; %d found a reference window: "
                        + "%d match, %d within tolerance (%.0f%%), %d mismatch; %d without a window; "
                        + "%d reference windows of those days unpaired; agreement %s (%d of %d paired)",
                articles, claims, days, paired, match, within, tolerance * 100, mismatch,
                counts.getOrDefault(ReconcileStatus.ONLY_LEDGER, 0), counts.getOrDefault(ReconcileStatus.ONLY_REFERENCE, 0),
                agreement, match + within, paired);
    }

    private static String figures(Integer launched, Integer destroyed) {
        return (launched == null ? "?" : launched.toString()) + "/" + (destroyed == null ? "?" : destroyed.toString());
    }

    private static String signed(Integer d) {
        return d == null ? "?" : d > 0 ? "+" + d : d.toString();
    }
}

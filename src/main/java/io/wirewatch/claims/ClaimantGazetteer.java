package io.wirewatch.claims;

import io.wirewatch.text.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can make a drone claim, and the names they go by, read from {@code config/claimants.tsv}.
 *
 * <p>File syntax: {@code #} starts a comment line; every other line has four tab-separated columns
 * {@code id  country  default_attacker  names}, where {@code names} is a {@code |}-separated list of name
 * variants in any language and {@code default_attacker} is a country code or {@code -}. Names are matched like
 * lexicon phrases (normalised, clitics ignored, {@code *} for a prefix); the longest name wins, so "Russia's
 * defence ministry" is {@code ru-mod}, not the {@code ru-government} of "Russia".
 */
final class ClaimantGazetteer {

    /** A claimant name found in a token list. */
    record Mention(Claimant claimant, int start, int end) {
    }

    private final Map<String, Claimant> byId;
    private final List<Claimant> claimants = new ArrayList<>();
    private final List<PhraseSet> names = new ArrayList<>();
    /** Every name of every claimant: one lookup tells whether any name starts at a token. */
    private final PhraseSet anyName = new PhraseSet();

    private ClaimantGazetteer(Map<String, Claimant> byId) {
        this.byId = byId;
    }

    Claimant byId(String id) {
        return byId.get(id);
    }

    int size() {
        return claimants.size();
    }

    static ClaimantGazetteer load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimConfigException("cannot read claimant gazetteer " + file + ": " + e.getMessage(), e);
        }
        ClaimantGazetteer g = new ClaimantGazetteer(new LinkedHashMap<>());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String where = file + ":" + (n + 1);
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new ClaimConfigException(where + ": expected 4 tab-separated columns"
                        + " (id, country, default_attacker, names) but found " + cols.length);
            }
            String id = cols[0].strip();
            String country = cols[1].strip();
            String attacker = cols[2].strip();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new ClaimConfigException(where + ": id '" + id + "' must be lower-case words joined by '-'");
            }
            if (g.byId.containsKey(id)) {
                throw new ClaimConfigException(where + ": duplicate claimant id '" + id + "'");
            }
            if (!country.matches("[A-Z]{2}")) {
                throw new ClaimConfigException(where + ": country '" + country + "' is not an ISO 3166 alpha-2 code");
            }
            if (!attacker.equals("-") && !attacker.matches("[A-Z]{2}")) {
                throw new ClaimConfigException(where + ": default_attacker '" + attacker
                        + "' must be an ISO 3166 alpha-2 code or '-'");
            }
            Claimant c = new Claimant(id, country, attacker.equals("-") ? null : attacker);
            PhraseSet set = new PhraseSet();
            for (String name : cols[3].split("\\|")) {
                if (name.isBlank()) {
                    continue;
                }
                String problem = set.add(name);
                if (problem != null) {
                    throw new ClaimConfigException(where + ": " + problem);
                }
                g.anyName.add(name);
            }
            if (set.isEmpty()) {
                throw new ClaimConfigException(where + ": claimant '" + id + "' has no names");
            }
            g.byId.put(id, c);
            g.claimants.add(c);
            g.names.add(set);
        }
        if (g.claimants.isEmpty()) {
            throw new ClaimConfigException(file + ": no claimants defined");
        }
        return g;
    }

    /**
     * Claimant names in {@code tokens[from, to)}, left to right, longest first and never overlapping.
     * Cost is O(tokens × claimants) with O(1) hash lookups each.
     */
    List<Mention> find(List<Token> tokens, int from, int to) {
        List<Mention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Mention m = longestAt(tokens, i, to);
            if (m == null) {
                i++;
                continue;
            }
            // "The Air Force of Ukraine": a name that starts inside this one and runs past it is the fuller name
            for (int j = i + 1; j < m.end(); j++) {
                Mention inner = longestAt(tokens, j, to);
                if (inner != null && inner.end() > m.end()) {
                    m = inner;
                    break;
                }
            }
            // "حاكم المنطقة أوليه كيبر", "Governor Oleh Kiper": a title and the name right after it are one person,
            // and the name says whose official it is
            Mention next = m.end() < to ? longestAt(tokens, m.end(), to) : null;
            if (next != null && !next.claimant().equals(m.claimant())) {
                m = new Mention(next.claimant(), m.start(), next.end());
            }
            out.add(m);
            i = m.end();
        }
        return out;
    }

    private Mention longestAt(List<Token> tokens, int i, int to) {
        if (!tokens.get(i).isWord() || anyName.matchAt(tokens, i, to) == 0) {
            return null;
        }
        int bestLen = 0;
        Claimant best = null;
        for (int k = 0; k < claimants.size(); k++) {
            int len = names.get(k).matchAt(tokens, i, to);
            if (len > bestLen) {
                bestLen = len;
                best = claimants.get(k);
            }
        }
        return best == null ? null : new Mention(best, i, i + bestLen);
    }

    /** Every name set, for compiling them with the lexicons. */
    List<PhraseSet> phraseSets() {
        List<PhraseSet> all = new ArrayList<>(names);
        all.add(anyName);
        return all;
    }

    Map<String, Claimant> all() {
        return new HashMap<>(byId);
    }
}

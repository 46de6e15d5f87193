package io.wirewatch.tagging;

import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.Token;
import io.wirewatch.text.WordStemmer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one rule file. The syntax (also written at the top of every file in {@code config/topics/}):
 *
 * <pre>
 * # comment (to the end of the line)
 * window 10                                  tokens either side that near/unless/blockers look at
 * set ATTACK: attack*, shot down, intercept* a named list of terms, used as $ATTACK
 * topic drone_strikes threshold 3            starts a topic; later lines belong to it
 * 3 shahed, geran                            weight, then synonyms that count once together
 * 2 drone | near $ATTACK | unless delivery   counts only near / not near these terms
 * unless light show, crop*                   blockers: void every occurrence of the topic near them
 * </pre>
 *
 * A term is one or more words; {@code word*} matches any word starting with it, {@code =word} matches
 * the word with its inflection (Arabic) instead of its stem. Lines are checked as they are read: an
 * error names the file and line.
 */
final class RuleFileParser {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOPIC_ID = Pattern.compile("[a-z][a-z0-9_]*");
    /** Why a default of 10: about one clause of a wire sentence, in Arabic and in English. */
    static final int DEFAULT_WINDOW = 10;

    private final Path file;
    private final String language;
    private final TermKeys keys;
    private final Map<List<String>, Integer> patternIds;
    private final List<TermPattern> allPatterns = new ArrayList<>();
    private final Map<String, List<TermPattern>> sets = new HashMap<>();
    private final Map<String, TopicBuilder> topics = new LinkedHashMap<>();
    private int window = DEFAULT_WINDOW;
    private TopicBuilder current;
    private int lineNumber;

    private RuleFileParser(Path file, String language) {
        this.file = file;
        this.language = language;
        this.keys = new TermKeys(WordStemmer.forLanguage(language));
        this.patternIds = new HashMap<>();
    }

    /** Parses {@code <language>.rules}; the language is the file name without its extension. */
    static LanguageRules parse(Path file) throws IOException {
        String name = file.getFileName().toString();
        String language = name.substring(0, name.indexOf('.')).toLowerCase(Locale.ROOT);
        return new RuleFileParser(file, language).read(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private LanguageRules read(List<String> lines) throws IOException {
        for (String raw : lines) {
            lineNumber++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (!line.isEmpty()) {
                readLine(line);
            }
        }
        List<TopicRule> rules = new ArrayList<>();
        for (TopicBuilder topic : topics.values()) {
            rules.add(TopicRule.of(topic.id, topic.threshold, topic.concepts, topic.blockers));
        }
        return LanguageRules.of(language, window, rules, keys, new PhraseMatcher(allPatterns, keys), patternIds.size());
    }

    private void readLine(String line) throws IOException {
        String first = SPACES.split(line, 2)[0];
        switch (first) {
            case "window":
                window = (int) number(rest(line, first), "window");
                if (window < 0) {
                    throw error("window must not be negative");
                }
                break;
            case "set":
                readSet(rest(line, first));
                break;
            case "topic":
                readTopic(rest(line, first));
                break;
            case "unless":
                requireTopic().blockers.addAll(terms(rest(line, first)));
                break;
            default:
                readConcept(line, first);
        }
    }

    private void readSet(String body) throws IOException {
        int colon = body.indexOf(':');
        if (colon <= 0) {
            throw error("expected 'set NAME: term, term, ...'");
        }
        String name = body.substring(0, colon).strip();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw error("bad set name '" + name + "'");
        }
        sets.put(name, terms(body.substring(colon + 1)));
    }

    private void readTopic(String body) throws IOException {
        String[] parts = SPACES.split(body);
        if (parts.length != 3 || !parts[1].equals("threshold") || !TOPIC_ID.matcher(parts[0]).matches()) {
            throw error("expected 'topic <id> threshold <number>' with a lower-case id");
        }
        double threshold = number(parts[2], "threshold");
        current = topics.computeIfAbsent(parts[0], TopicBuilder::new);
        current.threshold = threshold;
    }

    private void readConcept(String line, String weightText) throws IOException {
        TopicBuilder topic = requireTopic();
        double weight = number(weightText, "weight (or a keyword: window, set, topic, unless)");
        String[] clauses = rest(line, weightText).split("\\|");
        List<TermPattern> synonyms = terms(clauses[0]);
        List<TermPattern> near = new ArrayList<>();
        List<TermPattern> unless = new ArrayList<>();
        for (int i = 1; i < clauses.length; i++) {
            String clause = clauses[i].strip();
            String keyword = SPACES.split(clause, 2)[0];
            if (keyword.equals("near")) {
                near.addAll(terms(rest(clause, keyword)));
            } else if (keyword.equals("unless")) {
                unless.addAll(terms(rest(clause, keyword)));
            } else {
                throw error("expected '| near ...' or '| unless ...', found '| " + clause + "'");
            }
        }
        topic.concepts.add(new Concept(synonyms, weight, near, unless, lineNumber));
    }

    private List<TermPattern> terms(String list) throws IOException {
        List<TermPattern> out = new ArrayList<>();
        for (String item : list.split(",")) {
            String term = item.strip();
            if (term.isEmpty()) {
                throw error("empty term in '" + list.strip() + "'");
            }
            if (term.startsWith("$")) {
                List<TermPattern> set = sets.get(term.substring(1));
                if (set == null) {
                    throw error("unknown set " + term + " (sets must be defined before use)");
                }
                out.addAll(set);
            } else {
                out.add(compile(term));
            }
        }
        return out;
    }

    private TermPattern compile(String term) throws IOException {
        List<String> termKeys = new ArrayList<>();
        for (String word : SPACES.split(term)) {
            char kind = TermKeys.STEM;
            String bare = word;
            if (bare.endsWith("*")) {
                kind = TermKeys.PREFIX;
                bare = bare.substring(0, bare.length() - 1);
            } else if (bare.startsWith("=")) {
                kind = TermKeys.EXACT;
                bare = bare.substring(1);
            }
            List<Token> tokens = AnalyzedText.of(bare).words();
            if (tokens.isEmpty()) {
                throw error("term '" + term + "' has no letters or digits in '" + word + "'");
            }
            for (int i = 0; i < tokens.size(); i++) {
                // A prefix mark belongs to the last piece of a hyphenated word ("sea-dron*").
                char pieceKind = kind == TermKeys.PREFIX && i < tokens.size() - 1 ? TermKeys.STEM : kind;
                termKeys.add(keys.termKey(tokens.get(i).norm(), pieceKind));
            }
        }
        Integer id = patternIds.get(termKeys);
        if (id == null) {
            id = patternIds.size();
            patternIds.put(termKeys, id);
        }
        TermPattern pattern = new TermPattern(term, termKeys, id);
        allPatterns.add(pattern);
        return pattern;
    }

    private TopicBuilder requireTopic() throws IOException {
        if (current == null) {
            throw error("a 'topic <id> threshold <n>' line must come first");
        }
        return current;
    }

    private double number(String text, String what) throws IOException {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw error("expected a number for " + what + ", found '" + text.strip() + "'");
        }
    }

    private static String rest(String line, String first) {
        return line.substring(line.indexOf(first) + first.length()).strip();
    }

    private IOException error(String message) {
        return new IOException(file + ":" + lineNumber + ": " + message);
    }

    private static final class TopicBuilder {
        final String id;
        double threshold;
        final List<Concept> concepts = new ArrayList<>();
        final List<TermPattern> blockers = new ArrayList<>();

        TopicBuilder(String id) {
            this.id = id;
        }
    }
}

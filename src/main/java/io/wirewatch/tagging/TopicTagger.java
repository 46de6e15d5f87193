package io.wirewatch.tagging;

import io.wirewatch.model.TopicTag;
import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.LanguageDetector;
import io.wirewatch.text.Token;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags a text with topics from the rule files in {@code <configDir>/topics/<language>.rules}.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>The text's language picks the rule file: the given code (its base, so {@code ar-IQ} → ar), or,
 *       when it is null or has no file, the language its script says ({@link LanguageDetector}), or
 *       English.
 *   <li>The rules read the article's words as the pipeline cut them once ({@link AnalyzedText#words()});
 *       every lexicon term is found in one pass ({@link PhraseMatcher}); each topic is then scored
 *       ({@link TopicScorer}).
 *   <li>Tags come sorted by topic id; evidence offsets point into the text exactly as given.
 * </ol>
 *
 * <p>Immutable and thread-safe once loaded; linear in the text length.
 */
public final class TopicTagger {
    private static final Logger LOG = LoggerFactory.getLogger(TopicTagger.class);
    static final String RULES_DIR = "topics";
    static final String RULES_SUFFIX = ".rules";
    private static final String FALLBACK_LANGUAGE = "en";

    private final Map<String, LanguageRules> byLanguage;

    private TopicTagger(Map<String, LanguageRules> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * Loads every {@code *.rules} file under {@code configDir/topics}.
     *
     * @throws IOException when the directory is missing or empty, or a file has a syntax error (the
     *     message names the file and line)
     */
    public static TopicTagger load(Path configDir) throws IOException {
        return loadRules(configDir.resolve(RULES_DIR));
    }

    /** Loads every {@code *.rules} file in {@code dir}: the same engine serves other rule sets (incidents). */
    public static TopicTagger loadRules(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no topic rules directory at " + dir.toAbsolutePath());
        }
        Map<String, LanguageRules> rules = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + RULES_SUFFIX)) {
            for (Path file : files) {
                LanguageRules parsed = RuleFileParser.parse(file);
                rules.put(parsed.language(), parsed);
            }
        }
        if (rules.isEmpty()) {
            throw new IOException("no *" + RULES_SUFFIX + " files in " + dir.toAbsolutePath());
        }
        LOG.info("Loaded topic rules for languages {} from {}", rules.keySet(), dir);
        return new TopicTagger(Map.copyOf(rules));
    }

    /** Topics of {@code text}, sorted by id; {@code language} may be null. */
    public List<TopicTag> tag(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return tag(AnalyzedText.of(text), language);
    }

    /** Topics of an already analysed text (the article's one pass), sorted by id; {@code language} may be null. */
    public List<TopicTag> tag(AnalyzedText analyzed, String language) {
        String text = analyzed.text();
        if (text.isEmpty()) {
            return List.of();
        }
        LanguageRules rules = rulesFor(text, language);
        if (rules == null) {
            return List.of();
        }
        List<Token> tokens = analyzed.words();
        Occurrences found = rules.matcher().find(tokens);
        TopicScorer scorer = new TopicScorer(analyzed, found, rules.window());
        boolean[] touched = new boolean[rules.topics().size()];
        for (int i = 0; i < found.seenCount(); i++) {
            for (int topic : rules.topicsByPattern()[found.seen(i)]) {
                touched[topic] = true;
            }
        }
        List<TopicTag> tags = new ArrayList<>();
        for (int t = 0; t < touched.length; t++) {
            if (touched[t]) { // a topic none of whose terms occurs scores 0 and cannot fire
                scorer.score(rules.topics().get(t)).ifPresent(tags::add);
            }
        }
        tags.sort(Comparator.comparing(TopicTag::topic));
        return List.copyOf(tags);
    }

    private LanguageRules rulesFor(String text, String language) {
        if (language != null && !language.isBlank()) {
            String base = language.strip().toLowerCase(Locale.ROOT);
            int dash = base.indexOf('-');
            LanguageRules given = byLanguage.get(dash > 0 ? base.substring(0, dash) : base);
            if (given != null) {
                return given;
            }
        }
        LanguageRules byScript = byLanguage.get(LanguageDetector.detect(text));
        return byScript != null ? byScript : byLanguage.get(FALLBACK_LANGUAGE);
    }
}

package io.wirewatch.tagging;

import java.util.List;

/**
 * Everything compiled from one {@code config/topics/<language>.rules} file.
 *
 * @param window how many tokens either side of an occurrence {@code near}, {@code unless} and blockers
 *     look
 */
record LanguageRules(String language, int window, List<TopicRule> topics, TermKeys keys, PhraseMatcher matcher) {
    LanguageRules {
        topics = List.copyOf(topics);
    }
}

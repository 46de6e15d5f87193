package io.wirewatch.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything compiled from one {@code config/topics/<language>.rules} file.
 *
 * @param window how many tokens either side of an occurrence {@code near}, {@code unless} and blockers
 *     look
 * @param topicsByPattern for each pattern id, the indexes (into {@code topics}) of the topics one of whose
 *     concept terms it is: only those topics can fire when it occurs, so a text is scored against the topics its
 *     words touch, not against every rule of the file
 */
record LanguageRules(String language, int window, List<TopicRule> topics, TermKeys keys, PhraseMatcher matcher,
                     int[][] topicsByPattern) {
    LanguageRules {
        topics = List.copyOf(topics);
    }

    static LanguageRules of(String language, int window, List<TopicRule> topics, TermKeys keys,
                            PhraseMatcher matcher, int patternCount) {
        List<List<Integer>> byPattern = new ArrayList<>();
        for (int p = 0; p < patternCount; p++) {
            byPattern.add(new ArrayList<>(1));
        }
        for (int t = 0; t < topics.size(); t++) {
            for (TopicRule.Term term : topics.get(t).ranked()) {
                List<Integer> of = byPattern.get(term.term().id());
                if (!of.contains(t)) {
                    of.add(t);
                }
            }
        }
        int[][] out = new int[patternCount][];
        for (int p = 0; p < patternCount; p++) {
            out[p] = byPattern.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        return new LanguageRules(language, window, topics, keys, matcher, out);
    }
}

package io.wirewatch.tagging;

import java.util.List;

/**
 * A topic in one language: its concepts, the threshold its score must reach, and blockers — terms
 * that void any of the topic's occurrences within the window ("light show" next to "drones").
 */
record TopicRule(String topic, double threshold, List<Concept> concepts, List<TermPattern> blockers) {
    TopicRule {
        concepts = List.copyOf(concepts);
        blockers = List.copyOf(blockers);
    }
}

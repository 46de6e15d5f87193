package io.wirewatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A topic in one language: its concepts, the threshold its score must reach, and blockers — terms
 * that void any of the topic's occurrences within the window ("light show" next to "drones").
 *
 * @param ranked every term of every concept in the order the scorer lets them claim spans, fixed at load
 */
record TopicRule(String topic, double threshold, List<Concept> concepts, List<TermPattern> blockers,
                 List<Term> ranked) {
    TopicRule {
        concepts = List.copyOf(concepts);
        blockers = List.copyOf(blockers);
        ranked = List.copyOf(ranked);
    }

    /** One term of one concept: what claims a span of the text. */
    record Term(Concept concept, TermPattern term) {
    }

    static TopicRule of(String topic, double threshold, List<Concept> concepts, List<TermPattern> blockers) {
        List<Term> terms = new ArrayList<>();
        for (Concept concept : concepts) {
            for (TermPattern term : concept.terms()) {
                terms.add(new Term(concept, term));
            }
        }
        // Why this order: a span counts for one line only, the heaviest, and a word inside a longer
        // phrase ("sea" in "Sea of Azov") belongs to the phrase — so weights mean what they say. Stable, so
        // equal terms keep the order of the file.
        terms.sort(Comparator.comparingDouble((Term c) -> c.concept().weight()).reversed()
                .thenComparing(Comparator.comparingInt((Term c) -> c.term().keys().size()).reversed()));
        return new TopicRule(topic, threshold, concepts, blockers, terms);
    }
}

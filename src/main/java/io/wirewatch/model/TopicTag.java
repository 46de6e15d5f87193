package io.wirewatch.model;

import java.util.List;

/** A topic an article was tagged with, its rule score and the spans that fired. */
public record TopicTag(String topic, double score, List<Evidence> evidence) {
    public TopicTag {
        evidence = List.copyOf(evidence);
    }
}

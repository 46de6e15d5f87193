package io.wirewatch.tagging;

import java.util.List;

/**
 * One scoring line of a topic: synonyms that count once together.
 *
 * <p>Why synonyms count once: a wire that says "drone" and then "UAV" for the same object is no more
 * about drone strikes than one that repeats "drone"; different concepts (a drone and an interception)
 * are what make a topic certain.
 *
 * @param terms the synonyms
 * @param weight added once to the topic score when any synonym fires (negative weights argue against)
 * @param near when not empty, an occurrence counts only with one of these terms within the window
 * @param unless an occurrence does not count with one of these terms within the window
 * @param line where it was defined, for messages
 */
record Concept(List<TermPattern> terms, double weight, List<TermPattern> near, List<TermPattern> unless,
               int line) {
    Concept {
        terms = List.copyOf(terms);
        near = List.copyOf(near);
        unless = List.copyOf(unless);
    }

    /**
     * By identity: each concept is one line of its file, so two are never the same, and the record's own hash walked
     * every term of the concept each time the scorer put one in a set (a few % of the tagger's time). Hashed by its
     * line, so the scorer's sets iterate in the same order on every run.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(line);
    }
}

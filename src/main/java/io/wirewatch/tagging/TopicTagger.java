package io.wirewatch.tagging;

import io.wirewatch.model.TopicTag;
import java.nio.file.Path;
import java.util.List;

/** Tags a text with topics from the rule files in {@code config/}. (Stub: to be replaced.) */
public final class TopicTagger {
    public static TopicTagger load(Path configDir) {
        return new TopicTagger();
    }

    public List<TopicTag> tag(String text, String language) {
        return List.of();
    }
}

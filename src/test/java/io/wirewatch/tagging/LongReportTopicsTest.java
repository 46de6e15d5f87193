package io.wirewatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.TopicTag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a topic's evidence stands in a long report decides whether it is a subject (issue 10, item 7). */
class LongReportTopicsTest {
    private static TopicTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        tagger = TopicTagger.load(Path.of("config"));
    }

    private static List<String> topics(String text) {
        return tagger.tag(text, "en").stream().map(TopicTag::topic).toList();
    }

    /** Six paragraphs about a power cut; the talks stand in one clause, the drones in one sentence. */
    private static String powerCutReport(String lastParagraph) {
        return "Kharkiv residents face a third day without power\n\n"
                + "Engineers worked through the night to restore electricity to the city's eastern districts.\n\n"
                + "The regional utility said repair crews had reconnected two substations by morning.\n\n"
                + "Hospitals ran on generators, and schools moved lessons online for the rest of the week.\n\n"
                + "Officials asked residents to limit the use of heaters and washing machines in the evening.\n\n"
                + "Queues formed at the few cafes with their own generators, where people charged phones.\n\n"
                + lastParagraph;
    }

    @Test
    void shouldNotTagATopicFromOneClauseAtTheEndOfALongReport() {
        assertThat(topics(powerCutReport("The outages came as envoys prepared for ceasefire talks in Geneva,"
                + " the city said.")))
                .doesNotContain("diplomacy");
    }

    @Test
    void shouldTagATopicThatAPassageOfTheReportIsAbout() {
        assertThat(topics(powerCutReport("Separately, envoys met in Geneva for ceasefire talks on Tuesday."
                + " The foreign ministers of both countries joined the negotiations by video link, and a summit"
                + " was proposed for next month.")))
                .contains("diplomacy");
    }

    @Test
    void shouldStillTagAShortWireFromOneSentence() {
        assertThat(topics("Envoys met in Geneva for ceasefire talks on Tuesday.")).contains("diplomacy");
    }

    @Test
    void shouldTagATopicThatOneParagraphOpensWithBeforeAComma() {
        assertThat(topics(powerCutReport("On the diplomatic front, envoys of both countries held ceasefire talks"
                + " in Geneva on Tuesday.")))
                .contains("diplomacy");
        assertThat(topics(powerCutReport("Diplomats said the outages came as envoys prepared for talks in Geneva.")))
                .doesNotContain("diplomacy");
    }
}

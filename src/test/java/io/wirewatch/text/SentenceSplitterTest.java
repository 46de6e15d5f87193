package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.textOf(text)).toList();
    }

    @Test
    void shouldSplitOnFullStops() {
        assertThat(texts("The ministry spoke. Drones flew.")).containsExactly("The ministry spoke.", "Drones flew.");
    }

    @Test
    void shouldKeepThousandSeparatorsInsideSentence() {
        assertThat(texts("أطلقت روسيا 1.200 مسيرة. ثم توقفت.")).containsExactly("أطلقت روسيا 1.200 مسيرة.", "ثم توقفت.");
    }

    @Test
    void shouldNotEndASentenceAtAClockTimeBeforeItsZone() {
        assertThat(texts("Drones flew between 8:00 p.m. Moscow time and 7 a.m. GMT on Sunday, it said. Then none."))
                .containsExactly("Drones flew between 8:00 p.m. Moscow time and 7 a.m. GMT on Sunday, it said.",
                        "Then none.");
    }

    @Test
    void shouldEndASentenceAtAClockTimeBeforeANewSentence() {
        assertThat(texts("The raid ended at 5 a.m. Drones returned at noon."))
                .containsExactly("The raid ended at 5 a.m.", "Drones returned at noon.");
    }

    @Test
    void shouldSplitOnLineBreaks() {
        assertThat(texts("الدفاع الروسية:\nأسقطت الدفاعات 20 مسيرة")).containsExactly("الدفاع الروسية:",
                "أسقطت الدفاعات 20 مسيرة");
    }

    @Test
    void shouldCountParagraphsAtBlankLines() {
        List<Sentence> s = SentenceSplitter.split("One.\nTwo.\n\nThree.");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void shouldSplitOnArabicQuestionMark() {
        assertThat(texts("هل انتهى الهجوم؟ لا.")).containsExactly("هل انتهى الهجوم؟", "لا.");
    }

    @Test
    void shouldNotSplitAfterSingleCapitalInitials() {
        assertThat(texts("U.S. officials said so.")).containsExactly("U.S. officials said so.");
    }

    @Test
    void shouldNotSplitAfterATitleBeforeAName() {
        assertThat(texts("Spokesman Brig. Gen. Yahya Saree said so. Lt. Col. Ivanov agreed."))
                .containsExactly("Spokesman Brig. Gen. Yahya Saree said so.", "Lt. Col. Ivanov agreed.");
    }

    @Test
    void shouldKeepClosingQuoteWithItsSentence() {
        assertThat(texts("He said \"no.\" Then left.")).containsExactly("He said \"no.\"", "Then left.");
    }

    @Test
    void shouldReturnNothingForNullOrBlank() {
        assertThat(SentenceSplitter.split(null)).isEmpty();
        assertThat(SentenceSplitter.split("  \n ")).isEmpty();
    }
}

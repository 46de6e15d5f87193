package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-engine word table: remembers, answers right after any eviction, and never grows past its slots. */
class WordIdsTest {
    private final AtomicInteger derived = new AtomicInteger();
    private final WordIds lengths = new WordIds(8, w -> {
        derived.incrementAndGet();
        return new int[] {w.length()};
    });

    @Test
    void shouldWorkOutAWordOnceWhileItIsRemembered() {
        lengths.of("drones");
        lengths.of("drones");

        assertThat(lengths.of("drones")).containsExactly(6);
        assertThat(derived).hasValue(1);
    }

    /** Hostile or random text only overwrites slots: memory is bounded by the rules, not by what was read. */
    @Test
    void shouldNeverHoldMoreWordsThanItsSlotsWhateverItReads() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            lengths.of(randomWord(random));
        }

        assertThat(lengths.size()).isLessThanOrEqualTo(8);
    }

    @Test
    void shouldAnswerRightAfterItsSlotsWereTakenByOtherWords() {
        Random random = new Random(3);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            words.add(randomWord(random));
        }
        for (String w : words) {
            lengths.of(w);
        }

        for (String w : words) {
            assertThat(lengths.of(w)).as(w).containsExactly(w.length());
        }
    }

    @Test
    void shouldKeepTwoWordsOfOneSlotPair() {
        WordIds two = new WordIds(2, w -> {
            derived.incrementAndGet();
            return new int[] {w.length()};
        });
        two.of("a");
        two.of("bb");
        two.of("a");
        two.of("bb");

        assertThat(derived).hasValue(2);
    }

    @Test
    void shouldNotRememberOverlongRuns() {
        String run = "م".repeat(WordIds.MAX_WORD_CHARS + 1);
        lengths.of(run);
        lengths.of(run);

        assertThat(derived).hasValue(2);
        assertThat(lengths.size()).isZero();
    }

    @Test
    void shouldRefuseASlotCountThatIsNoPowerOfTwo() {
        assertThatThrownBy(() -> new WordIds(12, w -> new int[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomWord(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 3 + random.nextInt(8);
        for (int k = 0; k < length; k++) {
            sb.append((char) ('\u0621' + random.nextInt(26)));
        }
        return sb.toString();
    }
}

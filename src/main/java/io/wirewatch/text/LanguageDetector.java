package io.wirewatch.text;

/**
 * Guesses an article's language from its script when the wire does not say.
 *
 * <p>Rules, in order: mostly Arabic letters → {@code ar}; mostly Cyrillic → {@code uk} when the
 * Ukrainian-only letters і ї є ґ occur, else {@code ru}; otherwise {@code en}. Wires here come in
 * these four languages, so script is a sufficient signal and costs one pass over the text.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null) {
            return "en";
        }
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        boolean ukrainianLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.ARABIC
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                arabic++;
            } else if (block == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
                    ukrainianLetter = true;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (arabic >= cyrillic && arabic >= latin && arabic > 0) {
            return "ar";
        }
        if (cyrillic > latin) {
            return ukrainianLetter ? "uk" : "ru";
        }
        return "en";
    }
}

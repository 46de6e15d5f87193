package io.wirewatch.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * The claim lexicons' filter on top of the pipeline's tokens: the forms an Arabic word is compared with.
 *
 * <p>A word's forms are the word itself plus every reading with a leading conjunction (و، ف) and/or
 * preposition-article (ال، بال، كال، لل، ل، ب، ك) removed, keeping at least two letters. Lexicon entries are
 * compared with all of them, so "والمسيرات" matches the entry "مسيرات" and "البيان" matches both "بيان" and
 * "البيان"; after "لل" the article comes back too ("للقوات" matches "القوات"). Words of other scripts have one
 * form, themselves.
 */
final class CliticForms {
    /** Words longer than this get no clitic-stripped forms: no lexicon entry is that long. */
    private static final int MAX_FORM_WORD = 40;
    private static final String[] OUTER_CLITICS = {"", "و", "ف"};
    private static final String[] INNER_CLITICS = {"", "ال", "بال", "كال", "لل", "ل", "ب", "ك"};
    /** Every non-empty outer+inner combination, built once: this runs for every Arabic word. */
    private static final String[] CLITIC_PREFIXES = cliticPrefixes();

    private CliticForms() {
    }

    static String[] of(String norm) {
        if (norm.length() < 3 || norm.length() > MAX_FORM_WORD) {
            return new String[] {norm};
        }
        char first = norm.charAt(0);
        if (first != 'و' && first != 'ف' && first != 'ا' && first != 'ب' && first != 'ك' && first != 'ل') {
            return new String[] {norm}; // Why: most words carry no clitic; skip the allocation-heavy path.
        }
        // No cache of its own: the one caller keeps the result per term (CompiledLexicons.symbolsOf).
        return compute(norm);
    }

    private static String[] compute(String norm) {
        List<String> forms = new ArrayList<>(4);
        forms.add(norm);
        for (String prefix : CLITIC_PREFIXES) {
            if (norm.length() - prefix.length() >= 2 && norm.startsWith(prefix)) {
                forms.add(norm.substring(prefix.length()));
                if (prefix.endsWith("لل")) {
                    // "للقوات" is ل + القوات with the article's alef dropped: it also reads as "القوات"
                    forms.add("ال" + norm.substring(prefix.length()));
                }
            }
        }
        return forms.toArray(new String[0]);
    }

    private static String[] cliticPrefixes() {
        List<String> out = new ArrayList<>();
        for (String outer : OUTER_CLITICS) {
            for (String inner : INNER_CLITICS) {
                String p = outer + inner;
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out.toArray(new String[0]);
    }
}

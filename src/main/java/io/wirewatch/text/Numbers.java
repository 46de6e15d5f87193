package io.wirewatch.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads cardinal numbers written with digits or words, in Arabic, English, Russian and Ukrainian.
 *
 * <p>Rules:
 * <ol>
 *   <li>Digits may be Western (0-9), Arabic-Indic (٠-٩) or Persian (۰-۹), mixed freely.</li>
 *   <li>Groups of exactly three digits after {@code , . ٬ '} are thousands ({@code 1,200}, {@code 1.200},
 *       {@code ١٬٢٠٠}); a single {@code .} or {@code ٫} before one, two or four+ digits is a decimal point,
 *       which only yields a count when a scale word follows ({@code 1.5 million}).</li>
 *   <li>A scale word after a number multiplies it: {@code 15 ألف}, {@code ثلاثة آلاف}, {@code 2 million}.</li>
 *   <li>Arabic number words in every case, gender and the dual: {@code عشرين/عشرون}, {@code اثنتين/اثنين},
 *       {@code أربع/أربعة}, the accusative {@code ثلاثا/تسعا} ("أسقطت تسعا وخمسين"), {@code مائة/مئة}, {@code مئتين}, {@code ثلاثمائة}, teens ({@code خمسة عشر}) and
 *       compounds joined by {@code و} ({@code خمسة وعشرون}, {@code مائة وخمسون}). A leading conjunction or
 *       preposition on the first word ({@code واثنتين}, {@code بخمس}) is ignored.</li>
 *   <li>English number words: {@code forty-two}, {@code a hundred}, {@code one hundred and twenty},
 *       {@code two dozen}, {@code a dozen}; a singular Cyrillic ten or dozen by itself ({@code около десятка}).</li>
 *   <li>Plural scale words alone are vague, not numbers: {@code آلاف}, {@code hundreds}, {@code dozens}.</li>
 *   <li>Numbers longer than 15 digits are rejected: no count of anything here is that large, and it keeps
 *       an endless digit run cheap.</li>
 * </ol>
 * Input words are single tokens (digit runs with their separators, or letter runs); hyphenated English words
 * are one token.
 */
public final class Numbers {

    /** A number read from {@code length} consecutive words. */
    public record Match(long value, int length) {
    }

    private enum Kind { UNIT, TEN, TEEN, TENS, HUNDRED, HUNDREDS, SCALE, SCALE_PLURAL, DOZEN, ARTICLE }

    private record Word(Kind kind, long value) {
    }

    private static final int MAX_DIGITS = 15;
    private static final int MAX_WORD = 24;
    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        // "اعترض إحداهما": one of the two (the dual pronoun glued to it says of which)
        unit(1, "واحد", "واحده", "واحدا", "احد", "احدى", "one", "احداهما", "احدهما");
        unit(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثنتا", "اثني", "اثنتي", "two");
        unit(3, "ثلاث", "ثلاثه", "ثلاثا", "three");
        unit(4, "اربع", "اربعه", "اربعا", "four");
        unit(5, "خمس", "خمسه", "خمسا", "five");
        unit(6, "ست", "سته", "ستا", "six");
        unit(7, "سبع", "سبعه", "سبعا", "seven");
        unit(8, "ثمان", "ثماني", "ثمانيه", "ثمانيا", "eight");
        unit(9, "تسع", "تسعه", "تسعا", "nine");
        put(Kind.TEN, 10, "عشر", "عشره", "عشرا", "ten");
        String[] teens = {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
        for (int k = 0; k < teens.length; k++) {
            put(Kind.TEEN, 11 + k, teens[k]);
        }
        put(Kind.TENS, 20, "عشرون", "عشرين", "twenty");
        put(Kind.TENS, 30, "ثلاثون", "ثلاثين", "thirty");
        put(Kind.TENS, 40, "اربعون", "اربعين", "forty");
        put(Kind.TENS, 50, "خمسون", "خمسين", "fifty");
        put(Kind.TENS, 60, "ستون", "ستين", "sixty");
        put(Kind.TENS, 70, "سبعون", "سبعين", "seventy");
        put(Kind.TENS, 80, "ثمانون", "ثمانين", "eighty");
        put(Kind.TENS, 90, "تسعون", "تسعين", "ninety");
        put(Kind.HUNDRED, 100, "مائه", "مئه", "مايه", "hundred");
        put(Kind.HUNDREDS, 200, "مائتان", "مائتين", "مئتان", "مئتين", "مايتين", "مايتان");
        String[] hundredStems = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int k = 0; k < hundredStems.length; k++) {
            put(Kind.HUNDREDS, (k + 3) * 100L, hundredStems[k] + "مائه", hundredStems[k] + "مئه");
        }
        put(Kind.HUNDREDS, 800, "ثمانيمائه", "ثمانيمئه");
        put(Kind.SCALE, 1_000, "الف", "thousand");
        put(Kind.HUNDREDS, 2_000, "الفان", "الفين", "الفا");
        put(Kind.SCALE_PLURAL, 1_000, "الاف", "thousands");
        put(Kind.SCALE, 1_000_000, "مليون", "million");
        put(Kind.SCALE_PLURAL, 1_000_000, "ملايين", "millions");
        put(Kind.DOZEN, 12, "dozen");
        put(Kind.ARTICLE, 1, "a");
        cyrillic();
    }

    /**
     * Russian and Ukrainian number words in every case and gender the reports use (the apostrophe of
     * Ukrainian "п'ять" is dropped by the tokenizer, so "пять" serves both languages).
     */
    private static void cyrillic() {
        unit(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одне", "одній",
                "одною", "однієї");
        unit(2, "два", "две", "двух", "двум", "двумя", "дві", "двох", "двом", "двома", "обидва", "обидві", "оба",
                "обе", "обоих");
        unit(3, "три", "трех", "трём", "трем", "тремя", "трьох", "трьом", "трьома", "трёх");
        unit(4, "четыре", "четырех", "четырём", "четырем", "четырьмя", "четырёх", "чотири", "чотирьох", "чотирьом",
                "чотирма");
        String[][] units = {
            {"5", "пять", "пяти", "пятью", "пятьох", "пятьма"},
            {"6", "шесть", "шести", "шестью", "шість", "шістьох", "шістьма"},
            {"7", "семь", "семи", "семью", "сім", "сімох", "сьома"},
            {"8", "восемь", "восьми", "восемью", "восьмью", "вісім", "вісьмох", "вісьмома"},
            {"9", "девять", "девяти", "девятью", "девятьох", "девятьма"},
        };
        for (String[] u : units) {
            unit(Long.parseLong(u[0]), java.util.Arrays.copyOfRange(u, 1, u.length));
        }
        put(Kind.TEN, 10, "десять", "десяти", "десятью", "десятьох");
        String[][] teens = {
            {"11", "одиннадцат", "одинадцят"}, {"12", "двенадцат", "дванадцят"}, {"13", "тринадцат", "тринадцят"},
            {"14", "четырнадцат", "чотирнадцят"}, {"15", "пятнадцат", "пятнадцят"}, {"16", "шестнадцат", "шістнадцят"},
            {"17", "семнадцат", "сімнадцят"}, {"18", "восемнадцат", "вісімнадцят"}, {"19", "девятнадцат", "девятнадцят"},
        };
        for (String[] t : teens) {
            for (int k = 1; k < t.length; k++) {
                put(Kind.TEEN, Long.parseLong(t[0]), t[k] + "ь", t[k] + "и", t[k] + "ью", t[k] + "ьох", t[k] + "ьма");
            }
        }
        put(Kind.TENS, 20, "двадцать", "двадцати", "двадцатью", "двадцять", "двадцяти", "двадцятьох", "двадцятьма");
        put(Kind.TENS, 30, "тридцать", "тридцати", "тридцатью", "тридцять", "тридцяти", "тридцятьох", "тридцятьма");
        put(Kind.TENS, 40, "сорок", "сорока");
        put(Kind.TENS, 50, "пятьдесят", "пятидесяти", "пятьюдесятью", "пятдесят", "пятдесяти", "пятдесятьох",
                "пятдесятьма");
        put(Kind.TENS, 60, "шестьдесят", "шестидесяти", "шестьюдесятью", "шістдесят", "шістдесяти", "шістдесятьма");
        put(Kind.TENS, 70, "семьдесят", "семидесяти", "семьюдесятью", "сімдесят", "сімдесяти", "сімдесятьма");
        put(Kind.TENS, 80, "восемьдесят", "восьмидесяти", "восемьюдесятью", "вісімдесят", "вісімдесяти",
                "вісімдесятьма");
        put(Kind.TENS, 90, "девяносто", "девяноста", "девяносто", "девяноста");
        put(Kind.HUNDRED, 100, "сто", "ста");
        put(Kind.HUNDREDS, 200, "двести", "двухсот", "двумстам", "двумястами", "двісті", "двохсот", "двомстам",
                "двомастами");
        put(Kind.HUNDREDS, 300, "триста", "трехсот", "трёхсот", "тремстам", "тремястами", "трьохсот", "трьомстам",
                "трьомастами");
        put(Kind.HUNDREDS, 400, "четыреста", "четырехсот", "четырёхсот", "четырьмястами", "чотириста",
                "чотирьохсот", "чотирмастами");
        put(Kind.HUNDREDS, 500, "пятьсот", "пятисот", "пятьюстами", "пятсот", "пятьмастами");
        put(Kind.HUNDREDS, 600, "шестьсот", "шестисот", "шестьюстами", "шістсот", "шістьмастами");
        put(Kind.HUNDREDS, 700, "семьсот", "семисот", "семьюстами", "сімсот", "сьомастами");
        put(Kind.HUNDREDS, 800, "восемьсот", "восьмисот", "восемьюстами", "вісімсот", "вісьмомастами");
        put(Kind.HUNDREDS, 900, "девятьсот", "девятисот", "девятьюстами", "девятсот", "девятьмастами");
        put(Kind.SCALE, 1_000, "тысяча", "тысячу", "тысячей", "тисяча", "тисячу", "тисячею");
        // "около двух десятков", "три десятки": tens counted like dozens, never a number by themselves
        put(Kind.DOZEN, 10, "десятка", "десятков", "десятки", "десятків", "десяток", "десятку", "десятком");
        put(Kind.DOZEN, 12, "дюжина", "дюжину", "дюжины", "дюжини");
        // "две сотни", "дві сотні": hundreds counted like dozens; "сотни" alone is vague
        put(Kind.DOZEN, 100, "сотня", "сотню", "сотни", "сотен", "сотні", "сотень");
        put(Kind.SCALE_PLURAL, 1_000, "тысячи", "тысяч", "тисячі", "тисяч");
    }

    /**
     * A singular ten or dozen is a number by itself ("около десятка" = about ten, "дюжина дронов"); the plurals
     * ("десятки", "десятков") are "dozens of", vague, unless a number counts them ("двух десятков").
     */
    private static final java.util.Set<String> SINGULAR_DOZENS = java.util.Set.of("десяток", "десятка", "десятку",
            "десятком", "дюжина", "дюжину", "дюжины", "дюжини");

    private Numbers() {
    }

    private static void unit(long value, String... words) {
        put(Kind.UNIT, value, words);
    }

    private static void put(Kind kind, long value, String... words) {
        for (String w : words) {
            WORDS.put(fold(w), new Word(kind, value));
        }
    }

    /**
     * Reads the number that starts at {@code words.get(from)}, or returns null when none does.
     * English "hundred" alone is refused (it needs "a" or a count before it); a lone "a" is not a number.
     */
    public static Match parse(List<String> words, int from) {
        if (words == null || from < 0 || from >= words.size()) {
            return null;
        }
        String first = words.get(from);
        if (first == null || first.isEmpty()) {
            return null;
        }
        if (isDigit(first.charAt(0))) {
            return parseFromDigits(words, from);
        }
        Match half = halfAgain(words, from);
        return half != null ? half : parseWords(words, from);
    }

    /** "полтора", "півтори": one and a half of the scale that follows. */
    private static final java.util.Set<String> ONE_AND_A_HALF = java.util.Set.of("полтора", "полторы", "полутора",
            "півтора", "півтори");

    /**
     * "более полутора сотен", "півтори тисячі", "близько півтора десятка": 1.5 times a ten, a dozen, a hundred or a
     * thousand; else null.
     */
    private static Match halfAgain(List<String> words, int from) {
        if (from + 1 >= words.size() || !ONE_AND_A_HALF.contains(fold(words.get(from)))) {
            return null;
        }
        Word scale = lookup(words.get(from + 1), false);
        if (scale == null || scale.value < 10 || (scale.kind != Kind.DOZEN && scale.kind != Kind.SCALE
                && scale.kind != Kind.SCALE_PLURAL)) {
            return null;
        }
        return new Match(scale.value * 3 / 2, 2);
    }

    /** Reads a digit token ({@code 1,200}, {@code ١٬٢٠٠}, {@code 3.5}) as a number, or NaN when it is not one. */
    public static double parseDigits(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_DIGITS * 2) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder();
        char sep = 0;
        int groups = 0;
        int groupLen = 0;
        int firstGroupLen = -1;
        boolean badGroup = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
                groupLen++;
            } else if (isSeparator(c)) {
                if (groupLen == 0 || (sep != 0 && sep != c)) {
                    return Double.NaN;
                }
                if (firstGroupLen < 0) {
                    firstGroupLen = groupLen;
                } else if (groupLen != 3) {
                    badGroup = true;
                }
                sep = c;
                groups++;
                groupLen = 0;
            } else {
                return Double.NaN;
            }
        }
        if (groupLen == 0 || digits.length() > MAX_DIGITS) {
            return Double.NaN;
        }
        if (groups == 0) {
            return Long.parseLong(digits.toString());
        }
        boolean thousands = !badGroup && groupLen == 3 && firstGroupLen <= 3 && sep != '\u066B';
        if (thousands) {
            return Long.parseLong(digits.toString());
        }
        boolean decimal = groups == 1 && (sep == '.' || sep == '\u066B' || sep == ',');
        if (decimal) {
            String whole = digits.substring(0, firstGroupLen);
            String frac = digits.substring(firstGroupLen);
            return Double.parseDouble(whole + "." + frac);
        }
        return Double.NaN;
    }

    private static Match parseFromDigits(List<String> words, int from) {
        double v = parseDigits(words.get(from));
        if (Double.isNaN(v)) {
            return null;
        }
        int length = 1;
        Word next = from + 1 < words.size() ? lookup(words.get(from + 1), false) : null;
        if (next != null && (next.kind == Kind.SCALE || next.kind == Kind.SCALE_PLURAL)) {
            v *= next.value;
            length = 2;
        }
        if (v != Math.rint(v) || v < 0 || v > 1e15) {
            return null;
        }
        return new Match((long) v, length);
    }

    private static Match parseWords(List<String> words, int from) {
        long total = 0;
        long current = 0;
        boolean any = false;
        Kind last = null;
        int i = from;
        while (i < words.size()) {
            String raw = words.get(i);
            boolean firstWord = i == from;
            Word w = lookup(raw, firstWord);
            boolean joined = false;
            if (w == null && !firstWord) {
                w = lookupJoined(raw);
                joined = w != null;
            }
            if (w == null && !firstWord && any && "and".equals(fold(raw)) && i + 1 < words.size()
                    && (last == Kind.HUNDRED || last == Kind.SCALE)) {
                Word after = lookup(words.get(i + 1), false);
                if (after != null && after.kind.ordinal() <= Kind.TENS.ordinal()) {
                    current += after.value;
                    last = after.kind;
                    i += 2;
                    continue;
                }
            }
            if (w == null) {
                Long hyphenated = firstWord || last == Kind.HUNDRED || last == Kind.SCALE ? hyphenated(raw) : null;
                if (hyphenated != null) {
                    current += hyphenated;
                    any = true;
                    last = Kind.TENS;
                    i++;
                    continue;
                }
                break;
            }
            if (firstWord) {
                if (w.kind == Kind.ARTICLE) {
                    Word after = i + 1 < words.size() ? lookup(words.get(i + 1), false) : null;
                    if (after == null || (after.kind != Kind.HUNDRED && after.kind != Kind.SCALE
                            && after.kind != Kind.DOZEN)) {
                        return null;
                    }
                    current = 1;
                    last = Kind.UNIT;
                    i++;
                    continue;
                }
                if (w.kind == Kind.SCALE_PLURAL || (w.kind == Kind.DOZEN && !SINGULAR_DOZENS.contains(fold(raw)))
                        || (w.kind == Kind.HUNDRED && isLatin(raw)) || (w.kind == Kind.SCALE && isLatin(raw))) {
                    return null;
                }
            }
            boolean accepted = true;
            switch (w.kind) {
                case SCALE, SCALE_PLURAL -> {
                    if (w.kind == Kind.SCALE_PLURAL && current == 0) {
                        accepted = false;
                    } else {
                        total += (current == 0 ? 1 : current) * w.value;
                        current = 0;
                    }
                }
                case HUNDRED -> {
                    if (joined || current == 0) {
                        current += w.value;
                    } else if (current < 10 && last == Kind.UNIT) {
                        current *= w.value;
                    } else {
                        accepted = false;
                    }
                }
                case DOZEN -> current = (current == 0 ? 1 : current) * w.value;
                case TEN -> {
                    if (!any || joined) {
                        current += w.value;
                    } else if (last == Kind.UNIT && isArabic(raw)) {
                        current += w.value; // Arabic teens: خمسة عشر
                    } else if (!isArabic(raw) && (last == Kind.HUNDRED || last == Kind.HUNDREDS
                            || last == Kind.SCALE) && current % 100 == 0) {
                        current += w.value; // "сто десять", "two hundred ten"
                    } else {
                        accepted = false;
                    }
                }
                case ARTICLE -> accepted = false;
                default -> {
                    // Units, teens, tens, fixed hundreds: a second one must be joined by و (or follow a
                    // hundred/scale in English, "two hundred five").
                    // Other scripts join by space: "two hundred five", "сорок шесть", "двісті двадцять".
                    if (!any || joined || (!isArabic(raw) && (last == Kind.HUNDRED || last == Kind.SCALE
                            || (last == Kind.HUNDREDS && !isLatin(raw))
                            || (last == Kind.TENS && w.kind == Kind.UNIT)))) {
                        current += w.value;
                    } else {
                        accepted = false;
                    }
                }
            }
            if (!accepted) {
                break;
            }
            any = true;
            last = w.kind;
            i++;
        }
        if (!any) {
            return null;
        }
        return new Match(total + current, i - from);
    }

    /** "forty-two" → 42; null when the word is not a hyphenated tens-unit pair. */
    private static Long hyphenated(String raw) {
        int dash = raw.indexOf('-');
        if (dash <= 0 || dash == raw.length() - 1 || raw.length() > MAX_WORD) {
            return null;
        }
        Word tens = WORDS.get(fold(raw.substring(0, dash)));
        Word unit = WORDS.get(fold(raw.substring(dash + 1)));
        if (tens != null && unit != null && tens.kind == Kind.TENS && unit.kind == Kind.UNIT) {
            return tens.value + unit.value;
        }
        return null;
    }

    private static Word lookup(String raw, boolean allowPrefix) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_WORD) {
            return null;
        }
        String w = fold(raw);
        Word found = WORDS.get(w);
        if (found != null || !allowPrefix) {
            return found;
        }
        // "المسيرات الثلاث والعشرين": the article on a number word after its noun (not the weekdays الاحد, الاثنين)
        if (w.startsWith("ال") && w.length() > 3 && !w.equals("الاثنين") && !w.equals("الاحد")) {
            Word bare = WORDS.get(w.substring(2));
            if (bare != null && bare.kind != Kind.ARTICLE && bare.kind != Kind.SCALE_PLURAL) {
                return bare;
            }
        }
        // Why: a conjunction or preposition glued to the first number word (واثنتين، بخمس، لثلاثة).
        char c = w.isEmpty() ? 0 : w.charAt(0);
        if ((c == 'و' || c == 'ف' || c == 'ب' || c == 'ل') && w.length() > 2) {
            Word stripped = WORDS.get(w.substring(1));
            if (stripped != null && stripped.kind != Kind.ARTICLE) {
                return stripped;
            }
        }
        return null;
    }

    private static Word lookupJoined(String raw) {
        String w = raw == null ? "" : fold(raw);
        if (w.length() > 2 && w.charAt(0) == 'و') {
            Word bare = WORDS.get(w.substring(1));
            if (bare == null && w.startsWith("وال") && w.length() > 5) {
                bare = WORDS.get(w.substring(3)); // "الثلاث والعشرين"
            }
            return bare;
        }
        return null;
    }

    private static boolean isArabic(String raw) {
        char c = raw.isEmpty() ? 0 : raw.charAt(0);
        return c >= 0x0600 && c <= 0x06FF;
    }

    private static boolean isLatin(String raw) {
        return !raw.isEmpty() && raw.charAt(0) < 0x0250;
    }

    static boolean isDigit(char c) {
        return Character.isDigit(c) && Character.digit(c, 10) >= 0;
    }

    /** True when {@link #fold} would return {@code raw} unchanged. */
    private static boolean isFolded(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z' || c == '\'') {
                    return false;
                }
                continue;
            }
            if (Character.isSurrogate(c) || Character.toLowerCase(c) != c || c == 'ё' || c == '\u02BC'
                    || c == '\u2019'
                    || c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ' || c == 'ى' || c == 'ی' || c == 'ة' || c == 'ئ'
                    || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '\u066C' || c == '\u066B';
    }

    /**
     * The forms number words are looked up in: lower case, Arabic alef/yeh/teh-marbuta folded, diacritics and
     * tatweel dropped. Mirrors what the claim tokenizer does, so callers may pass raw or normalised words.
     */
    static String fold(String raw) {
        // Why the fast path: FigureFinder tries every token of a sentence as a number's start, and most
        // tokens are already folded; returning them as they are saves a copy and a lower-casing per token.
        if (isFolded(raw)) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ى', 'ی' -> sb.append('ي');
                case 'ة' -> sb.append('ه');
                case 'ئ' -> sb.append('ي');
                case 'ё', 'Ё' -> sb.append('е');
                case '\'', '\u2019', '\u02BC' -> { }
                default -> {
                    if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                        continue;
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}

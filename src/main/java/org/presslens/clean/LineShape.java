package org.presslens.clean;

import java.util.Set;
import org.presslens.core.CharClass;
import org.presslens.core.Trim;

/**
 * Cheap structural facts about one line, computed in a single pass over its characters: word count,
 * sentence shape, Title Case, bullets, URLs and pipe-separated link farms.
 */
final class LineShape {
    private static final String CLOSERS = "\"'”’)]»* ";
    private static final String BULLETS = "•·▪►◦●■‣⁃*";
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a.m.",
            "p.m.", "ist", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "cet", "bst", "updated", "updated:",
            "published", "published:", "created", "created:", "posted", "posted:", "last", "on", "at", "|", "-",
            "today", "yesterday", "ago", "hours", "hour", "minutes", "min", "mins", "date", "date:");

    /** Title Case is judged on the first this many words (headings are shorter). */
    private static final int CASE_WORDS = 30;
    private static final String[] SMALL_WORDS = {"the", "and", "for", "but", "nor", "yet", "with", "from", "into",
            "onto", "upon", "over", "than", "via", "per", "off", "out"};

    final int words;
    final boolean endsSentence;
    final boolean innerBreak;
    final boolean titleCase;
    final boolean bullet;
    final boolean hasUrl;
    final boolean endsColon;
    final int pipes;

    LineShape(String line) {
        char[] s = line.toCharArray(); // scanned as an array: every line of every article passes here
        int n = s.length;
        int w = 0;
        boolean inWord = false;
        int capWords = 0;
        int longWords = 0;
        int wordStart = -1;
        boolean inner = false;
        int pipeCount = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            boolean ws = c == ' ';
            if (!ws && !inWord) {
                w++;
                inWord = true;
                wordStart = i;
            } else if (ws && inWord) {
                inWord = false;
                int r = w <= CASE_WORDS ? caseOf(s, wordStart, i) : 0;
                longWords += r > 0 ? 1 : 0;
                capWords += r > 1 ? 1 : 0;
            }
            if (c == '|') {
                pipeCount++;
            } else if ((c == '.' || c == '!' || c == '?') && i > 0 && i + 2 < n && !inner) {
                char prev = s[i - 1];
                char next = s[i + 1];
                if ((Character.isLowerCase(prev) || prev == ')' || prev == '"' || prev == '”' || prev == '’')
                        && (next == ' ' || next == '-' || next == '–' || next == '—' || next == '"' || next == '”'
                        || next == '’')) {
                    inner = true;
                }
            }
        }
        if (inWord && w <= CASE_WORDS) {
            int r = caseOf(s, wordStart, n);
            longWords += r > 0 ? 1 : 0;
            capWords += r > 1 ? 1 : 0;
        }
        this.words = w;
        this.innerBreak = inner;
        this.pipes = pipeCount;
        this.titleCase = longWords == 0 ? false : (longWords == 1 ? capWords == 1 : capWords * 4 >= longWords * 3);
        int end = n - 1;
        while (end >= 0 && CLOSERS.indexOf(s[end]) >= 0) {
            end--;
        }
        char last = end >= 0 ? s[end] : ' ';
        this.endsSentence = last == '.' || last == '!' || last == '?' || last == '…';
        this.endsColon = last == ':';
        char first = n > 0 ? s[0] : ' ';
        this.bullet = BULLETS.indexOf(first) >= 0 || ((first == '-' || first == '–') && n > 1 && s[1] == ' ');
        this.hasUrl = line.contains("http://") || line.contains("https://") || line.contains("www.");
    }

    /**
     * 0: not a content word (3+ letters, starting with a letter, not a small function word that Title Case
     * leaves in lower case); 1: content word in lower case; 2: capitalised content word.
     */
    private static int caseOf(char[] s, int from, int to) {
        int a = from;
        while (a < to && !CharClass.letterOrDigit(s[a])) {
            a++;
        }
        if (a >= to || !CharClass.letter(s[a])) {
            return 0;
        }
        int letters = 0;
        int end = a;
        while (end < to && CharClass.letter(s[end])) {
            letters++;
            end++;
        }
        if (letters < 3 || letters <= 4 && small(s, a, letters)) {
            return 0;
        }
        return Character.isUpperCase(s[a]) ? 2 : 1;
    }

    private static boolean small(char[] s, int from, int len) {
        char c = Character.toLowerCase(s[from]);
        for (String w : SMALL_WORDS) {
            if (w.charAt(0) == c && w.length() == len && new String(s, from, len).equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** Pipe-separated short items ("Privacy Policy | Terms of use | About"). */
    boolean linkFarm() {
        return pipes >= 2 && !endsSentence && words <= (pipes + 1) * 5;
    }

    /** A short line made mostly of date and time words ("Tuesday, July 16, 2024", "Updated: 27-12-2024 14:29 IST"). */
    static boolean dateLine(String s, LineShape shape) {
        if (shape.words > 8 || shape.endsSentence || !hasYear(s)) {
            return false;
        }
        int dateish = 0;
        int tokens = 0;
        boolean year = false;
        for (String t : s.split(" ")) {
            String tok = Trim.edges(t.toLowerCase(java.util.Locale.ROOT),
                    cp -> !Trim.letterOrNumber(cp) && cp != '|' && cp != '-',
                    cp -> !Trim.letterOrNumber(cp) && ".:|-".indexOf(cp) < 0);
            if (tok.isEmpty()) {
                continue;
            }
            tokens++;
            if (DATE_WORDS.contains(tok)) {
                dateish++;
            } else if (isNumericDate(tok)) {
                dateish++;
                if (tok.matches(".*\\b(1[89]|20)\\d{2}\\b.*")) {
                    year = true;
                }
            }
        }
        return year && tokens > 0 && dateish * 2 > tokens;
    }

    /** Holds 18xx, 19xx or 20xx as four digits not inside a longer number. */
    private static boolean hasYear(String s) {
        int n = s.length();
        for (int i = 0; i + 3 < n; i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '1' && (b == '8' || b == '9') || a == '2' && b == '0') && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 >= n || !Character.isDigit(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumericDate(String tok) {
        boolean digit = false;
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (":-/.,tz+".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }
}

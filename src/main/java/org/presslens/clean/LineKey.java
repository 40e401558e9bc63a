package org.presslens.clean;

import org.presslens.core.CharClass;

/**
 * A line normalised for rule matching: lower case, letters and digits kept, {@code ':'} kept on the word it
 * follows, {@code '|'} and {@code '©'} kept as words of their own, every other character a space, spaces
 * collapsed.
 *
 * @param key       the normalised line ({@code "share: twitter | facebook"})
 * @param bare      the key without {@code ':'}, {@code '|'} and {@code '©'} ({@code "share twitter facebook"})
 * @param firstWord the key's first word ({@code "share:"})
 */
public record LineKey(String key, String bare, String firstWord) {

    /** Normalises one line. */
    public static LineKey of(String line) {
        return of(line, line.length());
    }

    /** The first word of {@code of(line).key()}, computed from the start of the line only. */
    public static String firstWord(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && !CharClass.letterOrDigit(line.charAt(i)) && line.charAt(i) != '|' && line.charAt(i) != '©') {
            i++;
        }
        if (i >= n) {
            return "";
        }
        char c = line.charAt(i);
        if (c == '|' || c == '©') {
            return String.valueOf(c);
        }
        StringBuilder b = new StringBuilder(16);
        while (i < n && CharClass.letterOrDigit(line.charAt(i))) {
            b.append(Character.toLowerCase(line.charAt(i)));
            i++;
        }
        while (i < n) {
            c = line.charAt(i);
            if (c == ':') {
                b.append(':');
                break;
            }
            if (CharClass.letterOrDigit(c) || c == '|' || c == '©') {
                break;
            }
            i++;
        }
        return b.toString();
    }

    /**
     * Normalises the first {@code maxChars} characters of a line (enough for prefix rules); when the line is
     * longer, the last word of the shortened key is dropped.
     */
    public static LineKey of(String line, int maxChars) {
        int n = Math.min(maxChars, line.length());
        char[] key = new char[2 * n + 2];
        char[] bare = new char[n + 1];
        int kl = 0;
        int bl = 0;
        boolean space = true;
        boolean bareSpace = true;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            char l;
            if (c < 128) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + 32)
                        : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
            } else {
                l = CharClass.letterOrDigit(c) ? Character.toLowerCase(c) : 0;
            }
            if (l != 0) {
                key[kl++] = l;
                bare[bl++] = l;
                space = false;
                bareSpace = false;
            } else if (c == ':') {
                if (space && kl > 0) {
                    kl--;
                }
                if (kl > 0) {
                    key[kl++] = ':';
                    key[kl++] = ' ';
                    space = true;
                }
                if (!bareSpace) {
                    bare[bl++] = ' ';
                    bareSpace = true;
                }
            } else if (c == '|' || c == '©') {
                if (!space) {
                    key[kl++] = ' ';
                }
                key[kl++] = c;
                key[kl++] = ' ';
                space = true;
                if (!bareSpace) {
                    bare[bl++] = ' ';
                    bareSpace = true;
                }
            } else {
                if (!space) {
                    key[kl++] = ' ';
                    space = true;
                }
                if (!bareSpace) {
                    bare[bl++] = ' ';
                    bareSpace = true;
                }
            }
        }
        String k = new String(key, 0, kl).strip();
        String b = new String(bare, 0, bl).strip();
        if (n < line.length()) {
            // cut off: drop the last, possibly partial, word so that prefixes never match half a word
            int ks = k.lastIndexOf(' ');
            int bs = b.lastIndexOf(' ');
            k = ks < 0 ? "" : k.substring(0, ks);
            b = bs < 0 ? "" : b.substring(0, bs);
        }
        int sp = k.indexOf(' ');
        return new LineKey(k, b, sp < 0 ? k : k.substring(0, sp));
    }
}

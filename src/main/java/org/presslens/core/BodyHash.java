package org.presslens.core;

/**
 * A 64-bit hash of an article body, lower-cased with whitespace runs collapsed (FNV-1a over the normalised
 * characters, then a final avalanche mix): equal for bodies that differ only in case and spacing. Runs use it to
 * find exact duplicates; models keep the hashes of their training articles with it.
 */
public final class BodyHash {
    private BodyHash() {
    }

    /** The hash of a body. */
    public static long of(String body) {
        long h = 0xcbf29ce484222325L;
        boolean space = true;
        for (int i = 0, len = body.length(); i < len; i++) {
            char ch = body.charAt(i);
            if (isSpace(ch)) {
                space = true;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * 0x100000001b3L;
                space = false;
            }
            char lower = CharClass.lowerCase(ch);
            h = (h ^ lower) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static boolean isSpace(char ch) {
        if (ch < 128) {
            return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f);
        }
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }
}

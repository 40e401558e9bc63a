package org.presslens.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Byte- and character-level text checks: UTF-8 validity, the windows-1252 fallback, the binary-content test and the
 * removal of control characters from decoded text.
 *
 * <p>Bytes are text unless (1) more than 10 % of them are control characters (C0 other than tab, line feed, form
 * feed, carriage return and escape; DEL; NUL, unless there is only one), or (2) they are not UTF-8 and look like no
 * windows-1252 text either: more than 30 % of the (non-NUL) bytes above 0x7F, or more than 10 % above 0x7F together
 * with more than 1 % control characters (only judged on 32 bytes or more). So one NUL, or a short stretch of NUL
 * padding, is damage in a text, not a sign of binary data: such control characters are removed from the decoded
 * text (see {@link #removeControls}).
 */
final class Decoding {
    /** The charset used when bytes are not valid UTF-8. */
    static final Charset FALLBACK = Charset.forName("windows-1252");
    /** Bytes inspected by the whole-file binary test. */
    static final int SNIFF_BYTES = 8192;
    /** Below this many (non-NUL) bytes the windows-1252 plausibility test (3) is not applied. */
    private static final int MIN_JUDGED = 32;
    /** Eight bytes of a byte array as one {@code long}, for word-at-a-time scans. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private Decoding() {
    }

    /** What {@link #profile} found. */
    enum Verdict {
        TEXT,
        /** NUL bytes or control characters: not text. */
        BINARY,
        /** Not UTF-8, and its bytes above 0x7F are not shaped like windows-1252 text. */
        NOT_TEXT_ENCODING;

        /** The skip reason for a file ({@code "binary file, not text"}) or a record ({@code "binary record, ..."}). */
        String reason(boolean wholeFile) {
            String r = wholeFile ? "binary file, not text" : "binary record, not text";
            return this == NOT_TEXT_ENCODING ? r + " (neither UTF-8 nor windows-1252)" : r;
        }
    }

    /**
     * What {@link #profile} found in one byte range.
     *
     * @param utf8     whether it is valid UTF-8
     * @param verdict  the binary test
     * @param controls whether its decoded text may hold control characters that {@link #removeControls} removes:
     *                 such a byte, or a JSON escape for one ({@code \b}, {@code \u0000} to {@code \u001F})
     */
    record Profile(boolean utf8, Verdict verdict, boolean controls) {
        boolean isText() {
            return verdict == Verdict.TEXT;
        }
    }

    /**
     * Profiles {@code b[off, off+len)} in one pass.
     *
     * @param cut true when the range may end inside a UTF-8 sequence (a sample of a longer input): an incomplete
     *            sequence at its very end does not count as invalid
     */
    static Profile profile(byte[] b, int off, int len, boolean cut) {
        int end = off + len;
        int nul = 0;
        int control = 0;
        int high = 0;
        boolean utf8 = true;
        boolean removable = false;
        int i = off;
        while (i < end) {
            if (i + 8 <= end && plainAscii((long) LONGS.get(b, i))) {
                i += 8;
                continue;
            }
            int c = b[i];
            if (c >= 0) {
                if (c < 0x20) {
                    if (c == 0) {
                        nul++;
                    } else if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                        control++;
                    }
                    removable |= c != '\t' && c != '\n' && c != '\r' && c != '\f';
                } else if (c == 0x7F) {
                    control++;
                } else if (c == '\\') {
                    removable |= controlEscape(b, i + 1, end);
                }
                i++;
                continue;
            }
            high++;
            if (!utf8) {
                i++;
                continue;
            }
            int need = sequenceTail(c & 0xFF);
            if (need < 0) {
                utf8 = false;
                i++;
                continue;
            }
            if (i + need >= end) {
                utf8 = cut;
                high += end - i - 1;
                break;
            }
            if (!validSequence(b, i, need)) {
                utf8 = false;
                i++;
                continue;
            }
            high += need;
            i += need + 1;
        }
        int n = len - nul;
        Verdict v = Verdict.TEXT;
        if ((control + (nul > 1 ? nul : 0)) * 10L > len) {
            v = Verdict.BINARY;
        } else if (!utf8 && n >= MIN_JUDGED && (high * 10L > n * 3L || (high * 10L > n && control * 100L > n))) {
            v = Verdict.NOT_TEXT_ENCODING;
        }
        return new Profile(utf8, v, removable);
    }

    /**
     * True when all eight bytes of {@code w} are printable ASCII (0x20–0x7E) other than the backslash: bytes that
     * {@link #profile} only skips.
     */
    private static boolean plainAscii(long w) {
        // no high bit set, and no byte below 0x20: such a byte borrows into its own high bit when 0x20 is
        // subtracted from every byte (an exact test once all bytes are below 0x80)
        return ((w | ((w - 0x20 * ONES) & ~w)) & HIGH_BITS) == 0 && !hasByte(w, 0x7F) && !hasByte(w, '\\');
    }

    /** True when the bytes after a backslash at {@code i - 1} are a JSON escape for a C0 control character. */
    private static boolean controlEscape(byte[] b, int i, int end) {
        if (i < end && b[i] == 'b') {
            return true;
        }
        return i + 3 < end && b[i] == 'u' && b[i + 1] == '0' && b[i + 2] == '0' && (b[i + 3] == '0' || b[i + 3] == '1');
    }

    /** True when one of the eight bytes of {@code w} is {@code v} (the classic zero-byte test on {@code w ^ v...}). */
    static boolean hasByte(long w, int v) {
        long x = w ^ (v * ONES);
        return ((x - ONES) & ~x & HIGH_BITS) != 0;
    }

    /** Continuation bytes after a UTF-8 lead byte, or -1 when it cannot start a sequence. */
    private static int sequenceTail(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 3;
        }
        return -1;
    }

    private static boolean validSequence(byte[] b, int i, int need) {
        int cp = b[i] & (0x3F >> need);
        for (int k = 1; k <= need; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
        return cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    }

    /** Decodes as UTF-8 when {@code utf8}, else as windows-1252. */
    static String decode(byte[] b, int off, int len, boolean utf8) {
        return new String(b, off, len, utf8 ? StandardCharsets.UTF_8 : FALLBACK);
    }

    /** True for the control characters removed from decoded text: C0 other than tab, LF, CR and FF (NUL among them). */
    private static boolean removable(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    /** {@code s} without the control characters of {@link #removable}; {@code s} itself when it has none. */
    static String removeControls(String s) {
        int len = s.length();
        int first = 0;
        while (first < len && !removable(s.charAt(first))) {
            first++;
        }
        if (first == len) {
            return s;
        }
        StringBuilder sb = new StringBuilder(len - 1);
        sb.append(s, 0, first);
        for (int i = first + 1; i < len; i++) {
            char c = s.charAt(i);
            if (!removable(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The 1-based number of the first line of {@code s} longer than {@code max} characters, or 0 when none is. */
    static long firstLongLine(String s, int max) {
        int len = s.length();
        if (len <= max) {
            return 0;
        }
        long line = 1;
        int start = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i - start > max) {
                    return line;
                }
                if (c == '\r' && i + 1 < len && s.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return len - start > max ? line : 0;
    }
}

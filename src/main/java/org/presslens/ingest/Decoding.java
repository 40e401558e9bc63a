package org.presslens.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte-level text checks: UTF-8 validity, the windows-1252 fallback, and the binary-content test. */
final class Decoding {
    /** The charset used when bytes are not valid UTF-8. */
    static final Charset FALLBACK = Charset.forName("windows-1252");
    /** Bytes inspected by {@link #looksBinary}. */
    static final int SNIFF_BYTES = 8192;

    private Decoding() {
    }

    /** True when {@code b[off, off+len)} is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF). */
    static boolean isUtf8(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= end) {
                return false;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }

    /** Decodes as UTF-8 when valid, else as windows-1252. */
    static String decode(byte[] b, int off, int len) {
        return isUtf8(b, off, len) ? new String(b, off, len, StandardCharsets.UTF_8) : new String(b, off, len, FALLBACK);
    }

    /**
     * True when the bytes look like binary data rather than text: a NUL byte, or more than 10 % control
     * characters other than tab, line feed, form feed, carriage return and escape.
     */
    static boolean looksBinary(byte[] b, int len) {
        if (len == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return control * 10 > len;
    }
}

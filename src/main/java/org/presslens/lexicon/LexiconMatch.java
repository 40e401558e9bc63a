package org.presslens.lexicon;

/**
 * One lexicon hit: the category, the entry as written in the lexicon ({@code suggest*}, {@code no limits}) and
 * the character range it covers in the matched text (from the first to the last matched word).
 */
public record LexiconMatch(String category, String entry, int start, int end) {
    /** The matched text as it appears in {@code text}. */
    public String matched(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * The entry as its author wrote it, without the matching operator: {@code suggest*} → {@code suggest},
     * {@code warn~} → {@code warn}, {@code no-limits} unchanged. This is the {@code term} of an evidence row.
     */
    public String term() {
        String t = entry.strip();
        if (t.endsWith("*") || t.endsWith("~")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}

package org.presslens.features.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.text.Span;

/**
 * The {@code sentence} column of {@code attributions.csv}: the cue's sentence, or, for a sentence longer than
 * {@value #MAX_CHARS} characters, the {@value #WINDOW} characters around the cue with {@code …} where the sentence
 * was cut. Every cue of a long sentence would otherwise repeat all of it (a text of cues without a full stop would
 * write its length squared); windows are aligned on a grid of half their size and shared by the cues they hold, so a
 * long sentence costs memory linear in its length. One per article.
 */
final class SentenceContext {
    /** Longest sentence written whole (longer than any sentence of the bundled and shared corpora). */
    static final int MAX_CHARS = 4000;
    /** Characters written around a cue of a longer sentence. */
    static final int WINDOW = 400;
    private static final int STEP = WINDOW / 2;

    private final String body;
    private final List<Span> sentences;
    private final Map<Long, String> made = new HashMap<>();

    SentenceContext(String body, List<Span> sentences) {
        this.body = body;
        this.sentences = sentences;
    }

    /** The context of a cue starting at {@code cueStart} in sentence {@code s} (or "" when there is no sentence). */
    String of(int s, int cueStart) {
        if (s < 0 || s >= sentences.size()) {
            return "";
        }
        Span sp = sentences.get(s);
        int window = sp.length() <= MAX_CHARS ? -1 : Math.max(0, cueStart - sp.start()) / STEP;
        return made.computeIfAbsent(((long) s << 32) | (window & 0xffffffffL), k -> cut(sp, window));
    }

    private String cut(Span sp, int window) {
        if (window < 0) {
            return sp.of(body);
        }
        // the cue lies in [start + STEP * window, + STEP): at least STEP / 2 characters of context on each side
        int from = Math.max(sp.start(), sp.start() + STEP * window - STEP / 2);
        int to = Math.min(sp.end(), from + WINDOW);
        from = Math.max(sp.start(), to - WINDOW);
        return (from > sp.start() ? "…" : "") + body.substring(from, to) + (to < sp.end() ? "…" : "");
    }
}

package org.presslens.features.attribution;

import java.util.List;
import org.presslens.text.Span;

/**
 * One quotation (an utterance) with its kind and, where found, its speaker and cue. A quotation interrupted by its
 * cue ("“A,” she said, “B.”") or continued into the next paragraph by the marks is one quotation of several
 * segments.
 *
 * @param kind         {@code direct}, {@code partial}, {@code block} or {@code term} (see {@link QuoteKind})
 * @param start        offset of the first opening mark (or of a block's first character)
 * @param end          one past the last closing mark (or past the block's last character)
 * @param segments     the quoted parts, without their marks, in text order (at least one)
 * @param speaker      the speaker (a pronoun resolved to the most recent named person), or ""
 * @param speakerStart offset of the speaker's mention the attribution rests on, or -1
 * @param speakerEnd   one past that mention, or -1
 * @param cue          the cue as written ("said", "according to", "-" for a block's dash line), or ""
 * @param cueStart     offset of the cue, or -1
 * @param named        true when the speaker is a named person or organisation
 */
public record Quote(QuoteKind kind, int start, int end, List<Span> segments, String speaker, int speakerStart,
                    int speakerEnd, String cue, int cueStart, boolean named) {
    /** Joins the quoted parts of an interrupted quotation in {@link #text}. */
    public static final String SEGMENT_JOIN = " … ";

    public Quote {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a quotation has at least one segment");
        }
    }

    /** Offset of the first quoted character. */
    public int contentStart() {
        return segments.get(0).start();
    }

    /** One past the last quoted character. */
    public int contentEnd() {
        return segments.get(segments.size() - 1).end();
    }

    /** The quoted words: the segments' text joined by {@value #SEGMENT_JOIN}. */
    public String text(String body) {
        if (segments.size() == 1) {
            return segments.get(0).of(body);
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : segments) {
            if (!sb.isEmpty()) {
                sb.append(SEGMENT_JOIN);
            }
            sb.append(body, s.start(), s.end());
        }
        return sb.toString();
    }

    /** The segments as {@code start-end} pairs joined by {@code ;} (the {@code segments} column of quotes.csv). */
    public String segmentList() {
        StringBuilder sb = new StringBuilder();
        for (Span s : segments) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(s.start()).append('-').append(s.end());
        }
        return sb.toString();
    }
}

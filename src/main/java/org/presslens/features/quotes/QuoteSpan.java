package org.presslens.features.quotes;

/**
 * A quotation located by its marks (or, for a block quote, by the dash line naming its speaker).
 *
 * @param start        offset of the opening mark (or of the block's first character)
 * @param end          offset one past the closing mark (or past the last character of the quoted text)
 * @param contentStart offset of the first quoted character
 * @param contentEnd   offset one past the last quoted character
 * @param closed       false when the opening mark had no closing mark and the quote was cut at the end of its
 *                     paragraph
 * @param block        true for a block quote closed by a dash line ("...crimes. - Name, role")
 * @param speakerStart for a block quote, the offset of the speaker named on the dash line; otherwise -1
 * @param speakerEnd   for a block quote, one past the speaker's name; otherwise -1
 */
public record QuoteSpan(int start, int end, int contentStart, int contentEnd, boolean closed, boolean block,
                        int speakerStart, int speakerEnd) {

    /** The quoted text, without its marks. */
    public String content(String body) {
        return body.substring(contentStart, contentEnd);
    }
}

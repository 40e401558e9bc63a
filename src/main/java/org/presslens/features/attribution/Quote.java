package org.presslens.features.attribution;

import org.presslens.features.quotes.QuoteSpan;

/**
 * A quotation with its kind and, where found, its speaker and cue.
 *
 * @param kind         {@code direct}, {@code partial}, {@code block} or {@code term} (see {@link QuoteKind})
 * @param span         where the quotation is
 * @param speaker      the speaker (a pronoun resolved to the most recent named person), or ""
 * @param speakerStart offset of the speaker's mention the attribution rests on, or -1
 * @param speakerEnd   one past that mention, or -1
 * @param cue          the cue as written ("said", "according to", "-" for a block's dash line), or ""
 * @param cueStart     offset of the cue, or -1
 * @param named        true when the speaker is a named person or organisation
 */
public record Quote(QuoteKind kind, QuoteSpan span, String speaker, int speakerStart, int speakerEnd, String cue,
                    int cueStart, boolean named) {
}

package org.presslens.features.attribution;

import java.util.Locale;

/** How a quotation sits in its text. */
public enum QuoteKind {
    /** One or more whole quoted sentences, opening a sentence or introduced by a colon or comma. */
    DIRECT,
    /** Quoted words inside a sentence of the writer ("Putin hoped the visit would “demonstrate ...”"). */
    PARTIAL,
    /** A paragraph closed by a dash line naming the speaker ("... crimes.- Antony Blinken"). */
    BLOCK,
    /** A short quoted expression (at most four words) with no speaker: a scare or term quote ('no limits'). */
    TERM;

    /** The lower-case label written to evidence files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

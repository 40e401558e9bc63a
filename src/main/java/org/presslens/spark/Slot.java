package org.presslens.spark;

import java.io.Serializable;
import org.presslens.analysis.Outcome;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.SliceItem;

/**
 * One item of a slice as a task gives it back: a document's outcome with the id it was read with (the driver makes ids
 * unique in input order), or a skip row or file end as read.
 *
 * @param read    the skip row or file end, or null for a document
 * @param rawId   the document's id as read
 * @param source  the document's input
 * @param record  the document's record
 * @param outcome the document's outcome (analysed article or rejection)
 */
record Slot(SliceItem read, String rawId, String source, String record, Outcome outcome) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Slot read(SliceItem item) {
        return new Slot(item, null, null, null, null);
    }

    static Slot analysed(RawDocument doc, Outcome outcome) {
        return new Slot(null, doc.id(), doc.source(), doc.record(), outcome);
    }
}

package org.presslens.ingest;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a read decides in input order across files: ids made unique (an id met again gets {@code ~2}, {@code ~3},
 * ...), and at most {@link IngestConfig#maxSkipRowsPerFile()} skip rows per file, the rest counted into one summary
 * row. The default read calls it as it goes; an engine that reads slices in parallel calls it on the slices' items
 * put back in order, so that both give the same ids and rows. Not thread-safe.
 */
public final class RecordSequencer {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    private final int maxSkipRows;
    private final Map<String, Integer> ids = new HashMap<>();
    private final CappedWarning renamed = new CappedWarning(LOG, "ids already used were renamed");
    private SkipCap cap;

    /** A sequencer with the per-file skip cap of {@code config}. */
    public RecordSequencer(IngestConfig config) {
        this.maxSkipRows = config.maxSkipRowsPerFile();
        this.cap = new SkipCap(maxSkipRows);
    }

    /** The id of a document read with id {@code id}: that id, or, when already used in this read, a renamed one. */
    public String id(String id, String source, String record) {
        Integer n = ids.get(id);
        if (n == null) {
            ids.put(id, 1);
            return id;
        }
        int k = n + 1;
        while (ids.containsKey(id + "~" + k)) {
            k++;
        }
        ids.put(id, k);
        String renamedId = id + "~" + k;
        ids.put(renamedId, 1);
        if (renamed.next()) {
            LOG.warn("{}{}: id '{}' already used in this run; renamed to '{}'", source,
                    record.isEmpty() ? "" : " " + record, id, renamedId);
        }
        return renamedId;
    }

    /** True when a skip of the open file's records is to be listed; false when it is only counted. */
    public boolean admit(Skip s) {
        return cap.admit(s);
    }

    /** Ends the open file: the row standing for its skips beyond the cap, or null; counting starts again. */
    public Skip endFile(String source) {
        renamed.finish(source);
        Skip summary = cap.summary(source);
        cap = new SkipCap(maxSkipRows);
        return summary;
    }

    /** The items of a slice read, in input order, as a whole read gives them: ids unique, skips capped per file. */
    public void accept(SliceItem item, java.util.function.Consumer<InputItem> out) {
        if (item instanceof SliceItem.Doc d) {
            out.accept(withId(d.doc(), id(d.doc().id(), d.doc().source(), d.doc().record())));
        } else if (item instanceof SliceItem.Skipped s) {
            if (!s.ofOpenFile() || admit(s.skip())) {
                out.accept(s.skip());
            }
        } else {
            SliceItem.FileEnd e = (SliceItem.FileEnd) item;
            Skip summary = endFile(e.source());
            if (summary != null) {
                out.accept(summary);
            }
            if (e.last() != null) {
                out.accept(e.last());
            }
        }
    }

    /** {@code doc} with id {@code id}. */
    public static RawDocument withId(RawDocument doc, String id) {
        return id.equals(doc.id()) ? doc
                : new RawDocument(doc.source(), doc.record(), id, doc.kind(), doc.text(), doc.fields());
    }
}

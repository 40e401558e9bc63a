package org.presslens.spark;

import java.util.function.Consumer;
import org.presslens.analysis.Outcome;
import org.presslens.ingest.IngestConfig;
import org.presslens.ingest.RecordSequencer;
import org.presslens.ingest.Skip;

/**
 * On the driver: turns the slots of the slices, in input order, into the outcomes the default engine gives for the
 * same input (ids made unique, skip rows capped per file) with the reader's own {@link RecordSequencer}.
 */
final class Resequencer {
    private final RecordSequencer sequencer;

    Resequencer(IngestConfig config) {
        this.sequencer = new RecordSequencer(config);
    }

    void accept(Slot slot, Consumer<Outcome> sink) {
        if (slot.read() != null) {
            sequencer.accept(slot.read(), item -> sink.accept(new Outcome.Rejected((Skip) item)));
            return;
        }
        String id = sequencer.id(slot.rawId(), slot.source(), slot.record());
        Outcome o = slot.outcome();
        if (o instanceof Outcome.Analysed a && !id.equals(a.article().id())) {
            o = new Outcome.Analysed(a.article().withId(id), a.words(), a.sentences(), a.features(), a.evidence(),
                    a.predictions(), a.bodyHash());
        }
        sink.accept(o);
    }
}

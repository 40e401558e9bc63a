package org.presslens.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.StageTimes;
import org.presslens.ingest.Slice;
import org.presslens.ingest.SliceItem;

/**
 * The Spark task of one slice: reads the slice and analyses each of its documents with the executor's analysis, the
 * same per-article code the default engine runs. A record that fails becomes a rejection (the analysis catches
 * it), never a failed task.
 */
final class SliceTask implements Function<Slice, SliceResult> {
    private static final long serialVersionUID = 1L;

    private final AnalysisRecipe recipe;
    private final boolean shipText;

    /** {@code shipText}: send each article's cleaned body and removed lines back (for {@code texts.jsonl}). */
    SliceTask(AnalysisRecipe recipe, boolean shipText) {
        this.recipe = recipe;
        this.shipText = shipText;
    }

    @Override
    public SliceResult call(Slice slice) {
        AnalysisRecipe.Prepared p = ExecutorAnalysis.get(recipe);
        StageTimes times = new StageTimes();
        List<Slot> slots = new ArrayList<>();
        try (Stream<SliceItem> items = p.reader().readSlice(p.roots(), slice)) {
            Iterator<SliceItem> it = items.iterator();
            long t = System.nanoTime();
            while (it.hasNext()) {
                SliceItem item = it.next();
                times.addSince(StageTimes.Stage.READ_CLEAN, t);
                if (item instanceof SliceItem.Doc d) {
                    Outcome o = p.analyzer().analyze(d.doc(), times);
                    slots.add(Slot.analysed(d.doc(), shipText ? o : withoutText(o)));
                } else {
                    slots.add(Slot.read(item));
                }
                t = System.nanoTime();
            }
        }
        long[] nanos = new long[StageTimes.Stage.values().length];
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            nanos[s.ordinal()] = times.nanos(s);
        }
        return new SliceResult(slice.index(), slots, nanos);
    }

    /** An analysed article without its body and removed lines, which only {@code texts.jsonl} needs. */
    private static Outcome withoutText(Outcome o) {
        if (!(o instanceof Outcome.Analysed a)) {
            return o;
        }
        return new Outcome.Analysed(a.article().withoutText(), a.words(), a.sentences(), a.features(), a.evidence(),
                a.predictions(), a.bodyHash());
    }
}

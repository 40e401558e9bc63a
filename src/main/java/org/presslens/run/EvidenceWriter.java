package org.presslens.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import org.presslens.core.Numbers;
import org.presslens.features.Evidence;

/** Writes the evidence files {@code attributions.csv}, {@code quotes.csv} and {@code terms.csv}. */
final class EvidenceWriter implements Closeable {
    private final CsvOut attributions;
    private final CsvOut quotes;
    private final CsvOut terms;

    EvidenceWriter(Path folder, CsvCells cells) throws IOException {
        attributions = open(folder.resolve("attributions.csv"), cells,
                "article_id", "kind", "source", "cue", "start", "end", "sentence", "origin", "score");
        quotes = open(folder.resolve("quotes.csv"), cells, "article_id", "kind", "speaker", "cue", "text", "start", "end",
                "segments");
        terms = open(folder.resolve("terms.csv"), cells, "article_id", "lexicon", "category", "term", "matched", "start",
                "end", "score");
    }

    private static CsvOut open(Path p, CsvCells cells, String... header) throws IOException {
        CsvOut csv = CsvOut.create(p, cells);
        csv.row((Object[]) header);
        return csv;
    }

    void write(String articleId, Iterable<Evidence> evidence) throws IOException {
        for (Evidence e : evidence) {
            if (e instanceof Evidence.Attribution a) {
                attributions.row(articleId, a.kind(), a.source(), a.cue(), a.start(), a.end(), a.sentence(), a.origin(),
                        Numbers.fixed(a.score(), 4));
            } else if (e instanceof Evidence.Quote q) {
                quotes.row(articleId, q.kind(), q.speaker(), q.cue(), q.text(), q.start(), q.end(), q.segments());
            } else if (e instanceof Evidence.Term t) {
                terms.row(articleId, t.lexicon(), t.category(), t.term(), t.matched(), t.start(), t.end(),
                        Numbers.fixed(t.score(), 4));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (attributions; quotes; terms) {
            attributions.flush();
        }
    }
}

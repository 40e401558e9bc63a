package org.presslens.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.presslens.features.Evidence;

/** Writes the evidence files {@code attributions.csv}, {@code quotes.csv} and {@code terms.csv}. */
final class EvidenceWriter implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();
    private final CSVPrinter attributions;
    private final CSVPrinter quotes;
    private final CSVPrinter terms;

    EvidenceWriter(Path folder) throws IOException {
        attributions = open(folder.resolve("attributions.csv"),
                "article_id", "kind", "source", "cue", "start", "end", "sentence");
        quotes = open(folder.resolve("quotes.csv"), "article_id", "kind", "speaker", "cue", "text", "start", "end");
        terms = open(folder.resolve("terms.csv"), "article_id", "lexicon", "category", "term", "matched", "start", "end");
    }

    private static CSVPrinter open(Path p, String... header) throws IOException {
        CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), FORMAT);
        csv.printRecord((Object[]) header);
        return csv;
    }

    void write(String articleId, Iterable<Evidence> evidence) throws IOException {
        for (Evidence e : evidence) {
            if (e instanceof Evidence.Attribution a) {
                attributions.printRecord(articleId, a.kind(), a.source(), a.cue(), a.start(), a.end(), a.sentence());
            } else if (e instanceof Evidence.Quote q) {
                quotes.printRecord(articleId, q.kind(), q.speaker(), q.cue(), q.text(), q.start(), q.end());
            } else if (e instanceof Evidence.Term t) {
                terms.printRecord(articleId, t.lexicon(), t.category(), t.term(), t.matched(), t.start(), t.end());
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

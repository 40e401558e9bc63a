package org.presslens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code .csv}: a header row, then one article per row (Commons CSV, RFC 4180 quoting, streamed). Records are
 * {@code "line N"} (the line a row starts on); ids default to {@code <stem>-<line>}; blank lines are ignored. A row
 * with a different number of fields than the header is skipped. A row with broken quoting (a stray character after
 * a closing quote, or a quote never closed) is skipped and reading resumes on the line after the one it started on,
 * so the rest of the file is not lost.
 */
final class CsvReader implements FormatReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    @Override
    public Cursor open(FileContext file) throws IOException {
        return FormatReader.openChecked(file, CsvCursor::new);
    }

    /** Splits a line of names (a sidecar or CSV header) into a list. */
    static List<String> header(CSVRecord r) {
        List<String> names = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            String n = r.get(i).strip();
            names.add(n.isEmpty() ? "column" + (i + 1) : n);
        }
        return names;
    }

    /** Commons CSV's message in words that do not depend on where the parser was restarted. */
    static String quotingProblem(String message) {
        String m = message == null ? "" : message;
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "a character follows a closing quote";
        }
        int at = m.indexOf(" at line");
        return at > 0 ? m.substring(0, at) : m;
    }

    private static final class CsvCursor implements Cursor {
        private final FileContext file;
        private ByteInput in;
        private CSVParser parser;
        private Iterator<CSVRecord> rows;
        private long lineOffset;
        private List<String> names;
        private Produced pendingHeaderProblem;
        private boolean done;

        CsvCursor(FileContext file, ByteInput in) throws IOException {
            this.file = file;
            this.in = in;
            in.trackFallbackLines();
            start();
            readHeader();
        }

        private void start() throws IOException {
            parser = FORMAT.parse(in.asReader());
            rows = parser.iterator();
        }

        private void readHeader() {
            CSVRecord h = null;
            try {
                while (rows.hasNext()) {
                    CSVRecord r = rows.next();
                    if (!blank(r)) {
                        h = r;
                        break;
                    }
                }
            } catch (UncheckedIOException e) {
                pendingHeaderProblem = new Produced.Bad("line 1", "malformed CSV header: " + e.getCause().getMessage());
                return;
            }
            if (h == null) {
                pendingHeaderProblem = new Produced.Bad("", "empty file");
                return;
            }
            names = header(h);
            if (!file.mapper().hasTextField(names)) {
                pendingHeaderProblem = new Produced.Bad("", "no text column: expected one of "
                        + file.mapper().textNames() + "; found " + names);
            }
        }

        @Override
        public Produced next() throws IOException {
            if (pendingHeaderProblem != null) {
                Produced p = pendingHeaderProblem;
                pendingHeaderProblem = null;
                done = true;
                return p;
            }
            while (!done) {
                long start = lineOffset + parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!rows.hasNext()) {
                        done = true;
                        return null;
                    }
                    r = rows.next();
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof org.apache.commons.csv.CSVException)) {
                        throw e.getCause();
                    }
                    restartAfter(start);
                    return new Produced.Bad("line " + start, "malformed CSV quoting: "
                            + quotingProblem(e.getCause().getMessage()) + "; row skipped, reading resumed at line "
                            + (start + 1));
                }
                if (blank(r)) {
                    continue;
                }
                String record = "line " + start;
                if (r.size() != names.size()) {
                    return new Produced.Bad(record, "expected " + names.size() + " fields, found " + r.size());
                }
                long end = lineOffset + parser.getCurrentLineNumber();
                RecordMapper.Mapped m = file.mapper().map(names, Arrays.asList(r.values()));
                if (m.text().isBlank()) {
                    return new Produced.Bad(record, "record has no text (fields tried: "
                            + String.join(", ", file.mapper().textNames()) + ")");
                }
                return new Produced.Doc(record, m.id(), file.stem() + "-" + start, TextKind.PLAIN, m.text(),
                        m.fields(), in.fallbackIn(start, Math.max(start, end)));
            }
            return null;
        }

        /** Reopens the file and continues after line {@code line}. */
        private void restartAfter(long line) throws IOException {
            parser.close();
            in = file.open();
            in.trackFallbackLines();
            in.skipLines(line);
            lineOffset = line;
            start();
        }

        private static boolean blank(CSVRecord r) {
            return r.size() == 1 && r.get(0).isBlank();
        }

        @Override
        public long position() {
            return lineOffset + parser.getCurrentLineNumber();
        }

        @Override
        public void close() throws IOException {
            try {
                parser.close();
            } finally {
                in.close();
            }
        }
    }
}

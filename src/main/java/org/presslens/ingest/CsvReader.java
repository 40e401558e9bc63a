package org.presslens.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .csv}: a header row, then one article per row (RFC 4180 quoting, framed by {@link CsvRecords}, streamed).
 * Records are {@code "line N"} (the line a row starts on); ids default to {@code <stem>-<line>}; blank lines are
 * ignored. A row with a different number of fields than the header is skipped; so is a row with broken quoting (a
 * stray character after a closing quote: reading resumes after the row; a quote never closed: reading resumes on the
 * line after the one it started on, so the rest of the file is not lost) and a row above
 * {@link IngestConfig#maxRecordBytes()} (read to its end without being held; when its quoted field never closes there
 * is no row boundary left and the file ends there). Runs of binary rows are one skip row. A header with no row after
 * it is a skip row too.
 */
final class CsvReader implements FormatReader {

    @Override
    public Cursor open(FileContext file) throws IOException {
        return FormatReader.openChecked(file, false, CsvCursor::new);
    }

    /** The header's names (an empty name becomes {@code column<N>}). */
    static List<String> header(List<String> r) {
        List<String> names = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            String n = r.get(i).strip();
            names.add(n.isEmpty() ? "column" + (i + 1) : n);
        }
        return names;
    }

    /**
     * The reason a framed row cannot be used, or null when it can: {@code "malformed CSV quoting: ..."},
     * {@code "record too large: ..."} or the binary test's. {@code limitMegabytes} is the record limit (for the
     * message); {@code more} tells whether input follows the row.
     */
    static String problem(CsvRecords.Row r, int limitMegabytes, boolean more) {
        String tooLarge = "record too large: more than " + limitMegabytes + " MiB (ingest.maxRecordMegabytes)";
        return switch (r.problem()) {
            case NONE -> r.profile().verdict() == Decoding.Verdict.TEXT ? null : r.profile().verdict().reason(false);
            case TOO_LARGE -> tooLarge;
            case TOO_LARGE_UNCLOSED -> tooLarge + ", in a quoted field never closed: lines " + r.line() + "-"
                    + r.lastLine() + " not read";
            case UNCLOSED -> "malformed CSV quoting: a quoted field is never closed; row skipped"
                    + (more ? ", reading resumed at line " + (r.line() + 1) : "");
            case CHARACTER_AFTER_QUOTE -> "malformed CSV quoting: a character follows a closing quote; row skipped, "
                    + "reading resumed at line " + (r.lastLine() + 1);
        };
    }

    private static final class CsvCursor implements Cursor {
        private final FileContext file;
        private final ByteInput in;
        private final CsvRecords records;
        private final BinaryRun binary = new BinaryRun();
        private List<String> names;
        private Produced held;
        private boolean anyRow;
        private boolean done;

        CsvCursor(FileContext file, ByteInput in) throws IOException {
            this.file = file;
            this.in = in;
            this.records = new CsvRecords(in, file.config().maxRecordBytes());
            held = readHeader();
            done = held != null;
        }

        /** Reads the header; returns the skip of the whole file when it cannot be used, else null. */
        private Produced readHeader() throws IOException {
            CsvRecords.Row h;
            do {
                h = records.next();
            } while (h != null && h.blank());
            if (h == null) {
                return new Produced.Bad("", "empty file");
            }
            if (h.problem() == CsvRecords.Problem.NONE && h.profile().verdict() != Decoding.Verdict.TEXT) {
                return new Produced.Bad("", h.profile().verdict().reason(true));
            }
            String bad = switch (h.problem()) {
                case NONE -> null;
                case TOO_LARGE, TOO_LARGE_UNCLOSED -> "more than " + file.config().maxRecordMegabytes()
                        + " MiB (ingest.maxRecordMegabytes)";
                case UNCLOSED -> "a quoted field is never closed";
                case CHARACTER_AFTER_QUOTE -> "a character follows a closing quote";
            };
            if (bad != null) {
                return new Produced.Bad("line " + h.line(), "malformed CSV header: " + bad + "; file not read");
            }
            if (h.size() > CsvRecords.MAX_FIELDS) {
                return new Produced.Bad("line " + h.line(), "malformed CSV header: " + h.size()
                        + " columns, more than " + CsvRecords.MAX_FIELDS + "; file not read");
            }
            names = header(h.values());
            if (!file.mapper().hasTextField(names)) {
                return new Produced.Bad("", "no text column: expected one of " + file.mapper().textNames()
                        + "; found " + names);
            }
            return null;
        }

        @Override
        public Produced next() throws IOException {
            if (held != null) {
                Produced p = held;
                held = null;
                return p;
            }
            while (!done) {
                CsvRecords.Row r = records.next();
                if (r == null) {
                    done = true;
                    if (binary.pending()) {
                        return binary.take(!anyRow);
                    }
                    return anyRow ? null : new Produced.Bad("", "no records: header only");
                }
                if (r.blank()) {
                    continue;
                }
                anyRow = true;
                if (r.problem() == CsvRecords.Problem.NONE && r.profile().verdict() != Decoding.Verdict.TEXT) {
                    binary.add(r.line(), r.lastLine(), r.profile().verdict());
                    continue;
                }
                binary.text();
                Produced p = row(r);
                if (binary.pending()) {
                    held = p;
                    return binary.take(false);
                }
                return p;
            }
            return null;
        }

        private Produced row(CsvRecords.Row r) throws IOException {
            String record = "line " + r.line();
            String bad = problem(r, file.config().maxRecordMegabytes(), !in.atEnd());
            if (bad != null) {
                if (r.problem() == CsvRecords.Problem.TOO_LARGE_UNCLOSED) {
                    done = true;
                }
                return new Produced.Bad(record, bad);
            }
            if (r.size() != names.size()) {
                return new Produced.Bad(record, "expected " + names.size() + " fields, found " + r.size());
            }
            RecordMapper.Mapped m = file.mapper().map(names, r.values());
            if (m.text().isBlank()) {
                return new Produced.Bad(record, "record has no text (fields tried: "
                        + String.join(", ", file.mapper().textNames()) + ")");
            }
            return new Produced.Doc(record, m.id(), file.stem() + "-" + r.line(), TextKind.PLAIN, m.text(),
                    m.fields(), in.encodingOf(r.profile().utf8()), r.profile().controls());
        }

        @Override
        public long position() {
            return records.linesRead();
        }

        @Override
        public long heldBytes() {
            return in.heldBytes() + records.heldBytes();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
